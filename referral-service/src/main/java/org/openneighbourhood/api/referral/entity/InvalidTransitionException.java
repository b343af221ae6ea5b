package org.openneighbourhood.api.referral.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

/** The referral's lifecycle does not allow this change from its current status, or not by you. */
public class InvalidTransitionException extends DomainException {

  private final ReferralStatus from;
  private final ReferralStatus to;

  public InvalidTransitionException(ReferralStatus from, ReferralStatus to, String why) {
    super(ProblemType.INVALID_TRANSITION, why);
    this.from = from;
    this.to = to;
  }

  public ReferralStatus from() {
    return from;
  }

  public ReferralStatus to() {
    return to;
  }
}
