package org.openneighbourhood.api.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.openneighbourhood.api.reporting.control.ReportAggregate;

/**
 * Scheduled work that does not claim its rows one by one (reopening paused services, refreshing
 * every service's figures, counting the reports' changed referrals) runs on one instance at a time:
 * it takes a PostgreSQL advisory lock for its transaction, and an instance that finds it taken
 * skips that round. The lock goes with the transaction, so a crashed instance never leaves it held.
 */
@ApplicationScoped
public class JobLocks {

  /** Arbitrary, fixed keys: one per job, never reused for another. */
  static final long REOPEN_SERVICES = 0x6e62_0001L;

  static final long REFRESH_SERVICE_RECORDS = 0x6e62_0002L;

  /** Deleting BaRS status updates past their retention, delivered or given up on. */
  static final long PURGE_OLD_BARS = 0x6e62_0003L;

  /** Also taken, waiting, by a report about to be read: see {@link ReportAggregate}. */
  static final long REFRESH_REPORTS = ReportAggregate.LOCK;

  @PersistenceContext EntityManager em;

  /** Whether this transaction now holds the job's lock (false: another instance is doing it). */
  public boolean takeForThisTransaction(long job) {
    return (Boolean)
        em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
            .setParameter(1, job)
            .getSingleResult();
  }
}
