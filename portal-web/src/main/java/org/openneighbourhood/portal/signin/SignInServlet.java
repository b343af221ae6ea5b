package org.openneighbourhood.portal.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A protected URL (see web.xml): reaching it unauthenticated starts the OpenID Connect login; once
 * signed in it sends the user to their role's home page.
 */
@WebServlet(urlPatterns = {"/signin", "/callback"})
public class SignInServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + RoleHome.pathFor(SignedInRoles.of(request)));
  }
}
