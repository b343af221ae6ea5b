package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the person agreed to share with one organisation, for how long, and whether it is still in
 * force. {@code until} is the last day it runs (or ran); {@code daysLeft} counts the days to it
 * from today (null once ended); {@code endingSoon} says a dated end is close enough to say
 * prominently.
 */
public record Consent(
    UUID id,
    UUID organisationId,
    String organisationName,
    String scope,
    UUID referralId,
    String referralServiceName,
    Instant recordedAt,
    String recordedBy,
    String recordedByOrganisationName,
    String lasts,
    LocalDate until,
    boolean untilReferralEnds,
    Long daysLeft,
    boolean endingSoon,
    Instant validUntil,
    Instant withdrawnAt,
    String withdrawnBy,
    boolean active)
    implements Serializable {}
