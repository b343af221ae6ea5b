package org.openneighbourhood.api.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.fhir.control.PartnerSystems;
import org.openneighbourhood.api.notification.control.Outbox;
import org.openneighbourhood.api.notification.entity.Channel;
import org.openneighbourhood.api.notification.entity.PendingMail;
import org.openneighbourhood.api.schema.control.SlowStatements;

/**
 * Sends a batch of the outbox's BaRS status updates to partner systems in one transaction that
 * holds the claimed rows, so no other instance sends them too. One the partner took is marked sent;
 * one it could not take now (no answer, a 5xx, no endpoint configured yet) is tried again later,
 * waiting longer each time (up to an hour); one it refused for good is given up on, with the
 * reason.
 */
@ApplicationScoped
@Transactional
public class BarsJobs {

  private static final Logger LOG = Logger.getLogger(BarsJobs.class.getName());

  @Inject Outbox outbox;
  @Inject PartnerSystems partners;
  @Inject Clock clock;
  @Inject JobLocks locks;
  @Inject SlowStatements slow;

  @Inject
  @Configured(Setting.BARS_RETENTION_DAYS)
  int retentionDays;

  @Inject
  @Configured(Setting.BARS_GIVEN_UP_RETENTION_DAYS)
  int givenUpRetentionDays;

  /**
   * Deletes the status updates (each holds an NHS number) partners took more than {@code
   * bars.retention-days} ago, and those given up on more than {@code bars.given-up-retention-days}
   * ago, on one instance at a time (an advisory lock: another instance skips the round). An update
   * given up on is kept longer by default: nobody has it but this outbox, and its {@code
   * last_error} is what an operator needs to tell the partner another way; after that it is
   * personal data kept for nothing. Updates still waiting are never deleted.
   *
   * <p>Slow work ({@link SlowStatements}): each round deletes only what aged past the limit since
   * the last, but the first round after the retention is shortened, or after a long stop, deletes a
   * backlog at once, which may take longer than a request's limit on the database's answer; under
   * that limit it would fail, and be rolled back, at every round.
   *
   * @return how many were deleted
   */
  public int purgePastRetention() {
    if (!locks.takeForThisTransaction(JobLocks.PURGE_OLD_BARS)) {
      return 0;
    }
    Instant now = Instant.now(clock);
    return slow.run(
        () ->
            outbox.purgeDelivered(Channel.BARS, now.minus(Duration.ofDays(retentionDays)))
                + outbox.purgeGivenUp(
                    Channel.BARS, now.minus(Duration.ofDays(givenUpRetentionDays))));
  }

  public int sendDue() {
    List<PendingMail> due = outbox.claim(Channel.BARS, Instant.now(clock), ReferralJobs.BATCH);
    int sent = 0;
    for (PendingMail update : due) {
      try {
        partners.send(update.recipient(), update.body(), update.id());
        outbox.sent(update, Instant.now(clock));
        sent++;
      } catch (PartnerSystems.Refused e) {
        LOG.log(
            Level.WARNING,
            "A partner system refused {0} for good: {1}",
            new Object[] {update, e.getMessage()});
        outbox.gaveUp(update, e.getMessage(), Instant.now(clock));
      } catch (IOException | RuntimeException e) {
        String reason = e instanceof IOException ? e.getMessage() : e.getClass().getName();
        reason = reason == null ? e.getClass().getName() : reason;
        LOG.log(Level.WARNING, "Sending {0} failed: {1}", new Object[] {update, reason});
        outbox.failed(update, reason, Instant.now(clock));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        outbox.failed(update, "interrupted", Instant.now(clock));
        break;
      }
    }
    return sent;
  }
}
