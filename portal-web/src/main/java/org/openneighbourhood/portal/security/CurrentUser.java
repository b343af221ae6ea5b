package org.openneighbourhood.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The signed-in user as the page header shows them. */
@Named
@RequestScoped
public class CurrentUser {

  private static final Logger LOG = Logger.getLogger(CurrentUser.class.getName());

  @Inject SecurityContext securityContext;
  @Inject OpenIdContext openIdContext;
  @Inject HttpServletRequest request;
  @Inject ReplicatedSignIn replicatedSignIn;

  /**
   * On public pages the container may not restore the caller, but the OpenID tokens are still in
   * the session; either means the user is signed in. Never creates a session for anonymous users.
   */
  public boolean isSignedIn() {
    if (securityContext.getCallerPrincipal() != null) {
      return true;
    }
    if (request.getSession(false) == null) {
      return false;
    }
    try {
      return openIdContext.getSubject() != null;
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "No OpenID context in this session", e);
      return false;
    }
  }

  public String getDisplayName() {
    Principal principal = securityContext.getCallerPrincipal();
    Optional<String> name = Optional.empty();
    try {
      // On an instance that took the session over from another, only the replicated copy has it.
      name =
          openIdContext.getAccessToken() != null
              ? openIdContext.getClaims().getName()
              : replicatedSignIn.displayName();
    } catch (RuntimeException e) {
      // No OpenID context in this request (e.g. an error page); the caller name still helps.
      LOG.log(Level.FINE, "No OpenID claims for the header", e);
    }
    return name.filter(n -> !n.isBlank()).orElse(principal == null ? "" : principal.getName());
  }

  public boolean hasRole(String role) {
    return securityContext.isCallerInRole(role);
  }

  /** For the header's sign-out form; blank without a session (nobody to sign out). */
  public String getFormToken() {
    HttpSession session = request.getSession(false);
    return session == null ? "" : FormToken.of(session);
  }
}
