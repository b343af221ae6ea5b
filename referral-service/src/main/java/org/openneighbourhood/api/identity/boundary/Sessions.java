package org.openneighbourhood.api.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.identity.control.EndedSessions;
import org.openneighbourhood.api.identity.control.LogoutTokens;

/**
 * Keycloak says a sign-in session has ended (the user signed out, or an admin ended their
 * sessions): from then on every instance refuses that session's tokens, and the portal, refused,
 * ends its own session. This replaces asking Keycloak before every page whether the session lives.
 */
@ApplicationScoped
public class Sessions {

  @Inject AccessPolicy policy;
  @Inject LogoutTokens logoutTokens;
  @Inject EndedSessions ended;

  public void endedInKeycloak(String logoutToken) {
    policy.checkPublic(Operation.SESSION_END);
    ended.end(logoutTokens.endedSession(logoutToken));
  }
}
