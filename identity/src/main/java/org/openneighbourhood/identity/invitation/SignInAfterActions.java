package org.openneighbourhood.identity.invitation;

import java.util.function.UnaryOperator;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Decides how a link e-mailed by Keycloak ends once its actions are done. Keycloak ends every such
 * link opened without a sign-in in progress with "your account has been updated" and no session
 * (its note {@link AuthenticationManager#END_AFTER_REQUIRED_ACTIONS}); a link that names a return
 * address the link's client registered ends instead as that client's sign-in would: a session for
 * the link's user and Keycloak's answer to the client at that address.
 *
 * <p>Nothing else changes: the link is still checked, used once and expired by Keycloak, and names
 * its user; a link without a return address, or with one the client does not register (now), keeps
 * Keycloak's ending.
 */
final class SignInAfterActions {

  private SignInAfterActions() {}

  /**
   * Sets or removes the ending note on {@code authSession}, for a link that names {@code
   * returnAddress} (null when none); {@code registered} answers the client's registered address
   * that matches, or null (Keycloak's {@code RedirectUtils.verifyRedirectUri}).
   */
  static void decide(
      AuthenticationSessionModel authSession,
      String returnAddress,
      UnaryOperator<String> registered) {
    if (returnAddress != null && registered.apply(returnAddress) != null) {
      authSession.removeAuthNote(AuthenticationManager.END_AFTER_REQUIRED_ACTIONS);
    } else {
      authSession.setAuthNote(AuthenticationManager.END_AFTER_REQUIRED_ACTIONS, "true");
    }
  }
}
