package org.openneighbourhood.api.referral.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The body of POST /me/referrals: the person refers themselves, in their own words. */
public class SelfReferral {

  @NotNull(message = "Choose a service")
  public UUID serviceId;

  @NotBlank(message = "Say what you would like help with")
  @Size(max = 2000, message = "Use at most 2000 characters")
  public String reason;

  public SelfReferral() {}

  public SelfReferral(UUID serviceId, String reason) {
    this.serviceId = serviceId;
    this.reason = reason;
  }

  public String fingerprint() {
    return serviceId + "\n" + reason;
  }
}
