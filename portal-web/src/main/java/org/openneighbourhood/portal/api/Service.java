package org.openneighbourhood.portal.api;

import java.util.List;
import java.util.UUID;

/** A directory entry; capacity is ACCEPTING, WAITLIST or PAUSED. */
public record Service(
    UUID id,
    String name,
    String description,
    UUID organisationId,
    String organisationName,
    List<String> categories,
    String capacity,
    int responseDays) {

  public boolean isPaused() {
    return "PAUSED".equals(capacity);
  }
}
