package org.openneighbourhood.api.referral.boundary;

import jakarta.validation.constraints.Size;
import org.openneighbourhood.api.problem.entity.TextLimits;
import org.openneighbourhood.api.referral.entity.DeclineReason;

/**
 * The body of a change to a referral's status: an optional note; for a decline, the reason (and a
 * note when it is OTHER); for a completion, the outcome.
 */
// A class, not a record: record components copy their constraints onto constructor
// parameters, and Payara's OpenAPI scanner fails (NPE) on constrained non-path parameters.
public class StatusUpdate {

  public DeclineReason reason;

  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String note;

  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String outcome;

  public StatusUpdate() {}

  public StatusUpdate(DeclineReason reason, String note) {
    this.reason = reason;
    this.note = note;
  }
}
