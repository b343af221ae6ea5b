package org.openneighbourhood.deployment.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A fake GOV.UK Notify in this JVM that speaks the part of its API the portal uses ({@code POST
 * /v2/notifications/sms}) and keeps every text it accepts: the local run and the tests send texts
 * here, and nothing leaves the machine. Like Notify it checks the bearer token (HS256, signed with
 * the key's secret, issued by the key's service within 30 seconds) and the template, and answers
 * 201 with Notify's JSON, or Notify's error JSON. It can be told to fail the next requests (500,
 * 429) to test retries.
 */
public final class NotifyCatcher extends CatchingServer<NotifyCatcher.Text> {

  /** The one text template of the portal: its whole content is {@code ((message))}. */
  public static final String MESSAGE = "message";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LINK = Pattern.compile("https?://\\S+");
  private static final Pattern PHONE = Pattern.compile("\\+447\\d{9}");
  private static final long TOKEN_SECONDS = 30;

  /** A text as its recipient reads it, with Notify's id and the sender's reference. */
  public record Text(String to, String body, String id, String reference, Instant received) {

    public List<String> links() {
      return LINK.matcher(body).results().map(MatchResult::group).toList();
    }
  }

  private final String serviceId = UUID.randomUUID().toString();
  private final String secret = UUID.randomUUID().toString();
  private final String templateId = UUID.randomUUID().toString();

  private NotifyCatcher(HttpServer server) {
    super(server);
  }

  /** Starts on a loopback port ({@code 0}: any free one). */
  public static NotifyCatcher start(int port) {
    NotifyCatcher notify = new NotifyCatcher(listen(port, "The fake Notify"));
    notify.start("/v2/notifications/sms");
    return notify;
  }

  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /** An API key for this server, in Notify's form: name, service id, secret. */
  public String apiKey() {
    return "local_test_key-" + serviceId + "-" + secret;
  }

  public String templateId() {
    return templateId;
  }

  /** The texts accepted for one number, in international form. */
  public List<Text> receivedBy(String number) {
    return received().stream().filter(t -> t.to().equals(number)).toList();
  }

  /** The texts whose id is not in {@code shown} yet, each added to it. */
  public List<Text> notYetIn(Set<String> shown) {
    return received().stream().filter(t -> shown.add(t.id())).toList();
  }

  /** Takes a text, or answers as Notify would why not (a failure told by {@link #failNext}). */
  @Override
  protected void take(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        error(exchange, 405, "MethodNotAllowedError", "Use POST");
        return;
      }
      String refused = tokenProblem(exchange.getRequestHeaders().getFirst("Authorization"));
      if (refused != null) {
        error(exchange, 403, "AuthError", refused);
        return;
      }
      Integer failure = failure();
      if (failure != null) {
        error(
            exchange,
            failure,
            switch (failure) {
              case 400 -> "BadRequestError";
              case 403 -> "AuthError";
              case 429 -> "RateLimitError";
              default -> "Exception";
            },
            failure == 429 ? "Exceeded rate limit for key type TEAM" : "Failing as told to");
        return;
      }
      JsonNode request;
      try (InputStream in = exchange.getRequestBody()) {
        request = JSON.readTree(in);
      } catch (IOException e) {
        error(exchange, 400, "BadRequestError", "Invalid JSON");
        return;
      }
      String to = request.path("phone_number").asText("");
      if (!PHONE.matcher(to).matches()) {
        error(exchange, 400, "ValidationError", "phone_number Not a UK mobile number");
        return;
      }
      if (!templateId.equals(request.path("template_id").asText(""))) {
        error(exchange, 400, "BadRequestError", "Template not found");
        return;
      }
      JsonNode message = request.path("personalisation").path(MESSAGE);
      if (!message.isTextual() || message.asText().isBlank()) {
        error(exchange, 400, "BadRequestError", "Missing personalisation: message");
        return;
      }
      Text text =
          new Text(
              to,
              message.asText(),
              UUID.randomUUID().toString(),
              request.path("reference").asText(null),
              Instant.now());
      keep(text);
      ObjectNode answer = JSON.createObjectNode();
      answer.put("id", text.id());
      answer.put("reference", text.reference());
      answer.putObject("content").put("body", text.body()).put("from_number", "GOVUK");
      answer.put("uri", url() + "/v2/notifications/" + text.id());
      answer
          .putObject("template")
          .put("id", templateId)
          .put("version", 1)
          .put("uri", url() + "/services/" + serviceId + "/templates/" + templateId);
      answer.putNull("scheduled_for");
      send(exchange, 201, answer);
    }
  }

  /** What is wrong with the token, as Notify says it; null when nothing is. */
  private String tokenProblem(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return "Unauthorized: authentication token must be provided";
    }
    String[] parts = authorization.substring("Bearer ".length()).strip().split("\\.");
    if (parts.length != 3) {
      return "Invalid token: signature, api token not found";
    }
    try {
      Base64.Decoder base64 = Base64.getUrlDecoder();
      JsonNode header = JSON.readTree(base64.decode(parts[0]));
      JsonNode claims = JSON.readTree(base64.decode(parts[1]));
      if (!"HS256".equals(header.path("alg").asText())) {
        return "Invalid token: algorithm used is not HS256";
      }
      if (!serviceId.equals(claims.path("iss").asText())) {
        return "Invalid token: service not found";
      }
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] expected =
          mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!MessageDigest.isEqual(expected, base64.decode(parts[2]))) {
        return "Invalid token: signature, api token not found";
      }
      long issued = claims.path("iat").asLong(0);
      if (Math.abs(Instant.now().getEpochSecond() - issued) > TOKEN_SECONDS) {
        return "Error: Your system clock must be accurate to within 30 seconds";
      }
      return null;
    } catch (IOException | IllegalArgumentException | GeneralSecurityException e) {
      return "Invalid token: signature, api token is not valid";
    }
  }

  private static void error(HttpExchange exchange, int status, String error, String message)
      throws IOException {
    ObjectNode answer = JSON.createObjectNode();
    answer.putArray("errors").addObject().put("error", error).put("message", message);
    answer.put("status_code", status);
    send(exchange, status, answer);
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
