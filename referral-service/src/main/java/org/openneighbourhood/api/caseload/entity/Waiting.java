package org.openneighbourhood.api.caseload.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.plan.entity.ActionStatus;
import org.openneighbourhood.api.plan.entity.Commitment;
import org.openneighbourhood.api.referral.entity.Deadlines;
import org.openneighbourhood.api.time.entity.London;

/**
 * One thing in a person's care that waits on someone, as a caseload shows it: what it is, on whom
 * it waits (the organisation that has to act next), since when, by when, and whether that day has
 * passed. Days are England's ({@link London#ZONE}).
 *
 * <p>Who it waits on is the rule of each kind: a referral waits on the organisation that received
 * it, to answer or to make room; an action on the organisation that owns it; a review on the
 * organisation named to hold it (none when nobody is named yet).
 *
 * @param recordId the referral, action or plan it is about
 * @param what the service referred to, the action agreed, or null for a review
 * @param onWhomId the organisation it waits on; null for a review nobody is named to hold
 * @param since the day it started waiting (sent, waitlisted); null when only its due day matters
 * @param dueOn the last day for it (answer by, due on, review on); null when there is none
 * @param overdue that day has passed
 */
public record Waiting(
    Kind kind,
    UUID recordId,
    String what,
    UUID onWhomId,
    String onWhomName,
    LocalDate since,
    LocalDate dueOn,
    boolean overdue) {

  /** What waits. */
  public enum Kind {
    /** A referral sent and not answered yet. */
    REFERRAL_AWAITING_ANSWER,
    /** A referral accepted onto a waiting list: no room yet. */
    REFERRAL_WAITLISTED,
    /** An agreed action not done by its due day. */
    ACTION_OVERDUE,
    /** The plan's review is near (within the reminder days) or past. */
    REVIEW_DUE
  }

  /**
   * What needs attention first: overdue things (the longest overdue first), then what falls due
   * soonest, then what has no due day (the longest waiting first).
   */
  public static final Comparator<Waiting> ATTENTION =
      Comparator.comparing((Waiting w) -> !w.overdue())
          .thenComparing(Waiting::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Waiting::since, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Waiting::kind);

  /** A referral waiting for its receiver's answer, due by the deadline's last day. */
  public static Waiting answer(
      UUID referralId,
      String service,
      UUID receiverId,
      String receiverName,
      Instant sentAt,
      Instant respondBy,
      Instant now) {
    return new Waiting(
        Kind.REFERRAL_AWAITING_ANSWER,
        referralId,
        service,
        receiverId,
        receiverName,
        day(sentAt),
        Deadlines.lastDayToAnswer(respondBy),
        Deadlines.isPast(respondBy, now));
  }

  /** A referral on its receiver's waiting list since it was waitlisted: no day to keep. */
  public static Waiting waitlisted(
      UUID referralId, String service, UUID receiverId, String receiverName, Instant waitlistedAt) {
    return new Waiting(
        Kind.REFERRAL_WAITLISTED,
        referralId,
        service,
        receiverId,
        receiverName,
        day(waitlistedAt),
        null,
        false);
  }

  /**
   * An action its owner has not done by its due day, as the plan's commitments count it; empty when
   * it is not overdue on {@code today}.
   */
  public static Optional<Waiting> overdueAction(
      UUID actionId,
      String description,
      Organisation owner,
      ActionStatus status,
      LocalDate dueOn,
      LocalDate today) {
    if (dueOn == null || Commitment.of(status, dueOn, null, today) != Commitment.OVERDUE) {
      return Optional.empty();
    }
    return Optional.of(
        new Waiting(
            Kind.ACTION_OVERDUE,
            actionId,
            description,
            owner.id(),
            owner.name(),
            null,
            dueOn,
            true));
  }

  /**
   * The plan's review, when it is at most {@code reminderDays} away or past on {@code today} (as
   * the review reminder counts); empty otherwise.
   */
  public static Optional<Waiting> review(
      UUID planId, LocalDate reviewOn, Organisation owner, LocalDate today, int reminderDays) {
    if (reviewOn == null || today.isBefore(reviewOn.minusDays(reminderDays))) {
      return Optional.empty();
    }
    return Optional.of(
        new Waiting(
            Kind.REVIEW_DUE,
            planId,
            null,
            owner == null ? null : owner.id(),
            owner == null ? null : owner.name(),
            null,
            reviewOn,
            today.isAfter(reviewOn)));
  }

  /** The last day a review is due on to be in a caseload on {@code today}. */
  public static LocalDate reviewsDueUpTo(LocalDate today, int reminderDays) {
    return today.plusDays(reminderDays);
  }

  /** Whether it waits on the organisation with this id (the caller's own, say). */
  public boolean isOn(UUID organisationId) {
    return onWhomId != null && onWhomId.equals(organisationId);
  }

  /** Names no one and repeats nothing written about them. */
  @Override
  public String toString() {
    return "Waiting[" + kind + " " + recordId + "]";
  }

  private static LocalDate day(Instant at) {
    return at == null ? null : at.atZone(London.ZONE).toLocalDate();
  }
}
