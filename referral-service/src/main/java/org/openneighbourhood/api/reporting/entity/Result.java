package org.openneighbourhood.api.reporting.entity;

/**
 * What happened to a referral an organisation was sent, as the organisation reports it to a funder:
 * where it stands now, with a decline told apart by its coded reason (never the note written with
 * it, which is free text). Each referral sent is in exactly one.
 */
public enum Result {
  AWAITING_ANSWER("Waiting for an answer"),
  WAITLISTED("On a waiting list"),
  ACCEPTED("Accepted or in progress"),
  COMPLETED("Completed"),
  DID_NOT_ENGAGE("Did not engage"),
  DECLINED_NO_CAPACITY("Declined: no capacity"),
  DECLINED_NOT_ELIGIBLE("Declined: not eligible"),
  DECLINED_PERSON_DECLINED("Declined: the person did not want it"),
  DECLINED_COULD_NOT_CONTACT("Declined: could not contact the person"),
  DECLINED_OTHER("Declined: another reason"),
  EXPIRED("No answer by the deadline"),
  WITHDRAWN("Withdrawn"),
  ENTERED_IN_ERROR("Entered in error");

  private final String label;

  Result(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Taken on by the organisation: on its waiting list, accepted, completed or not engaged. */
  public boolean takenOn() {
    return this == WAITLISTED || this == ACCEPTED || this == COMPLETED || this == DID_NOT_ENGAGE;
  }

  public boolean declined() {
    return name().startsWith("DECLINED_");
  }

  /**
   * The result of a referral with this status (as stored) and coded decline reason.
   *
   * @throws IllegalArgumentException for a draft, which was never sent
   */
  public static Result of(String status, String declineReason) {
    return switch (status) {
      case "SENT", "SEEN" -> AWAITING_ANSWER;
      case "WAITLISTED" -> WAITLISTED;
      case "ACCEPTED", "IN_PROGRESS" -> ACCEPTED;
      case "COMPLETED" -> COMPLETED;
      case "DID_NOT_ENGAGE" -> DID_NOT_ENGAGE;
      case "DECLINED" -> declined(declineReason);
      case "EXPIRED" -> EXPIRED;
      case "WITHDRAWN" -> WITHDRAWN;
      case "ENTERED_IN_ERROR" -> ENTERED_IN_ERROR;
      default -> throw new IllegalArgumentException("Not a sent referral's status: " + status);
    };
  }

  private static Result declined(String reason) {
    if (reason == null) {
      return DECLINED_OTHER;
    }
    return switch (reason) {
      case "NO_CAPACITY" -> DECLINED_NO_CAPACITY;
      case "NOT_ELIGIBLE" -> DECLINED_NOT_ELIGIBLE;
      case "PERSON_DECLINED" -> DECLINED_PERSON_DECLINED;
      case "COULD_NOT_CONTACT" -> DECLINED_COULD_NOT_CONTACT;
      default -> DECLINED_OTHER;
    };
  }
}
