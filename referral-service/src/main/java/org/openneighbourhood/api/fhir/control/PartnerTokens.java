package org.openneighbourhood.api.fhir.control;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openneighbourhood.api.configuration.control.PartnerCredentials.ClientCredentials;

/**
 * OAuth2 client-credentials tokens for partner systems' endpoints, one per token URL and client,
 * kept until shortly before they expire (a minute, or a tenth of their life if that is shorter) so
 * that a batch of updates costs one token request, not one each. Fails closed: a token endpoint
 * that does not answer in time, refuses, or answers without a token is an {@link IOException}, and
 * the update waits in the outbox for the next attempt. The secret and the token are never logged or
 * put in an error.
 */
final class PartnerTokens {

  private static final Duration LONGEST_MARGIN = Duration.ofMinutes(1);

  /** When the token endpoint says nothing of {@code expires_in}. */
  private static final Duration ASSUMED_LIFE = Duration.ofMinutes(5);

  private record Token(String value, Instant renewAt) {
    @Override
    public String toString() {
      return "Token[***, " + renewAt + "]";
    }
  }

  private final HttpClient http;
  private final Duration timeout;
  private final Clock clock;
  private final Map<ClientCredentials, Token> cached = new ConcurrentHashMap<>();

  PartnerTokens(HttpClient http, Duration timeout, Clock clock) {
    this.http = http;
    this.timeout = timeout;
    this.clock = clock;
  }

  /** A token for the client, from the cache while it is fresh, else a new one. */
  String tokenFor(ClientCredentials client) throws IOException, InterruptedException {
    Token token = cached.get(client);
    Instant now = clock.instant();
    if (token != null && now.isBefore(token.renewAt())) {
      return token.value();
    }
    Token fresh = fetch(client, now);
    cached.put(client, fresh);
    return fresh.value();
  }

  /** The partner refused a token: the next attempt asks for a new one. */
  void forget(ClientCredentials client) {
    cached.remove(client);
  }

  private Token fetch(ClientCredentials client, Instant now)
      throws IOException, InterruptedException {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (form(client.clientId()) + ":" + form(client.clientSecret()))
                    .getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(client.tokenUrl())
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header("Authorization", "Basic " + basic)
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build();
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException("Partner token endpoint " + response.statusCode());
    }
    JsonObject answer;
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      answer = reader.readObject();
    } catch (JsonParsingException | ClassCastException | IllegalStateException notJson) {
      throw new IOException("Partner token endpoint answered no JSON object");
    }
    if (!(answer.get("access_token") instanceof JsonString value) || value.getString().isBlank()) {
      throw new IOException("Partner token endpoint answered no access_token");
    }
    Duration life =
        answer.get("expires_in") instanceof JsonNumber n
            ? Duration.ofSeconds(Math.max(0, n.longValue()))
            : ASSUMED_LIFE;
    Duration margin = life.dividedBy(10);
    if (margin.compareTo(LONGEST_MARGIN) > 0) {
      margin = LONGEST_MARGIN;
    }
    return new Token(value.getString(), now.plus(life).minus(margin));
  }

  /** RFC 6749 2.3.1: the id and secret are form-encoded before Basic authentication. */
  private static String form(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
