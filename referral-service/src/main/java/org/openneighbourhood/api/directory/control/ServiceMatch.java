package org.openneighbourhood.api.directory.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.directory.entity.Capacity;

/**
 * One service a directory search found, read in the search's own query (no entity loaded): what a
 * referrer needs to choose, with how far its nearest place is.
 */
public record ServiceMatch(
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
    Double acceptanceRate,
    int decisionsCounted,
    Integer minAge,
    Integer maxAge,
    Instant lastConfirmedAt,
    boolean stale,
    String place,
    String placePostcode,
    Double distanceKm) {}
