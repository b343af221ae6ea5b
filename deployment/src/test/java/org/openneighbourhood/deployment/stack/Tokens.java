package org.openneighbourhood.deployment.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openneighbourhood.deployment.local.LocalStack;

/**
 * Real access tokens from the running Keycloak (password grant on the demo-only test client), one
 * per user, minted again shortly before they expire: password grants are slow, tokens live 5 min.
 */
public final class Tokens {

  public static final String PASSWORD = "demo-password";

  /**
   * Riverside Surgery's own GP system (identity's demo file, {@code partners}): asked for by this
   * name, its token comes from the client credentials grant of its own client, not a password.
   */
  public static final String PARTNER_SYSTEM = "riverside-gp-system";

  /**
   * A partner system of Riverside Surgery that sends referrals and reads them back but was given
   * neither {@code system/Task.read} nor {@code system/Procedure.read}: the tests' proof that a
   * missing scope is refused. Provisioned by {@link Accounts#referringOnlyPartner}, not in the
   * demo.
   */
  public static final String PARTNER_WITHOUT_POLLING = "riverside-gp-referrer";

  /** The demo partner's secret, also given to the partner systems tests provision. */
  public static final String PARTNER_SECRET = "demo-partner-secret-not-for-production";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private record Token(String value, Instant expires) {}

  private final LocalStack stack;
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  /** The clients asked for by name whose tokens come from the client credentials grant. */
  private final Map<String, String> clientSecrets =
      new ConcurrentHashMap<>(Map.of(PARTNER_SYSTEM, PARTNER_SECRET));

  public Tokens(LocalStack stack) {
    this.stack = stack;
  }

  /**
   * Asked for by {@code clientId}, a partner system's token comes from its own client's
   * credentials: one a test provisioned with other scopes than the demo partner's.
   */
  public void client(String clientId, String secret) {
    clientSecrets.put(clientId, secret);
  }

  /** The stack whose Keycloak mints these tokens. */
  LocalStack stack() {
    return stack;
  }

  public String of(String username) {
    return tokens
        .compute(
            username,
            (user, token) ->
                token != null && token.expires().isAfter(Instant.now().plusSeconds(60))
                    ? token
                    : mint(user))
        .value();
  }

  /**
   * Mints the user's token now, so that it serves its whole lifetime from here: a timed run that
   * must not stop to mint one on the way.
   */
  public void renew(String username) {
    tokens.put(username, mint(username));
  }

  /** Whether Keycloak gives the user a new token now (a deactivated user gets none). */
  public boolean canSignIn(String username) {
    try {
      mint(username);
      return true;
    } catch (IllegalStateException refused) {
      return false;
    }
  }

  private Token mint(String username) {
    String secret = clientSecrets.get(username);
    String form =
        secret != null
            ? "grant_type=client_credentials&client_id="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&client_secret="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)
            : "grant_type=password&client_id=neighbourhood-tests&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password="
                + PASSWORD;
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(stack.tokenEndpoint()))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .timeout(Duration.ofSeconds(60))
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode body = JSON.readTree(response.body());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("No token for " + username + ": " + response.body());
      }
      return new Token(
          body.get("access_token").asText(),
          Instant.now().plusSeconds(body.get("expires_in").asLong()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
