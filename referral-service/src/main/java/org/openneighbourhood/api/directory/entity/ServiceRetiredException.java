package org.openneighbourhood.api.directory.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

/** Its organisation has taken the service out of the directory, so its entry no longer changes. */
public class ServiceRetiredException extends DomainException {

  public ServiceRetiredException(String serviceName) {
    super(
        ProblemType.SERVICE_RETIRED,
        serviceName
            + " has been taken out of the directory, so its entry no longer changes; add it again"
            + " if it runs again");
  }
}
