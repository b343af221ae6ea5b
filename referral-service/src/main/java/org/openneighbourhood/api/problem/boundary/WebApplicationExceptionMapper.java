package org.openneighbourhood.api.problem.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.openneighbourhood.api.problem.control.ProblemMapping;
import org.openneighbourhood.api.problem.control.ProblemResponses;

/**
 * HTTP errors raised by JAX-RS itself (unknown path, wrong method, role check, bad body). A server
 * error among them is logged with an incident id, or is a 503 when the database is away.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private final ProblemMapping mapping = new ProblemMapping();

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    if (original.getStatus() >= 500) {
      return ProblemResponses.of(ServerFailures.problemFor(exception)).build();
    }
    Response.ResponseBuilder problem =
        ProblemResponses.of(
            mapping.forStatus(original.getStatus(), original.getStatusInfo().getReasonPhrase()));
    String allow = original.getHeaderString(HttpHeaders.ALLOW);
    if (allow != null) {
      problem.header(HttpHeaders.ALLOW, allow);
    }
    return problem.build();
  }
}
