package org.openneighbourhood.portal.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;
import org.openneighbourhood.portal.security.FormToken;

/**
 * Ends the portal session and, through the OpenID mechanism's logout (see {@code OpenIdSignIn}),
 * the Keycloak session; Keycloak then sends the browser back to the start page.
 *
 * <p>Only the header's sign-out form does it: a POST carrying the session's {@link FormToken}.
 * Anything else (a GET from a link or an image on another site, a post without the token) changes
 * nothing and lands on the start page, which shows whether the user is still signed in. Someone
 * already signed out just goes to the start page.
 */
@WebServlet(SignOutServlet.PATH)
public class SignOutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SignOutServlet.class.getName());

  static final String PATH = "/signout";
  static final String TOKEN_PARAMETER = "token";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    toStartPage(request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session == null) {
      toStartPage(request, response);
      return;
    }
    if (!FormToken.matches(session, request.getParameter(TOKEN_PARAMETER))) {
      LOG.warning("Sign-out refused: the form token is missing or wrong");
      toStartPage(request, response);
      return;
    }
    if (request.getUserPrincipal() != null) {
      request.logout();
    }
    HttpSession stillThere = request.getSession(false);
    if (stillThere != null) {
      stillThere.invalidate();
    }
    if (!response.isCommitted()) {
      toStartPage(request, response);
    }
  }

  /** 303: the browser follows with a GET, whatever the method it came with. */
  private static void toStartPage(HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + "/");
  }
}
