package org.openneighbourhood.deployment.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.openneighbourhood.deployment.local.LocalStack;

/**
 * A black-box client of the REST API, as a partner system would call it. Every answer goes into the
 * run's {@link Transcript} with the user who asked.
 */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A response: status, content type and parsed JSON body (null when empty). */
  public record Reply(int status, String contentType, JsonNode body) {
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

  private final LocalStack stack;
  private final Tokens tokens;
  private final String actingOrganisation;

  public Api(LocalStack stack) {
    this(stack, new Tokens(stack), null);
  }

  private Api(LocalStack stack, Tokens tokens, String actingOrganisation) {
    this.stack = stack;
    this.tokens = tokens;
    this.actingOrganisation = actingOrganisation;
  }

  /** The same client, telling the API which organisation the user acts for (by its alias). */
  public Api actingFor(String organisationAlias) {
    return new Api(stack, tokens, organisationAlias);
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
  public Reply send(String user, String method, String path, Object body) {
    return send(user, method, path, body, java.util.Map.of());
  }

  /** The same, with extra request headers (If-Match, Idempotency-Key). */
  public Reply send(
      String user, String method, String path, Object body, java.util.Map<String, String> headers) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(stack.apiUrl() + path))
              .header("Accept", "application/json")
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(
                          body instanceof String s ? s : JSON.writeValueAsString(body)));
      if (body != null) {
        request.header("Content-Type", "application/json");
      }
      if (user != null) {
        request.header("Authorization", "Bearer " + tokens.of(user));
      }
      if (actingOrganisation != null) {
        request.header("X-Acting-Organisation", actingOrganisation);
      }
      headers.forEach(request::header);
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      Transcript.answer(user, method + " " + path, text);
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          text == null || text.isBlank() ? null : JSON.readTree(text));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
