package org.openneighbourhood.api.person.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

/** The sex was changed or cleared since the version the change was made on. */
public class StaleSexException extends DomainException {

  public StaleSexException() {
    super(
        ProblemType.STALE,
        "The sex was changed while you were looking at it. Nothing you sent was saved: check what"
            + " is recorded now and make your change again");
  }
}
