package org.openneighbourhood.deployment.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner organisation's own system in this JVM (Riverside Surgery's GP system in the demo): its
 * BaRS {@code POST /fhir/$process-message} keeps every message the portal sends it, as the real one
 * would take it, and answers 200. It can be told to fail the next requests (500, 503, 400) to test
 * that the portal retries, and that it sends each update once as the partner sees it (the same
 * MessageHeader id on every attempt).
 *
 * <p>Like a real one, it takes a message only with a credential: a bearer token its own OAuth2
 * token endpoint ({@link #tokenUrl}) issued by client credentials to {@link #CLIENT_ID} with the
 * secret it was started with. A message without one, or with one it did not issue, is a 401.
 */
public final class PartnerSystemCatcher extends CatchingServer<PartnerSystemCatcher.Message> {

  /** The organisation whose system this is, as {@code bars.endpoints} names it. */
  public static final String ORGANISATION = "riverside-surgery";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The portal's client at the partner's token endpoint. */
  public static final String CLIENT_ID = "neighbourhood-portal";

  /** How long a token it issues lasts, in seconds. */
  private static final int TOKEN_SECONDS = 300;

  private final String clientSecret = Secrets.random();
  private final Set<String> issued = ConcurrentHashMap.newKeySet();
  private final AtomicInteger tokenRequests = new AtomicInteger();

  /** A message as the partner took it: the request's headers and the Bundle. */
  public record Message(String requestId, String contentType, JsonNode bundle, Instant received) {

    /** The MessageHeader's id: the same on every attempt of one message. */
    public String messageId() {
      return header().path("id").asText();
    }

    public JsonNode header() {
      return bundle.path("entry").path(0).path("resource");
    }

    /** The first entry of this type in the Bundle. */
    public JsonNode resource(String type) {
      for (JsonNode entry : bundle.path("entry")) {
        if (type.equals(entry.path("resource").path("resourceType").asText())) {
          return entry.path("resource");
        }
      }
      return JSON.missingNode();
    }
  }

  private PartnerSystemCatcher(HttpServer server) {
    super(server);
  }

  /** Starts on a loopback port ({@code 0}: any free one). */
  public static PartnerSystemCatcher start(int port) {
    PartnerSystemCatcher partner = new PartnerSystemCatcher(listen(port, "The partner system"));
    partner.alsoServe("/oauth2/token", partner::issueToken);
    partner.start("/fhir/$process-message");
    return partner;
  }

  /** Its OAuth2 token endpoint, as {@code bars.token-urls} gives it. */
  public String tokenUrl() {
    return "http://127.0.0.1:" + port() + "/oauth2/token";
  }

  /** The portal's client credentials, as {@code bars.credentials} gives them. */
  public String clientCredentials() {
    return CLIENT_ID + ":" + clientSecret;
  }

  /** How many tokens were asked for (the portal keeps one until near its expiry). */
  public int tokenRequests() {
    return tokenRequests.get();
  }

  /** The client-credentials grant (RFC 6749 4.4) for the portal's client only. */
  private void issueToken(HttpExchange exchange) throws IOException {
    try (exchange) {
      tokenRequests.incrementAndGet();
      String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String expected =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(clientCredentials().getBytes(StandardCharsets.UTF_8));
      byte[] body;
      int status;
      if (!exchange.getRequestMethod().equals("POST")
          || !form.equals("grant_type=client_credentials")
          || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        status = 401;
        body = JSON.writeValueAsBytes(JSON.createObjectNode().put("error", "invalid_client"));
      } else {
        String token = UUID.randomUUID().toString();
        issued.add(token);
        status = 200;
        body =
            JSON.writeValueAsBytes(
                JSON.createObjectNode()
                    .put("access_token", token)
                    .put("token_type", "Bearer")
                    .put("expires_in", TOKEN_SECONDS));
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Its FHIR base URL, as {@code bars.endpoints} gives it. */
  public String url() {
    return "http://127.0.0.1:" + port() + "/fhir";
  }

  /** The messages about one referral: its ServiceRequest's id is the portal's referral id. */
  public List<Message> about(String referralId) {
    return received().stream()
        .filter(m -> referralId.equals(m.resource("ServiceRequest").path("id").asText()))
        .toList();
  }

  @Override
  protected void take(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        answer(exchange, 405, "Use POST");
        return;
      }
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      if (authorization == null
          || !authorization.startsWith("Bearer ")
          || !issued.contains(authorization.substring("Bearer ".length()))) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        answer(exchange, 401, "No token this system issued");
        return;
      }
      Integer failure = failure();
      if (failure != null) {
        answer(exchange, failure, "Failing as told to");
        return;
      }
      JsonNode bundle;
      try (InputStream in = exchange.getRequestBody()) {
        bundle = JSON.readTree(in);
      } catch (IOException e) {
        answer(exchange, 400, "Not JSON");
        return;
      }
      if (!"Bundle".equals(bundle.path("resourceType").asText())) {
        answer(exchange, 400, "Not a Bundle");
        return;
      }
      keep(
          new Message(
              exchange.getRequestHeaders().getFirst("X-Request-Id"),
              exchange.getRequestHeaders().getFirst("Content-Type"),
              bundle,
              Instant.now()));
      answer(exchange, 200, "Message received");
    }
  }

  private static void answer(HttpExchange exchange, int status, String diagnostics)
      throws IOException {
    byte[] bytes =
        JSON.writeValueAsBytes(
            JSON.createObjectNode()
                .put("resourceType", "OperationOutcome")
                .set(
                    "issue",
                    JSON.createArrayNode()
                        .add(
                            JSON.createObjectNode()
                                .put("severity", status < 300 ? "information" : "error")
                                .put("code", status < 300 ? "informational" : "exception")
                                .put("diagnostics", diagnostics))));
    exchange.getResponseHeaders().set("Content-Type", "application/fhir+json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
