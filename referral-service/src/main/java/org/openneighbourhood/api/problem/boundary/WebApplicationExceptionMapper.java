package org.openneighbourhood.api.problem.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.openneighbourhood.api.problem.control.ProblemMapping;
import org.openneighbourhood.api.problem.control.ProblemResponses;

/** HTTP errors raised by JAX-RS itself (unknown path, wrong method, role check, bad body). */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private final ProblemMapping mapping = new ProblemMapping();

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
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
