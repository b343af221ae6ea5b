package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What one organisation agreed to do towards a goal, by when, and how it stands. commitment is the
 * API's reading of it against its due date (DONE, DONE_LATE, ON_TRACK, OVERDUE, STOPPED,
 * NO_DUE_DATE); mayUpdate is true only for the owning organisation.
 */
public record Action(
    UUID id,
    UUID goalId,
    String description,
    UUID ownerOrganisationId,
    String ownerOrganisationName,
    LocalDate dueOn,
    String status,
    String notes,
    LocalDate doneOn,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    String commitment,
    boolean mayUpdate)
    implements Serializable {}
