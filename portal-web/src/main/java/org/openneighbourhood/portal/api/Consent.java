package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** What the person agreed to share with one organisation, and whether it is still in force. */
public record Consent(
    UUID id,
    UUID organisationId,
    String organisationName,
    String scope,
    UUID referralId,
    Instant recordedAt,
    String recordedBy,
    String recordedByOrganisationName,
    Instant validUntil,
    Instant withdrawnAt,
    String withdrawnBy,
    boolean active)
    implements Serializable {}
