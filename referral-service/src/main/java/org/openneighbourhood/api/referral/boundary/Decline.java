package org.openneighbourhood.api.referral.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openneighbourhood.api.referral.entity.DeclineReason;

/** The body of POST /referrals/{id}/decline; the note is required for OTHER by the referral. */
// A class, not a record: record components copy their constraints onto constructor
// parameters, and Payara's OpenAPI scanner fails (NPE) on constrained non-path parameters.
public class Decline {

  @NotNull(message = "Choose why the referral is declined")
  public DeclineReason reason;

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String note;

  public Decline() {}

  public Decline(DeclineReason reason, String note) {
    this.reason = reason;
    this.note = note;
  }
}
