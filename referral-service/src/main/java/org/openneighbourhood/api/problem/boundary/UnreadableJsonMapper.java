package org.openneighbourhood.api.problem.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.openneighbourhood.api.problem.control.ProblemMapping;
import org.openneighbourhood.api.problem.control.ProblemResponses;

@Provider
public class UnreadableJsonMapper implements ExceptionMapper<JsonbException> {

  private final ProblemMapping mapping = new ProblemMapping();

  @Override
  public Response toResponse(JsonbException exception) {
    return ProblemResponses.of(mapping.forUnreadableBody()).build();
  }
}
