package org.openneighbourhood.api.problem.boundary;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code @Transactional} method whose commit failed. Jersey's own mapper for these throws when
 * the cause has no mapper of its own (a commit whose database went away ends in a bare
 * SystemException), which made a 500 nobody logged: here the failure goes the way of every other
 * ({@link UnexpectedExceptionMapper}), a 503 when the database is away. Ahead of Jersey's by
 * priority.
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

  private final UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();

  @Override
  public Response toResponse(TransactionalException exception) {
    return unexpected.toResponse(exception);
  }
}
