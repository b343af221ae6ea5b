package org.openneighbourhood.api.reporting.entity;

import java.util.List;

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

  /** The statuses of a sent referral, as stored: those {@link #of} knows. */
  private static final List<String> SENT_STATUSES =
      List.of(
          "SENT",
          "SEEN",
          "WAITLISTED",
          "ACCEPTED",
          "IN_PROGRESS",
          "COMPLETED",
          "DID_NOT_ENGAGE",
          "DECLINED",
          "EXPIRED",
          "WITHDRAWN",
          "ENTERED_IN_ERROR");

  /**
   * {@link #of} in SQL, from columns holding the status and the decline reason: written by asking
   * {@link #of} about each status, so that what the database keeps and what the service counts
   * never differ.
   */
  public static String sql(String status, String declineReason) {
    StringBuilder sql =
        new StringBuilder("case when ")
            .append(status)
            .append(" = 'DECLINED' and ")
            .append(declineReason)
            .append(" = 'NO_CAPACITY' then '")
            .append(of("DECLINED", "NO_CAPACITY").name())
            .append('\'');
    for (String sent : SENT_STATUSES) {
      sql.append(" when ")
          .append(status)
          .append(" = '")
          .append(sent)
          .append("' then '")
          .append(of(sent, null).name())
          .append('\'');
    }
    return sql.append(" end").toString();
  }
}
