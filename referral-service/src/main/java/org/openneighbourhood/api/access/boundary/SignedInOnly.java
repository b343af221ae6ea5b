package org.openneighbourhood.api.access.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.problem.control.ProblemResponses;
import org.openneighbourhood.api.problem.entity.Problem;
import org.openneighbourhood.api.problem.entity.ProblemType;

/**
 * Every API request needs a valid Keycloak token, except for an operation the policy table gives to
 * {@code anyone} (the public Open Referral API, which holds nobody's personal data). Which role may
 * do what is then decided by the access policy alone (and audited there), not by
 * {@code @RolesAllowed} on the resources.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class SignedInOnly implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Inject AccessPolicy policy;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() == null && !isPublic()) {
      request.abortWith(
          ProblemResponses.of(
                  Problem.of(ProblemType.UNAUTHORIZED, "A valid bearer token is required"))
              .build());
    }
  }

  private boolean isPublic() {
    Method method = resource == null ? null : resource.getResourceMethod();
    Guarded guarded = method == null ? null : method.getAnnotation(Guarded.class);
    return guarded != null && policy.isPublic(guarded.value());
  }
}
