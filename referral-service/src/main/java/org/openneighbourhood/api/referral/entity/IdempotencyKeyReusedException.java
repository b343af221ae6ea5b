package org.openneighbourhood.api.referral.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

/** The Idempotency-Key was used before for a different request. */
public class IdempotencyKeyReusedException extends DomainException {

  public IdempotencyKeyReusedException() {
    super(
        ProblemType.IDEMPOTENCY_KEY_REUSED,
        "This Idempotency-Key was already used for a different referral; use a new key for a new"
            + " request");
  }
}
