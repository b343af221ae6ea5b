package org.openneighbourhood.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.openneighbourhood.portal.configuration.OidcConfig;

/**
 * Renews a sign-in with its refresh token at Keycloak's token endpoint, for an instance that took a
 * session over from another one: the OpenID mechanism renews only the tokens it holds itself, and
 * those died with the instance that signed the user in. Within {@link #ANSWER_WITHIN}, as every
 * call the portal makes to Keycloak.
 */
@ApplicationScoped
public class RenewedTokens {

  static final Duration ANSWER_WITHIN = Duration.ofMillis(1500);

  private static final Logger LOG = Logger.getLogger(RenewedTokens.class.getName());

  /** What Keycloak answered: new tokens, a refusal (the sign-in session ended), or nothing. */
  public enum Outcome {
    RENEWED,
    REFUSED,
    UNAVAILABLE
  }

  /** The tokens of a renewal; the refresh and ID tokens only when Keycloak sent new ones. */
  public record Tokens(String access, Optional<String> refresh, Optional<String> identity) {}

  /** An outcome, with the tokens when {@link Outcome#RENEWED}. */
  public record Renewal(Outcome outcome, Optional<Tokens> tokens) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  @Inject OidcConfig oidcConfig;

  /** Asks Keycloak for new tokens with {@code refreshToken}. */
  public Renewal renew(String refreshToken) {
    String form =
        "grant_type=refresh_token&refresh_token="
            + encoded(refreshToken)
            + "&client_id="
            + encoded(oidcConfig.getClientId())
            + "&client_secret="
            + encoded(oidcConfig.getClientSecret());
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(tokenEndpoint())
                  .timeout(ANSWER_WITHIN)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return read(answer.statusCode(), answer.body());
    } catch (IOException | IllegalArgumentException unanswered) {
      LOG.warning(() -> "Keycloak did not renew a taken-over sign-in: " + unanswered);
      return new Renewal(Outcome.UNAVAILABLE, Optional.empty());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return new Renewal(Outcome.UNAVAILABLE, Optional.empty());
    }
  }

  /**
   * Keycloak's answer: 200 with an access token is a renewal; 400 or 401 (an ended session, a
   * revoked or expired refresh token) a refusal; anything else an outage.
   */
  static Renewal read(int status, String body) {
    if (status == 400 || status == 401) {
      return new Renewal(Outcome.REFUSED, Optional.empty());
    }
    if (status != 200) {
      return new Renewal(Outcome.UNAVAILABLE, Optional.empty());
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject tokens = reader.readObject();
      String access = tokens.getString("access_token", null);
      if (access == null || access.isBlank()) {
        return new Renewal(Outcome.UNAVAILABLE, Optional.empty());
      }
      return new Renewal(
          Outcome.RENEWED,
          Optional.of(
              new Tokens(
                  access,
                  Optional.ofNullable(tokens.getString("refresh_token", null)),
                  Optional.ofNullable(tokens.getString("id_token", null)))));
    } catch (JsonException | ClassCastException unreadable) {
      return new Renewal(Outcome.UNAVAILABLE, Optional.empty());
    }
  }

  /** Keycloak's end-session endpoint, where a sign-out sends the browser. */
  URI endSessionEndpoint() {
    return oidcConfig.providerEndpoint("/protocol/openid-connect/logout");
  }

  private URI tokenEndpoint() {
    return oidcConfig.providerEndpoint("/protocol/openid-connect/token");
  }

  static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
