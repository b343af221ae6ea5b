package org.openneighbourhood.identity.invitation;

import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionTokenHandler;
import org.keycloak.protocol.oidc.utils.RedirectUtils;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Keycloak's handler of the links its "execute actions" e-mails carry (an invitation's "choose a
 * password"), which ends a link that returns to an application by signing its user in there (see
 * {@link SignInAfterActions}) rather than on "your account has been updated", where the invited
 * person would have to sign in again.
 *
 * <p>It takes the place of Keycloak's own handler by having the same id ({@code execute-actions},
 * the links' token type) and a higher {@link #order()}. Everything else is Keycloak's: the checks
 * of the link (signature, expiry, user, e-mail, return address), its single use, the actions.
 */
public class InvitationSignIn extends ExecuteActionsActionTokenHandler {

  /** Above Keycloak's handler (0), which Keycloak then leaves unused. */
  static final int ORDER = 10;

  @Override
  public Response handleToken(
      ExecuteActionsActionToken token, ActionTokenContext<ExecuteActionsActionToken> context) {
    AuthenticationSessionModel authSession = context.getAuthenticationSession();
    // Decided at every step (the first opening, then "Continue"), against the client as it is now
    SignInAfterActions.decide(
        authSession,
        token.getRedirectUri(),
        address ->
            RedirectUtils.verifyRedirectUri(
                context.getSession(), address, authSession.getClient()));
    return super.handleToken(token, context);
  }

  @Override
  public int order() {
    return ORDER;
  }
}
