package org.openneighbourhood.api.referral.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.openneighbourhood.api.referral.entity.Urgency;

/** The body of POST /referrals. */
// A class, not a record: record components copy their constraints onto constructor
// parameters, and Payara's OpenAPI scanner fails (NPE) on constrained non-path parameters.
public class NewReferral {

  @NotNull(message = "Choose the person")
  public UUID personId;

  @NotNull(message = "Choose a service")
  public UUID serviceId;

  @NotBlank(message = "Enter the reason for the referral")
  @Size(max = 2000, message = "Use at most 2000 characters")
  public String reason;

  @NotNull(message = "Choose how urgent the referral is")
  public Urgency urgency;

  @NotNull(message = "Record whether the person agreed to share")
  @AssertTrue(message = "The person must agree to share their details with the service")
  public Boolean consentToShare;

  public NewReferral() {}

  public NewReferral(
      UUID personId, UUID serviceId, String reason, Urgency urgency, Boolean consentToShare) {
    this.personId = personId;
    this.serviceId = serviceId;
    this.reason = reason;
    this.urgency = urgency;
    this.consentToShare = consentToShare;
  }
}
