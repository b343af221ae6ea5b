package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An organisation in a person's care team, now or before. */
public record CareTeamMember(
    UUID id,
    UUID organisationId,
    String organisationName,
    String sector,
    String reason,
    Instant startedAt,
    String startedBy,
    Instant endedAt,
    String endedBy,
    boolean current)
    implements Serializable {}
