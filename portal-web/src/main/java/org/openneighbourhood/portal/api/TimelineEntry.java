package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One change of a referral's status. actor is REFERRER, RECEIVER, PERSON or SYSTEM;
 * organisationName is null when the person themselves made the change.
 */
public record TimelineEntry(
    String status, Instant at, String by, String actor, String organisationName, String note)
    implements Serializable {}
