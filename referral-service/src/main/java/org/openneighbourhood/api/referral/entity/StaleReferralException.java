package org.openneighbourhood.api.referral.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

/** The change was made to an older version of the referral than the one stored. */
public class StaleReferralException extends DomainException {

  public StaleReferralException() {
    super(
        ProblemType.STALE,
        "Someone else changed this referral while you were looking at it. Nothing you sent was"
            + " saved: check its latest status and try again");
  }
}
