package org.openneighbourhood.api.person.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

/** The ethnic group was changed or cleared since the version the change was made on. */
public class StaleEthnicityException extends DomainException {

  public StaleEthnicityException() {
    super(
        ProblemType.STALE,
        "The ethnic group was changed while you were looking at it. Nothing you sent was saved:"
            + " check what is recorded now and make your change again");
  }
}
