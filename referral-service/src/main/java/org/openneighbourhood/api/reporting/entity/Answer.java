package org.openneighbourhood.api.reporting.entity;

/**
 * How the receiving organisation first answered a referral (accepted, waitlisted or declined)
 * against its response deadline: before the deadline, after it, or not at all (still waiting,
 * expired, or withdrawn first).
 */
public enum Answer {
  ON_TIME("Answered on time"),
  LATE("Answered late"),
  NONE("Not answered");

  private final String label;

  Answer(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
