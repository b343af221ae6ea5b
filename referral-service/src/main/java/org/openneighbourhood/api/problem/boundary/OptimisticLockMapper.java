package org.openneighbourhood.api.problem.boundary;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.openneighbourhood.api.problem.control.ProblemResponses;
import org.openneighbourhood.api.problem.entity.Problem;
import org.openneighbourhood.api.problem.entity.ProblemType;

/**
 * Two changes to one record at the same moment: the one that wrote second is refused, as stale, and
 * nothing of it is kept.
 */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

  @Override
  public Response toResponse(OptimisticLockException exception) {
    return ProblemResponses.of(
            Problem.of(
                ProblemType.STALE,
                "Someone else changed this at the same moment. Nothing you sent was saved: look"
                    + " at it again and try again"))
        .build();
  }
}
