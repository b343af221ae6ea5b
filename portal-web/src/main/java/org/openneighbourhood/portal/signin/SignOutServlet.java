package org.openneighbourhood.portal.signin;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openneighbourhood.portal.configuration.OidcConfig;

/**
 * Ends the portal session and the Keycloak session (RP-initiated logout), then Keycloak sends the
 * browser back to the start page. Without the Keycloak step the next sign-in would be silent.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(SignOutServlet.class.getName());

  @Inject OpenIdContext openIdContext;
  @Inject OidcConfig oidcConfig;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String home = baseUrl(request) + "/";
    Optional<String> endSession = Optional.empty();
    Optional<String> idToken = Optional.empty();
    // /signout is not a protected URL, so the caller may not be restored: the session is the test.
    if (request.getSession(false) != null) {
      try {
        endSession = endSessionEndpoint(openIdContext.getProviderMetadata());
        idToken = Optional.ofNullable(openIdContext.getIdentityToken().getToken());
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "No OpenID context to sign out of", e);
      }
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    if (endSession.isEmpty() || idToken.isEmpty()) {
      response.sendRedirect(home);
      return;
    }
    StringBuilder url = new StringBuilder(endSession.get());
    url.append(endSession.get().contains("?") ? '&' : '?');
    url.append("post_logout_redirect_uri=").append(encode(home));
    url.append("&client_id=").append(encode(oidcConfig.getClientId()));
    url.append("&id_token_hint=").append(encode(idToken.get()));
    response.sendRedirect(url.toString());
  }

  private static Optional<String> endSessionEndpoint(JsonObject metadata) {
    if (metadata == null || !metadata.containsKey("end_session_endpoint")) {
      return Optional.empty();
    }
    return Optional.of(metadata.getString("end_session_endpoint"));
  }

  private static String baseUrl(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + request.getContextPath();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
