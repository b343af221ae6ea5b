package org.openneighbourhood.api.referral.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.openneighbourhood.api.problem.entity.TextLimits;
import org.openneighbourhood.api.referral.entity.Urgency;

/**
 * The body of POST /referrals: sent at once, or kept as a draft with {@code draft: true} (then the
 * person's agreement to share is asked for when it is sent).
 */
// A class, not a record: record components copy their constraints onto constructor
// parameters, and Payara's OpenAPI scanner fails (NPE) on constrained non-path parameters.
public class NewReferral {

  @NotNull(message = "Choose the person")
  public UUID personId;

  @NotNull(message = "Choose a service")
  public UUID serviceId;

  @NotBlank(message = "Enter the reason for the referral")
  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String reason;

  @NotNull(message = "Choose how urgent the referral is")
  public Urgency urgency;

  /** Required (and true) unless this is a draft; checked by the referral when it is sent. */
  public Boolean consentToShare;

  public Boolean draft;

  /**
   * How long the person agreed to share: until the end of this day in London (today or later, at
   * most 3 years ahead). With neither this nor {@link #untilReferralEnds}, for a year.
   */
  public LocalDate until;

  /** True when the person agreed to share only until this referral is closed. */
  public Boolean untilReferralEnds;

  /** The goal of the person's plan this referral serves (optional). */
  public UUID goalId;

  public NewReferral() {}

  public NewReferral(
      UUID personId, UUID serviceId, String reason, Urgency urgency, Boolean consentToShare) {
    this.personId = personId;
    this.serviceId = serviceId;
    this.reason = reason;
    this.urgency = urgency;
    this.consentToShare = consentToShare;
  }

  public boolean isDraft() {
    return Boolean.TRUE.equals(draft);
  }

  /** What the request asks for, for telling a retry from a different request with the same key. */
  public String fingerprint() {
    return String.join(
        "\n",
        String.valueOf(personId),
        String.valueOf(serviceId),
        String.valueOf(reason),
        String.valueOf(urgency),
        String.valueOf(consentToShare),
        String.valueOf(isDraft()),
        String.valueOf(goalId),
        String.valueOf(until),
        String.valueOf(untilReferralEnds));
  }
}
