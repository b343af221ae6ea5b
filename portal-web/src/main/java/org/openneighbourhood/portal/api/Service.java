package org.openneighbourhood.portal.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A directory entry; capacity is ACCEPTING, WAITLIST or PAUSED (until reopensOn, when known).
 * typicalResponseDays and acceptanceRatePercent are null until the service has answered enough
 * referrals for them to mean something.
 */
public record Service(
    UUID id,
    String name,
    String description,
    UUID organisationId,
    String organisationName,
    List<String> categories,
    String capacity,
    LocalDate reopensOn,
    Integer maxOpenReferrals,
    int responseDays,
    boolean acceptsSelfReferral,
    Double typicalResponseDays,
    Integer acceptanceRatePercent,
    int decisionsCounted) {

  public boolean isPaused() {
    return "PAUSED".equals(capacity);
  }
}
