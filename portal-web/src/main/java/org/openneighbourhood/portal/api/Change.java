package org.openneighbourhood.portal.api;

/**
 * The changes of status the API offers as POST /referrals/{id}/{path}, and the status each gives.
 */
public enum Change {
  ACCEPT("ACCEPTED", "accept"),
  WAITLIST("WAITLISTED", "waitlist"),
  DECLINE("DECLINED", "decline"),
  START("IN_PROGRESS", "start"),
  COMPLETE("COMPLETED", "complete"),
  DID_NOT_ENGAGE("DID_NOT_ENGAGE", "did-not-engage"),
  WITHDRAW("WITHDRAWN", "withdraw"),
  ENTERED_IN_ERROR("ENTERED_IN_ERROR", "entered-in-error");

  private final String status;
  private final String path;

  Change(String status, String path) {
    this.status = status;
    this.path = path;
  }

  /** The status the referral has after this change (as in nextStatuses). */
  public String status() {
    return status;
  }

  public String path() {
    return path;
  }
}
