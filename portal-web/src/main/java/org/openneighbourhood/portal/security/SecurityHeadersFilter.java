package org.openneighbourhood.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openneighbourhood.portal.configuration.OidcConfig;

/**
 * Headers that keep pages safe in the browser. The policy allows no inline script or style: the
 * pages use none, and the NHS.UK script is loaded as a module from our own origin.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  @Inject OidcConfig oidcConfig;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", contentSecurityPolicy(providerOrigin()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    if (!isStatic(request.getRequestURI().substring(request.getContextPath().length()))) {
      // Pages carry personal data: never keep them in a shared or back-button cache.
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(request, response);
  }

  private String providerOrigin() {
    try {
      return oidcConfig.getProviderOrigin();
    } catch (RuntimeException e) {
      return "";
    }
  }

  static String contentSecurityPolicy(String providerOrigin) {
    String formAction = providerOrigin.isBlank() ? "'self'" : "'self' " + providerOrigin;
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "form-action "
        + formAction
        + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
  }

  static boolean isStatic(String path) {
    return path.startsWith("/assets/") || path.startsWith("/static/");
  }
}
