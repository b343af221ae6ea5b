package org.openneighbourhood.api.plan.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

/** The plan's rules do not let this contributor make this change. */
public class PlanChangeRefusedException extends DomainException {

  public PlanChangeRefusedException(String why) {
    super(ProblemType.FORBIDDEN, why);
  }
}
