package org.openneighbourhood.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openneighbourhood.portal.configuration.OidcConfig;

/**
 * Sets {@link SecurityHeaders} on every response the portal's own code or the container's error
 * dispatch produces: a 403 from a security constraint or a 404 for a missing asset never passes the
 * request filters, only the error dispatch.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject OidcConfig oidcConfig;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.write(request, response, providerOrigin(oidcConfig));
    chain.doFilter(request, response);
  }

  /** Blank when the configuration is unusable: the start-up check reports that, not every page. */
  static String providerOrigin(OidcConfig oidcConfig) {
    try {
      return oidcConfig.getProviderOrigin();
    } catch (RuntimeException e) {
      return "";
    }
  }
}
