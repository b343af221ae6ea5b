package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.UUID;

/** The body of POST /me/referrals: the person refers themselves, in their own words. */
public record SelfReferral(UUID serviceId, String reason) implements Serializable {}
