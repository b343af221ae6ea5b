package org.openneighbourhood.api.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.openneighbourhood.api.identity.control.CallerStanding;
import org.openneighbourhood.api.identity.control.TokenClaims;
import org.openneighbourhood.api.problem.control.ProblemResponses;
import org.openneighbourhood.api.problem.entity.Problem;
import org.openneighbourhood.api.problem.entity.ProblemType;

/**
 * Refuses a token whose sign-in session Keycloak has ended (back-channel logout), although the
 * token has not expired: 401 {@code session-ended}, so the portal ends its own session too.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 1)
public class SessionStillOpen implements ContainerRequestFilter {

  @Inject JsonWebToken token;
  @Inject CallerStanding standing;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() == null) {
      return;
    }
    String session = TokenClaims.text(token.getClaim("sid"));
    if (session != null
        && !session.isBlank()
        && standing.of(token.getSubject(), session).sessionEnded()) {
      request.abortWith(
          ProblemResponses.of(
                  Problem.of(
                      ProblemType.SESSION_ENDED, "This sign-in session has ended: sign in again"))
              .build());
    }
  }
}
