package org.openneighbourhood.api.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.openneighbourhood.api.directory.control.ServiceRepository;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.referral.control.ReferralNotices;
import org.openneighbourhood.api.referral.control.ReferralRepository;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.ReferralChanged;
import org.openneighbourhood.api.relationship.control.RelationshipRepository;
import org.openneighbourhood.api.reporting.control.ReportAggregate;
import org.openneighbourhood.api.schema.control.SlowStatements;
import org.openneighbourhood.api.time.entity.London;

/** Each job is one transaction over a batch it has claimed. */
@ApplicationScoped
@Transactional
public class ReferralJobs {

  static final int BATCH = 50;

  @Inject ReferralRepository referrals;
  @Inject ServiceRepository services;
  @Inject ReferralNotices notices;
  @Inject RelationshipRepository relationships;
  @Inject Clock clock;
  @Inject JobLocks locks;
  @Inject Event<ReferralChanged> changes;
  @Inject ReportAggregate reportCounts;
  @Inject SlowStatements slow;

  /**
   * Expires referrals nobody answered by the deadline and tells the referrer (and, through {@link
   * ReferralChanged}, a referrer's own system that sent it as a BaRS message).
   *
   * @return how many expired
   */
  public int expirePastDeadline() {
    Instant now = now();
    List<Referral> due = referrals.claimPastDeadline(now, BATCH);
    for (Referral referral : due) {
      referral.expire(now);
      relationships.referralChanged(referral.id(), referral.closed(), now);
      notices.changed(referral, now);
      changes.fire(new ReferralChanged(referral.id(), referral.status(), now));
    }
    return due.size();
  }

  /**
   * Reminds receiving organisations of referrals whose answer is due soon.
   *
   * @return how many were reminded
   */
  public int remindBeforeDeadline() {
    Instant now = now();
    List<Referral> due = referrals.claimReminderDue(now, BATCH);
    for (Referral referral : due) {
      referral.reminded(now);
      notices.reminder(referral, now);
    }
    return due.size();
  }

  /** Reopens paused services whose reopening day has come. */
  public int reopenServices() {
    if (!locks.takeForThisTransaction(JobLocks.REOPEN_SERVICES)) {
      return 0;
    }
    LocalDate today = now().atZone(London.ZONE).toLocalDate();
    int reopened = 0;
    for (Service service : services.dueToReopen(today)) {
      if (service.reopenIfDue(today)) {
        reopened++;
      }
    }
    return reopened;
  }

  /**
   * Refreshes every service's typical response time and acceptance rate, on one instance at a time.
   *
   * @return how many services' figures changed
   */
  public int refreshServiceRecords() {
    if (!locks.takeForThisTransaction(JobLocks.REFRESH_SERVICE_RECORDS)) {
      return 0;
    }
    Instant now = now();
    return slow.run(() -> services.refreshRecords(now));
  }

  /**
   * Counts the referrals that changed since the last round into the reports' kept counts, on one
   * instance at a time (a round another instance is doing is skipped: it takes the same changes). A
   * report is then as fresh as this round, and catches up on the rest itself before it is read.
   *
   * @return how many referrals were counted again
   */
  public int refreshReports() {
    // Most rounds find nothing: one look, and no lock taken.
    if (!reportCounts.hasChanges() || !locks.takeForThisTransaction(JobLocks.REFRESH_REPORTS)) {
      return 0;
    }
    // A recount of every referral (after a new postcode directory) reads them all.
    return slow.run(reportCounts::refresh);
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
