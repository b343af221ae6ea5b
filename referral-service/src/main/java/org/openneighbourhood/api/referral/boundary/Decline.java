package org.openneighbourhood.api.referral.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openneighbourhood.api.referral.entity.DeclineReason;

/** The body of POST /referrals/{id}/decline; the note is required for OTHER by the referral. */
public record Decline(
    @NotNull(message = "Choose why the referral is declined") DeclineReason reason,
    @Size(max = 2000, message = "Use at most 2000 characters") String note) {}
