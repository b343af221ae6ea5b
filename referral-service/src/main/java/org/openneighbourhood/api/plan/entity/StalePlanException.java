package org.openneighbourhood.api.plan.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

/** The change was made to an older version of a part of the plan than the one stored. */
public class StalePlanException extends DomainException {

  public StalePlanException(String part) {
    super(
        ProblemType.STALE,
        "Someone else changed "
            + part
            + " while you were looking at it. Nothing you sent was saved: check the latest version"
            + " and make your change again");
  }
}
