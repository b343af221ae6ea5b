package org.openneighbourhood.api.problem.boundary;

import jakarta.annotation.Priority;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hibernate.StaleStateException;

/**
 * A {@code @Transactional} method whose commit failed. Jersey's own mapper for these throws when
 * the cause has no mapper of its own (a commit whose database went away ends in a bare
 * SystemException), which made a 500 nobody logged: here the failure goes the way of every other
 * ({@link UnexpectedExceptionMapper}), a 503 when the database is away. Ahead of Jersey's by
 * priority.
 *
 * <p>A commit refused because another request changed the same row first (two of a person's own
 * changes at once: their contact choice, their ethnic group and their sex, each checked against its
 * own version, all write the person's row) is that race, not a failure: it answers as {@link
 * OptimisticLockMapper} does, stale, with nothing kept.
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

  private final UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();
  private final OptimisticLockMapper stale = new OptimisticLockMapper();

  @Override
  public Response toResponse(TransactionalException exception) {
    return lostARace(exception) ? stale.toResponse(null) : unexpected.toResponse(exception);
  }

  static boolean lostARace(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }
}
