package org.openneighbourhood.api.referral.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

public class ServiceNotAcceptingException extends DomainException {

  public ServiceNotAcceptingException() {
    super(
        ProblemType.SERVICE_NOT_ACCEPTING,
        "This service has paused new referrals; choose another service");
  }
}
