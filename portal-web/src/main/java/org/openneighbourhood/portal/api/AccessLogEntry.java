package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One line of an access log; {@code description} is in plain words. */
public record AccessLogEntry(
    UUID id,
    Instant at,
    String who,
    String username,
    String roles,
    String organisationName,
    String operation,
    String action,
    String recordType,
    UUID recordId,
    UUID personId,
    String purpose,
    String outcome,
    String description)
    implements Serializable {}
