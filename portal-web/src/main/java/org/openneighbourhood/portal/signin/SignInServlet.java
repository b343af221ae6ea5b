package org.openneighbourhood.portal.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.openneighbourhood.portal.api.OrganisationsApi;
import org.openneighbourhood.portal.security.ActingOrganisation;
import org.openneighbourhood.portal.security.FormToken;
import org.openneighbourhood.portal.security.Roles;

/**
 * A protected URL (see web.xml): reaching it unauthenticated starts the OpenID Connect login; once
 * signed in it sends the user to their role's home page.
 *
 * <p>Keycloak returns to {@code /callback}, where the mechanism has just signed the user in: the
 * session gets a new id there, so an id planted or seen before sign-in (session fixation) is worth
 * nothing afterwards, and a new sign-out form token. The session's contents, the OpenID tokens
 * among them, stay.
 *
 * <p>A user who belongs to several organisations chooses which one they act for before anything
 * else (the API refuses organisation work without that choice).
 */
@WebServlet(urlPatterns = {SignInServlet.SIGN_IN, SignInServlet.CALLBACK})
public class SignInServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String SIGN_IN = "/signin";
  static final String CALLBACK = "/callback";

  static final String CHOOSE_ORGANISATION = "/choose-organisation.xhtml";

  @Inject OrganisationsApi organisationsApi;
  @Inject ActingOrganisation actingOrganisation;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean freshSignIn = CALLBACK.equals(request.getServletPath());
    if (freshSignIn && request.getSession(false) != null) {
      request.changeSessionId();
      FormToken.renew(request.getSession());
    }
    List<String> roles = SignedInRoles.of(request);
    if (freshSignIn && roles.stream().anyMatch(Roles.ORGANISATION::contains)) {
      actingOrganisation.offer(organisationsApi.myOrganisations());
    }
    String next =
        actingOrganisation.isChoiceNeeded() ? CHOOSE_ORGANISATION : RoleHome.pathFor(roles);
    response.sendRedirect(request.getContextPath() + next);
  }
}
