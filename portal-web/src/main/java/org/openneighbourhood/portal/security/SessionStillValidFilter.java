package org.openneighbourhood.portal.security;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the portal session as soon as the sign-in session behind it has ended in Keycloak: an
 * organisation admin deactivated the user, or they signed out elsewhere. Before each page, the
 * user's access token is shown to Keycloak's userinfo endpoint, which refuses it (401) once the
 * session is gone. An expired token is left to the sign-in mechanism's own refresh, and a Keycloak
 * that cannot answer does not sign anyone out (the API refuses on its own then).
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class SessionStillValidFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SessionStillValidFilter.class.getName());

  static final String SESSION_ENDED = "/session-ended.xhtml";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  @Inject OpenIdContext openIdContext;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session != null
        && !request.getServletPath().startsWith("/jakarta.faces.resource")
        && !SESSION_ENDED.equals(request.getServletPath())
        && endedInKeycloak()) {
      session.invalidate();
      response.sendRedirect(request.getContextPath() + SESSION_ENDED);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean endedInKeycloak() {
    Optional<AccessToken> token = accessToken();
    Optional<String> userinfo = token.flatMap(t -> userinfoEndpoint());
    if (token.isEmpty() || token.get().isExpired() || userinfo.isEmpty()) {
      return false;
    }
    try {
      HttpResponse<Void> answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(userinfo.get()))
                  .timeout(Duration.ofSeconds(3))
                  .header("Authorization", "Bearer " + token.get().getToken())
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return answer.statusCode() == 401;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Keycloak did not answer whether a session is still active", e);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Empty when nobody is signed in in this session. */
  private Optional<AccessToken> accessToken() {
    try {
      return Optional.ofNullable(openIdContext.getAccessToken());
    } catch (RuntimeException notSignedIn) {
      return Optional.empty();
    }
  }

  private Optional<String> userinfoEndpoint() {
    try {
      JsonObject metadata = openIdContext.getProviderMetadata();
      return Optional.ofNullable(metadata.getString("userinfo_endpoint", null));
    } catch (RuntimeException noMetadata) {
      return Optional.empty();
    }
  }
}
