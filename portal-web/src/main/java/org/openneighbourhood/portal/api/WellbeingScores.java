package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One answer to the ONS4 personal wellbeing questions (each 0-10; for anxiety lower is better), at
 * the start (START), a review (REVIEW) or in between (CHECK_IN).
 */
public record WellbeingScores(
    UUID id,
    String occasion,
    int lifeSatisfaction,
    int worthwhile,
    int happiness,
    int anxiety,
    boolean byPerson,
    String recordedBy,
    String organisationName,
    Instant recordedAt)
    implements Serializable {}
