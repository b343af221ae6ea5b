package org.openneighbourhood.deployment.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openneighbourhood.deployment.local.LocalStack;

/**
 * A black-box client of the REST API, as a partner system would call it. Every answer goes into the
 * run's {@link Transcript} with the user who asked.
 */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();
  // HTTP/1.1 as the portal's REST client and browsers speak to a plain-http server: Java's default
  // h2c upgrade met Grizzly closing the HTTP/2 connection under a request held by a frozen
  // Keycloak (KeycloakOffTheHotPathIT, "EOF reached while reading"), a path no real client takes.
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** A request the API does not answer in this time fails the test instead of holding the run. */
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

  /**
   * A response: status, content type, parsed JSON body (null when empty), headers, and the body as
   * it came (to compare two answers byte for byte).
   */
  public record Reply(
      int status,
      String contentType,
      JsonNode body,
      Map<String, List<String>> headers,
      String text) {

    /** The first value of a response header, or null. */
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .flatMap(entry -> entry.getValue().stream())
          .findFirst()
          .orElse(null);
    }

    /**
     * The path and query (below the API's root, as {@link Api#get} takes it) of the Link header
     * with this rel, or null.
     */
    public String link(String rel) {
      Matcher link =
          Pattern.compile("<[^>]*?/api(/[^>]*)>\\s*;\\s*rel=\"" + rel + "\"")
              .matcher(
                  headers.entrySet().stream()
                      .filter(entry -> entry.getKey().equalsIgnoreCase("Link"))
                      .flatMap(entry -> entry.getValue().stream())
                      .collect(Collectors.joining(",")));
      return link.find() ? link.group(1) : null;
    }

    public String problemType() {
      return body == null || !body.has("type") ? null : body.get("type").asText();
    }

    public boolean hasFieldError(String field) {
      if (body == null || !body.has("errors")) {
        return false;
      }
      for (JsonNode error : body.get("errors")) {
        if (field.equals(error.path("field").asText())) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body;
    }
  }

  /** What every problem type of the API begins with ({@code Reply.problemType()}). */
  public static final String PROBLEM = "urn:neighbourhood:problem:";

  private final Tokens tokens;
  private final Map<String, String> headers;
  private final String apiUrl;

  public Api(LocalStack stack) {
    this(new Tokens(stack), Map.of(), stack.apiUrl());
  }

  private Api(Tokens tokens, Map<String, String> headers, String apiUrl) {
    this.tokens = tokens;
    this.headers = Map.copyOf(headers);
    this.apiUrl = apiUrl;
  }

  /** The same client and tokens, calling the API of another instance. */
  public Api against(String anotherApiUrl) {
    return new Api(tokens, headers, anotherApiUrl);
  }

  /** The same client, telling the API which organisation the user acts for (by its alias). */
  public Api actingFor(String organisationAlias) {
    return with("X-Acting-Organisation", organisationAlias);
  }

  /** The same client, sending one more header with every request. */
  public Api with(String header, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(header, value);
    return new Api(tokens, more, apiUrl);
  }

  /**
   * The same client, changing a referral at the version {@code reader} sees now (If-Match), as a
   * client does that has just read it.
   */
  public Api atVersionOf(String reader, String referralId) {
    Reply current = get(reader, "/referrals/" + referralId);
    if (current.status() != 200) {
      throw new IllegalStateException(reader + " cannot read " + referralId + ": " + current);
    }
    return with("If-Match", current.header("ETag"));
  }

  public Tokens tokens() {
    return tokens;
  }

  public Reply get(String user, String path) {
    return send(user, "GET", path, null);
  }

  public Reply post(String user, String path, Object body) {
    return send(user, "POST", path, body);
  }

  public Reply put(String user, String path, Object body) {
    return send(user, "PUT", path, body);
  }

  /** {@code user} null sends no token at all. */
  /**
   * A POST of form fields ({@code application/x-www-form-urlencoded}, already encoded), as a FHIR
   * {@code _search} takes its parameters.
   */
  public Reply postForm(String user, String path, String form) {
    return send(
        user, "POST", path, form, Map.of("Content-Type", "application/x-www-form-urlencoded"));
  }

  public Reply send(String user, String method, String path, Object body) {
    return send(user, method, path, body, Map.of());
  }

  /** The same, with extra request headers for this request (If-Match, Idempotency-Key). */
  public Reply send(
      String user, String method, String path, Object body, Map<String, String> extra) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(apiUrl + path))
              .header("Accept", "application/json")
              .timeout(ANSWER_WITHIN)
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(
                          body instanceof String s ? s : JSON.writeValueAsString(body)));
      if (body != null && extra.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
        request.header("Content-Type", "application/json");
      }
      if (user != null) {
        request.header("Authorization", "Bearer " + tokens.of(user));
      }
      headers.forEach(request::header);
      extra.forEach(request::header);
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      Transcript.answer(user, method + " " + path, text);
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      return new Reply(
          response.statusCode(),
          contentType,
          body(contentType, text),
          response.headers().map(),
          text);
    } catch (HttpTimeoutException unanswered) {
      throw new IllegalStateException(
          "No answer to "
              + method
              + " "
              + path
              + " within "
              + ANSWER_WITHIN.toSeconds()
              + " s; the threads of every instance: "
              + tokens.stack().dumpThreads(Path.of("target", "thread-dumps")),
          unanswered);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A JSON answer parsed; anything else (a server's HTML error page) kept as text, so that a test
   * sees it as the wrong answer it is rather than as no answer at all.
   */
  private static JsonNode body(String contentType, String text) throws IOException {
    if (text == null || text.isBlank()) {
      return null;
    }
    return contentType.contains("json") ? JSON.readTree(text) : TextNode.valueOf(text);
  }
}
