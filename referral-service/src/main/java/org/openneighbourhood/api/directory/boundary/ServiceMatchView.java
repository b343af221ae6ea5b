package org.openneighbourhood.api.directory.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.directory.control.ServiceMatch;
import org.openneighbourhood.api.directory.entity.Capacity;

/**
 * A service found by a directory search, with what a referrer weighs: capacity, how fast it usually
 * answers and how often it accepts (once known), whether its entry is stale, and how far its
 * nearest place is from the postcode searched near.
 */
public record ServiceMatchView(
    UUID id,
    String name,
    String description,
    UUID organisationId,
    String organisationName,
    List<String> categories,
    Capacity capacity,
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
    Double distanceKm) {

  static ServiceMatchView of(ServiceMatch match) {
    boolean enough = match.decisionsCounted() >= ServiceView.FEWEST_DECISIONS_FOR_A_RATE;
    return new ServiceMatchView(
        match.id(),
        match.name(),
        match.description(),
        match.organisationId(),
        match.organisationName(),
        match.categories(),
        match.capacity(),
        match.reopensOn(),
        match.responseDays(),
        match.acceptsReferrals(),
        match.acceptsSelfReferral(),
        enough ? match.typicalResponseDays() : null,
        enough ? ServiceView.percent(match.acceptanceRate()) : null,
        match.minAge(),
        match.maxAge(),
        match.lastConfirmedAt(),
        match.stale(),
        match.place(),
        match.placePostcode(),
        match.distanceKm() == null ? null : Math.round(match.distanceKm() * 10) / 10.0);
  }
}
