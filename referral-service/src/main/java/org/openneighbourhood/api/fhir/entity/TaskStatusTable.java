package org.openneighbourhood.api.fhir.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

/**
 * How a referral's status reads as the receiver's {@code Task.status} (the table in {@code
 * docs/fhir.md}). A {@code ServiceRequest} only says whether the request still stands; the {@code
 * Task} says where the receiving organisation is with it, as BaRS reads a booking or referral's
 * progress. A draft was never sent, so there is no task for it: it is in no row.
 */
public enum TaskStatusTable {
  REQUESTED("requested", EnumSet.of(ReferralStatus.SENT)),
  RECEIVED("received", EnumSet.of(ReferralStatus.SEEN)),
  // Waitlisted: accepted, with a place not yet free (its businessStatus says so)
  ACCEPTED("accepted", EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.WAITLISTED)),
  REJECTED("rejected", EnumSet.of(ReferralStatus.DECLINED)),
  IN_PROGRESS("in-progress", EnumSet.of(ReferralStatus.IN_PROGRESS)),
  COMPLETED("completed", EnumSet.of(ReferralStatus.COMPLETED)),
  // Expired or withdrawn: nobody failed at the work, it stopped being asked for
  CANCELLED("cancelled", EnumSet.of(ReferralStatus.EXPIRED, ReferralStatus.WITHDRAWN)),
  // The work was started but could not be done: the person did not take it up
  FAILED("failed", EnumSet.of(ReferralStatus.DID_NOT_ENGAGE)),
  ENTERED_IN_ERROR("entered-in-error", EnumSet.of(ReferralStatus.ENTERED_IN_ERROR));

  private final String code;
  private final Set<ReferralStatus> statuses;

  TaskStatusTable(String code, Set<ReferralStatus> statuses) {
    this.code = code;
    this.statuses = statuses;
  }

  /** The FHIR code ({@code requested}, {@code accepted}...). */
  public String code() {
    return code;
  }

  /** The referral statuses that read as this task status. */
  public Set<ReferralStatus> statuses() {
    return EnumSet.copyOf(statuses);
  }

  /** The task status of a referral's status; empty for a draft, which has no task. */
  public static Optional<TaskStatusTable> of(ReferralStatus status) {
    return Arrays.stream(values()).filter(row -> row.statuses.contains(status)).findFirst();
  }

  /** The row for a task status code; empty for a code this service never answers with. */
  public static Optional<TaskStatusTable> ofCode(String code) {
    String asked = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(row -> row.code.equals(asked)).findFirst();
  }

  /** Every referral status that has a task: all but a draft. */
  public static Set<ReferralStatus> withATask() {
    Set<ReferralStatus> all = EnumSet.noneOf(ReferralStatus.class);
    Arrays.stream(values()).forEach(row -> all.addAll(row.statuses));
    return all;
  }

  /** Every code, for an error message. */
  public static String codes() {
    return Arrays.stream(values()).map(TaskStatusTable::code).collect(Collectors.joining(", "));
  }
}
