package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The body of POST /referrals; with draft true it is kept, unsent, and needs no consent yet. goalId
 * (optional) is the goal of the person's plan the referral helps with. The person's agreement runs
 * until the end of the day {@code until}, or until the referral ends ({@code untilReferralEnds}),
 * or (neither) for a year.
 */
public record NewReferral(
    UUID personId,
    UUID serviceId,
    String reason,
    String urgency,
    Boolean consentToShare,
    boolean draft,
    UUID goalId,
    LocalDate until,
    Boolean untilReferralEnds)
    implements Serializable {}
