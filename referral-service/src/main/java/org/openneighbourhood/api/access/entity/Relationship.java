package org.openneighbourhood.api.access.entity;

/**
 * How the caller stands to the person a request is about, worked out for every request. The columns
 * of the access policy table, in its order.
 */
public enum Relationship {
  SELF("self"),
  CARE_TEAM("care team"),
  RECEIVER("receiver"),
  SENDER("sender"),
  CONSENT_WITHDRAWN("consent withdrawn"),
  NONE("none");

  private final String column;

  Relationship(String column) {
    this.column = column;
  }

  /** The column heading in the policy table. */
  public String column() {
    return column;
  }

  /** A relationship that only counts while the person's consent to share is active. */
  public boolean needsConsent() {
    return this == CARE_TEAM || this == RECEIVER || this == SENDER;
  }
}
