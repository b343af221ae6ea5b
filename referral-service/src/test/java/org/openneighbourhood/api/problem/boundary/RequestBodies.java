package org.openneighbourhood.api.problem.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * A JSON request body read as the API reads it, without a server: {@link InputGuard}, then {@link
 * StrictJson}'s check against the type, then the JSON binding (Yasson, as in Payara).
 */
public final class RequestBodies {

  private static final Jsonb BINDING = JsonbBuilder.create();

  private RequestBodies() {}

  /**
   * The body as the resource receives it.
   *
   * @throws InvalidInputException a 400 naming the fields, from the guard or the strict check
   * @throws JsonbException a 400 for a body that is not JSON
   */
  public static Object read(byte[] body, Type type) {
    InputGuard.check(body);
    StrictJson.check(body, type);
    return BINDING.fromJson(new ByteArrayInputStream(body), type);
  }

  /** Whether the exception is answered with a 400, as the API's exception mappers answer it. */
  public static boolean isABadRequest(RuntimeException exception) {
    if (exception instanceof InvalidInputException invalid) {
      return !invalid.fieldProblems().isEmpty()
          && invalid.fieldProblems().stream().noneMatch(p -> p.field().isBlank());
    }
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
        return true;
      }
    }
    return false;
  }
}
