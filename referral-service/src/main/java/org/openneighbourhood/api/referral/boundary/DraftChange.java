package org.openneighbourhood.api.referral.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openneighbourhood.api.problem.entity.TextLimits;
import org.openneighbourhood.api.referral.entity.Urgency;

/** The body of PUT /referrals/{id}: a draft's new reason and urgency. */
public class DraftChange {

  @NotBlank(message = "Enter the reason for the referral")
  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String reason;

  @NotNull(message = "Choose how urgent the referral is")
  public Urgency urgency;

  public DraftChange() {}
}
