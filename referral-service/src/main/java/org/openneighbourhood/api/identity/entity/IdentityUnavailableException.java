package org.openneighbourhood.api.identity.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

/**
 * Keycloak did not answer, or refused the API's service account. Requests that need it fail closed
 * (503) rather than guess who belongs where.
 */
public class IdentityUnavailableException extends DomainException {

  public IdentityUnavailableException(String why, Throwable cause) {
    super(
        ProblemType.IDENTITY_UNAVAILABLE,
        "Sign-in and organisation membership cannot be checked right now: " + why);
    initCause(cause);
  }
}
