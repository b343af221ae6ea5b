package org.openneighbourhood.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.openneighbourhood.portal.configuration.PortalSetting;

/**
 * Payara serves MicroProfile Metrics at {@code /metrics} inside the application at the root
 * context, which is the portal: connection pools, threads, request counts, nobody's business but
 * operations'. Only a scraper presenting the configured token ({@code portal.metrics-token}) as
 * {@code Authorization: Bearer} reads them; anyone else gets 401, and with no token configured the
 * endpoint is not there at all (404).
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsAccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final String BEARER = "Bearer ";

  @Inject transient Config config;

  /** What to answer a request for the metrics. */
  enum Decision {
    READ,
    UNAUTHORIZED,
    NOT_THERE
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    switch (decide(
        PortalSetting.METRICS_TOKEN.lookup(config), request.getHeader("Authorization"))) {
      case READ -> chain.doFilter(request, response);
      case UNAUTHORIZED -> {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      }
      case NOT_THERE -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  /** Compares in constant time, so the answer's timing says nothing of the token. */
  static Decision decide(Optional<String> configured, String authorization) {
    Optional<String> token = configured.map(String::strip).filter(t -> !t.isEmpty());
    if (token.isEmpty()) {
      return Decision.NOT_THERE;
    }
    if (authorization == null || !authorization.startsWith(BEARER)) {
      return Decision.UNAUTHORIZED;
    }
    byte[] presented =
        authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
    byte[] expected = token.get().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(presented, expected) ? Decision.READ : Decision.UNAUTHORIZED;
  }
}
