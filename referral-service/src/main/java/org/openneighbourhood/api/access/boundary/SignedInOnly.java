package org.openneighbourhood.api.access.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.openneighbourhood.api.problem.control.ProblemResponses;
import org.openneighbourhood.api.problem.entity.Problem;
import org.openneighbourhood.api.problem.entity.ProblemType;

/**
 * Every API request needs a valid Keycloak token. Which role may do what is then decided by the
 * access policy alone (and audited there), not by {@code @RolesAllowed} on the resources.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class SignedInOnly implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() == null) {
      request.abortWith(
          ProblemResponses.of(
                  Problem.of(ProblemType.UNAUTHORIZED, "A valid bearer token is required"))
              .build());
    }
  }
}
