package org.openneighbourhood.api.referral.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.openneighbourhood.api.problem.entity.TextLimits;

/** The body of POST /me/referrals: the person refers themselves, in their own words. */
public class SelfReferral {

  @NotNull(message = "Choose a service")
  public UUID serviceId;

  @NotBlank(message = "Say what you would like help with")
  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String reason;

  /**
   * How long the person agrees to share with the service: until the end of this day in London
   * (today or later, at most 3 years ahead). With neither this nor {@link #untilReferralEnds}, for
   * a year.
   */
  public LocalDate until;

  /** True when the person agrees to share only until this referral is closed. */
  public Boolean untilReferralEnds;

  public SelfReferral() {}

  public SelfReferral(UUID serviceId, String reason) {
    this.serviceId = serviceId;
    this.reason = reason;
  }

  public String fingerprint() {
    return serviceId + "\n" + reason + "\n" + until + "\n" + untilReferralEnds;
  }
}
