package org.openneighbourhood.api.referral.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.openneighbourhood.api.referral.entity.Urgency;

/** The body of POST /referrals. */
public record NewReferral(
    @NotNull(message = "Choose the person") UUID personId,
    @NotNull(message = "Choose a service") UUID serviceId,
    @NotBlank(message = "Enter the reason for the referral")
        @Size(max = 2000, message = "Use at most 2000 characters")
        String reason,
    @NotNull(message = "Choose how urgent the referral is") Urgency urgency,
    @NotNull(message = "Record whether the person agreed to share")
        @AssertTrue(message = "The person must agree to share their details with the service")
        Boolean consentToShare) {}
