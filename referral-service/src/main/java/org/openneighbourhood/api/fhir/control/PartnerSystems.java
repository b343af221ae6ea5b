package org.openneighbourhood.api.fhir.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.PartnerCredentials;
import org.openneighbourhood.api.configuration.control.PartnerCredentials.ClientCredentials;
import org.openneighbourhood.api.configuration.control.PartnerCredentials.Credential;
import org.openneighbourhood.api.configuration.control.PartnerCredentials.StaticToken;
import org.openneighbourhood.api.configuration.control.PartnerEndpoints;
import org.openneighbourhood.api.configuration.control.Setting;

/**
 * Posts a BaRS message to a partner organisation's own system, at {@code <its endpoint in
 * bars.endpoints>/$process-message}, with Java's HTTP client and a timeout, and the outbox row's id
 * as {@code X-Request-Id} (the Bundle's MessageHeader id is the same on every attempt, so the
 * partner can tell a resend), and the credentials {@code bars.token-urls} and {@code
 * bars.credentials} give for the organisation ({@link PartnerCredentials}). No answer, a 408, 429
 * or 5xx may go later, and so may a token that could not be had, or a 401 to a token (the next
 * attempt asks for a new one); any other 4xx is the partner refusing the message for good.
 */
@ApplicationScoped
public class PartnerSystems {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** The partner refused the message for good: sending it again would be refused again. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason);
    }
  }

  @Inject
  @Configured(Setting.BARS_ENDPOINTS)
  Optional<String> configured;

  @Inject
  @Configured(Setting.BARS_TOKEN_URLS)
  Optional<String> tokenUrls;

  @Inject
  @Configured(Setting.BARS_CREDENTIALS)
  Optional<String> secrets;

  @Inject Clock clock;

  private PartnerEndpoints endpoints;
  private PartnerCredentials credentials;
  private PartnerTokens tokens;
  private HttpClient http;

  @PostConstruct
  void open() {
    endpoints = PartnerEndpoints.parse(configured.orElse(""));
    credentials = PartnerCredentials.parse(tokenUrls.orElse(""), secrets.orElse(""), endpoints);
    http =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    tokens = new PartnerTokens(http, TIMEOUT, clock);
  }

  /**
   * @throws Refused when the partner refuses it for good (a 4xx but 408 and 429)
   * @throws IOException when it may go later: no endpoint configured yet, no answer, 408, 429, 5xx
   */
  public void send(String organisation, String bundle, UUID requestId)
      throws Refused, IOException, InterruptedException {
    URI base =
        endpoints
            .of(organisation)
            .orElseThrow(
                () ->
                    new IOException(
                        Setting.BARS_ENDPOINTS.key() + " names no endpoint for " + organisation));
    Optional<Credential> credential = credentials.of(organisation);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/$process-message"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/fhir+json")
            .header("Accept", "application/fhir+json")
            .header("X-Request-Id", requestId.toString())
            .header("X-Correlation-Id", requestId.toString())
            .POST(HttpRequest.BodyPublishers.ofString(bundle, StandardCharsets.UTF_8));
    if (credential.isPresent()) {
      request.header("Authorization", "Bearer " + bearer(credential.get()));
    }
    HttpResponse<Void> response =
        http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    if (status == 401 && credential.orElse(null) instanceof ClientCredentials client) {
      // The token may have been revoked or expired early: ask for a new one next time.
      tokens.forget(client);
      throw new IOException("Partner system 401");
    }
    // The status only: the partner's answer may quote the message.
    String reason = "Partner system " + status;
    if (status >= 400 && status < 500 && status != 408 && status != 429) {
      throw new Refused(reason);
    }
    throw new IOException(reason);
  }

  private String bearer(Credential credential) throws IOException, InterruptedException {
    if (credential instanceof ClientCredentials client) {
      return tokens.tokenFor(client);
    }
    return ((StaticToken) credential).token();
  }
}
