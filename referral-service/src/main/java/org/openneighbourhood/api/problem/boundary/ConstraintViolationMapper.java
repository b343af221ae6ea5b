package org.openneighbourhood.api.problem.boundary;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.openneighbourhood.api.problem.control.ProblemMapping;
import org.openneighbourhood.api.problem.control.ProblemResponses;

@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  private final ProblemMapping mapping = new ProblemMapping();

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    return ProblemResponses.of(mapping.forViolations(exception.getConstraintViolations())).build();
  }
}
