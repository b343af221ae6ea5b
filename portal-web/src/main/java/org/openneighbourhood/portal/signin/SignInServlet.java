package org.openneighbourhood.portal.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openneighbourhood.portal.security.FormToken;

/**
 * A protected URL (see web.xml): reaching it unauthenticated starts the OpenID Connect login; once
 * signed in it sends the user to their role's home page.
 *
 * <p>Keycloak returns to {@code /callback}, where the mechanism has just signed the user in: the
 * session gets a new id there, so an id planted or seen before sign-in (session fixation) is worth
 * nothing afterwards, and a new sign-out form token. The session's contents, the OpenID tokens
 * among them, stay.
 */
@WebServlet(urlPatterns = {SignInServlet.SIGN_IN, SignInServlet.CALLBACK})
public class SignInServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String SIGN_IN = "/signin";
  static final String CALLBACK = "/callback";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (CALLBACK.equals(request.getServletPath()) && request.getSession(false) != null) {
      request.changeSessionId();
      FormToken.renew(request.getSession());
    }
    response.sendRedirect(request.getContextPath() + RoleHome.pathFor(SignedInRoles.of(request)));
  }
}
