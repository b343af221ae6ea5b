package org.openneighbourhood.api.access.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

public class AccessDeniedException extends DomainException {

  private AccessDeniedException(ProblemType type, String message) {
    super(type, message);
  }

  public static AccessDeniedException forbidden(String message) {
    return new AccessDeniedException(ProblemType.FORBIDDEN, message);
  }

  public static AccessDeniedException noActingOrganisation(String message) {
    return new AccessDeniedException(ProblemType.NO_ACTING_ORGANISATION, message);
  }
}
