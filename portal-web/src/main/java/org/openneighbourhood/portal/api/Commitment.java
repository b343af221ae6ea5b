package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.UUID;

/** How one organisation's actions on a plan stand, counted by commitment. */
public record Commitment(
    UUID organisationId,
    String organisationName,
    int done,
    int doneLate,
    int onTrack,
    int overdue,
    int stopped,
    int noDueDate)
    implements Serializable {

  public int total() {
    return done + doneLate + onTrack + overdue + stopped + noDueDate;
  }
}
