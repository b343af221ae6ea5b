package org.openneighbourhood.api.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Supplier;

/**
 * A report's statements read the database as it was at one moment. A report reads its counts with a
 * dozen statements; between two of them the scheduler may commit a round, and a report whose
 * figures come from two moments may not add up: a whole that is not the sum of its parts, or worse,
 * one table's hidden cell recoverable from another table read a moment later. So every statement of
 * a report runs in one read-only transaction of its own at {@code repeatable read}, which in
 * PostgreSQL is one snapshot taken at its first statement. The use case's own transaction (the
 * audit of what it disclosed) stays outside it.
 */
@ApplicationScoped
public class ReportSnapshot {

  @PersistenceContext EntityManager em;

  /**
   * The reads, in a transaction of their own whose statements all see the database as at the first.
   * A new transaction, so that the isolation is set before any statement in it.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public <T> T read(Supplier<T> reads) {
    em.createNativeQuery("set transaction isolation level repeatable read, read only")
        .executeUpdate();
    return reads.get();
  }
}
