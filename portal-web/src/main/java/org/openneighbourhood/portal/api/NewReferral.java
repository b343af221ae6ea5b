package org.openneighbourhood.portal.api;

import java.util.UUID;

/** The body of POST /referrals; with draft true it is kept, unsent, and needs no consent yet. */
public record NewReferral(
    UUID personId,
    UUID serviceId,
    String reason,
    String urgency,
    Boolean consentToShare,
    boolean draft) {}
