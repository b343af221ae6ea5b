package org.openneighbourhood.api.problem.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.openneighbourhood.api.problem.control.ProblemMapping;
import org.openneighbourhood.api.problem.control.ProblemResponses;

/**
 * Everything nobody expected. The caller gets an incident id, the log gets the same id next to the
 * stack trace, so support can find one from the other. A database that cannot be reached is
 * expected, if rare: a 503 with Retry-After, and one line in the log.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private final ProblemMapping mapping = new ProblemMapping();

  @Override
  public Response toResponse(Throwable exception) {
    if (causedByUnreadableJson(exception)) {
      return ProblemResponses.of(mapping.forUnreadableBody()).build();
    }
    return ProblemResponses.of(ServerFailures.problemFor(exception)).build();
  }

  // JSON-B providers wrap parse errors in ProcessingException; the caller sent bad JSON.
  private static boolean causedByUnreadableJson(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
        return true;
      }
    }
    return false;
  }
}
