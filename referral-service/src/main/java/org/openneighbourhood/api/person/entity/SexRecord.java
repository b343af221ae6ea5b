package org.openneighbourhood.api.person.entity;

import java.time.Instant;

/**
 * A person's sex as recorded: what, by whom (the person, or a member of staff with the person's
 * agreement, as for the ethnic category), when. {@code recordedBy} and {@code recorderOrganisation}
 * are null when the person recorded it themselves.
 */
public record SexRecord(
    Sex sex,
    EthnicityRecord.Source source,
    String recordedBy,
    String recorderOrganisation,
    Instant recordedAt) {

  @Override
  public String toString() {
    return "SexRecord[not shown]";
  }
}
