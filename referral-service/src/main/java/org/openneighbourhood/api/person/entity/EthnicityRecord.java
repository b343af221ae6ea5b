package org.openneighbourhood.api.person.entity;

import java.time.Instant;

/**
 * A person's ethnic category as recorded: what, by whom, when. {@code recordedBy} and {@code
 * recorderOrganisation} are null when the person recorded it themselves.
 */
public record EthnicityRecord(
    EthnicCategory category,
    Source source,
    String recordedBy,
    String recorderOrganisation,
    Instant recordedAt) {

  /** Who recorded it: the person, or a member of staff with the person's agreement. */
  public enum Source {
    PERSON,
    STAFF_WITH_AGREEMENT
  }

  @Override
  public String toString() {
    return "EthnicityRecord[not shown]";
  }
}
