package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One safeguarding note: what, who, for which organisation, when. Never printed. */
public record SafeguardingNote(
    UUID id,
    String text,
    String writtenBy,
    UUID organisationId,
    String organisationName,
    Instant writtenAt)
    implements Serializable {

  @Override
  public String toString() {
    return "SafeguardingNote[" + id + "]";
  }
}
