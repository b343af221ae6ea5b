package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The body of POST /me/referrals: the person refers themselves, in their own words, sharing until
 * the end of the day {@code until} or until the referral ends (neither: for a year).
 */
public record SelfReferral(
    UUID serviceId, String reason, LocalDate until, Boolean untilReferralEnds)
    implements Serializable {}
