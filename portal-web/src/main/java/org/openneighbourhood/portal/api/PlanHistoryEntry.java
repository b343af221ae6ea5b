package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One change to a plan: who made it (organisationName null and byPerson true for the person), when,
 * which part ("About me: how to communicate with me"), what it was and what it became.
 */
public record PlanHistoryEntry(
    Instant at,
    String by,
    String organisationName,
    boolean byPerson,
    String part,
    String before,
    String after)
    implements Serializable {}
