package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A service a directory search found, with how far its nearest place is from the postcode. */
public record ServiceMatch(
    UUID id,
    String name,
    String description,
    UUID organisationId,
    String organisationName,
    List<String> categories,
    String capacity,
    LocalDate reopensOn,
    int responseDays,
    boolean acceptsReferrals,
    boolean acceptsSelfReferral,
    Double typicalResponseDays,
    Integer acceptanceRatePercent,
    Integer minAge,
    Integer maxAge,
    Instant lastConfirmedAt,
    boolean stale,
    String place,
    String placePostcode,
    Double distanceKm)
    implements Serializable {

  public boolean isPaused() {
    return "PAUSED".equals(capacity);
  }

  public boolean isReferrable() {
    return acceptsReferrals && !isPaused();
  }
}
