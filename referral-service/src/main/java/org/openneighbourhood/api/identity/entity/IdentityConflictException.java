package org.openneighbourhood.api.identity.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

/** Keycloak already holds what was to be created (an organisation alias, a membership). */
public class IdentityConflictException extends DomainException {

  public IdentityConflictException(String what) {
    super(ProblemType.ALREADY_EXISTS, "Could not " + what + ": it already exists");
  }
}
