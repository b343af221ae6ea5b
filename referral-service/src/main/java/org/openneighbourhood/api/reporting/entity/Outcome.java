package org.openneighbourhood.api.reporting.entity;

/**
 * Where a referral stands now, as a commissioner counts it: each referral sent is in exactly one.
 * Declines are told apart by their reason only where it shows capacity (no capacity) from the rest.
 */
public enum Outcome {
  AWAITING_ANSWER("Waiting for an answer"),
  WAITLISTED("On a waiting list"),
  ACCEPTED("Accepted or in progress"),
  COMPLETED("Completed"),
  DID_NOT_ENGAGE("Did not engage"),
  DECLINED_NO_CAPACITY("Declined: no capacity"),
  DECLINED_OTHER("Declined for another reason"),
  EXPIRED("No answer by the deadline"),
  WITHDRAWN("Withdrawn"),
  ENTERED_IN_ERROR("Entered in error");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The outcome of a referral with this status (as stored) and decline reason.
   *
   * @throws IllegalArgumentException for a draft, which was never sent
   */
  public static Outcome of(String status, String declineReason) {
    return switch (status) {
      case "SENT", "SEEN" -> AWAITING_ANSWER;
      case "WAITLISTED" -> WAITLISTED;
      case "ACCEPTED", "IN_PROGRESS" -> ACCEPTED;
      case "COMPLETED" -> COMPLETED;
      case "DID_NOT_ENGAGE" -> DID_NOT_ENGAGE;
      case "DECLINED" ->
          "NO_CAPACITY".equals(declineReason) ? DECLINED_NO_CAPACITY : DECLINED_OTHER;
      case "EXPIRED" -> EXPIRED;
      case "WITHDRAWN" -> WITHDRAWN;
      case "ENTERED_IN_ERROR" -> ENTERED_IN_ERROR;
      default -> throw new IllegalArgumentException("Not a sent referral's status: " + status);
    };
  }
}
