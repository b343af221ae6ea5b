package org.openneighbourhood.api.problem.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.openneighbourhood.api.problem.control.ProblemMapping;
import org.openneighbourhood.api.problem.control.ProblemResponses;
import org.openneighbourhood.api.problem.entity.DomainException;

@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  private final ProblemMapping mapping = new ProblemMapping();

  @Override
  public Response toResponse(DomainException exception) {
    return ProblemResponses.of(mapping.forDomain(exception)).build();
  }
}
