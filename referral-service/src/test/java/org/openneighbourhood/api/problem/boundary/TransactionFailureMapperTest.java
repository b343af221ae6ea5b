package org.openneighbourhood.api.problem.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import org.hibernate.StaleStateException;
import org.junit.jupiter.api.Test;

/**
 * A commit refused because another request wrote the same row first answers as stale (found by
 * HostileInputIT: two of a person's own changes at once were a 500), any other commit failure as
 * unexpected. (The answers themselves need a JAX-RS runtime: HostileInputIT sees them.)
 */
class TransactionFailureMapperTest {

  @Test
  void aCommitThatLostARaceForTheSameRowIsStaleNotAFailure() {
    RollbackException rollback = new RollbackException("Transaction marked for rollback.");
    rollback.initCause(
        new OptimisticLockException(
            "Batch update returned unexpected row count",
            new StaleStateException("actual row count: 0; expected: 1")));
    TransactionalException failed = new TransactionalException("commit failed", rollback);

    assertTrue(TransactionFailureMapper.lostARace(failed));
  }

  @Test
  void anyOtherCommitFailureIsNotARace() {
    TransactionalException failed =
        new TransactionalException("commit failed", new IllegalStateException("disk full"));

    assertFalse(TransactionFailureMapper.lostARace(failed));
    assertFalse(TransactionFailureMapper.lostARace(null));
  }
}
