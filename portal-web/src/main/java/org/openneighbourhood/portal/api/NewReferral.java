package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * The body of POST /referrals; with draft true it is kept, unsent, and needs no consent yet. goalId
 * (optional) is the goal of the person's plan the referral helps with.
 */
public record NewReferral(
    UUID personId,
    UUID serviceId,
    String reason,
    String urgency,
    Boolean consentToShare,
    boolean draft,
    UUID goalId)
    implements Serializable {}
