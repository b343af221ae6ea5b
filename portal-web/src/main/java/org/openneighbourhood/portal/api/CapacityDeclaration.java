package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The body of PUT /services/{id}/capacity. capacity is ACCEPTING, WAITLIST or PAUSED; reopensOn
 * only with PAUSED; maxOpenReferrals null for no limit.
 */
public record CapacityDeclaration(
    String capacity, LocalDate reopensOn, Integer maxOpenReferrals, Boolean acceptsSelfReferral)
    implements Serializable {}
