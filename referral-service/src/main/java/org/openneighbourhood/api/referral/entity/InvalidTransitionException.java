package org.openneighbourhood.api.referral.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

/** The referral's lifecycle does not allow this change from its current status. */
public class InvalidTransitionException extends DomainException {

  public InvalidTransitionException(ReferralStatus from, ReferralStatus to) {
    super(
        ProblemType.INVALID_TRANSITION,
        "A referral that is " + from + " cannot become " + to + "; it has already been decided");
  }
}
