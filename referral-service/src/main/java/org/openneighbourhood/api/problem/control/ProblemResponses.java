package org.openneighbourhood.api.problem.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.Problem;

/** Writes problems as {@code application/problem+json}, leaving out members that are absent. */
public final class ProblemResponses {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * When a client may try again after a 503: about when Keycloak's circuit is tried again, and a
   * restarting database or instance is usually back.
   */
  public static final int RETRY_AFTER_SECONDS = 5;

  private ProblemResponses() {}

  public static Response.ResponseBuilder of(Problem problem) {
    Response.ResponseBuilder builder =
        Response.status(problem.status()).type(MEDIA_TYPE).entity(json(problem));
    headers(problem).forEach(builder::header);
    return builder;
  }

  /**
   * The headers a problem's answer carries beside its body: how to authenticate after a 401, when
   * to try again after a 503.
   */
  public static Map<String, String> headers(Problem problem) {
    return switch (problem.status()) {
      case 401 -> Map.of("WWW-Authenticate", "Bearer");
      case 503 -> Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      default -> Map.of();
    };
  }

  /**
   * Answers with the problem from a servlet or filter, outside JAX-RS: status, media type, headers
   * and body, as {@link #of} does inside it.
   */
  public static void write(HttpServletResponse response, Problem problem) throws IOException {
    write(response, problem.status(), problem);
  }

  /** As {@link #write(HttpServletResponse, Problem)}, keeping a status the container has set. */
  public static void write(HttpServletResponse response, int status, Problem problem)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    headers(problem).forEach(response::setHeader);
    response.getWriter().write(json(problem));
  }

  public static String json(Problem problem) {
    JsonObjectBuilder object =
        Json.createObjectBuilder()
            .add("type", problem.type())
            .add("title", problem.title())
            .add("status", problem.status());
    if (problem.detail() != null) {
      object.add("detail", problem.detail());
    }
    if (problem.instance() != null) {
      object.add("instance", problem.instance());
    }
    if (!problem.errors().isEmpty()) {
      JsonArrayBuilder errors = Json.createArrayBuilder();
      for (FieldProblem error : problem.errors()) {
        errors.add(
            Json.createObjectBuilder().add("field", error.field()).add("message", error.message()));
      }
      object.add("errors", errors);
    }
    return object.build().toString();
  }
}
