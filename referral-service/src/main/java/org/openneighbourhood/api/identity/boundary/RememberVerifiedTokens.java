package org.openneighbourhood.api.identity.boundary;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps the bearer token MicroProfile JWT has just verified for this request in {@link
 * VerifiedTokens}, so that the caller's next request with it is not verified again. The container
 * authenticates before any filter runs, so the caller is known here.
 */
@WebFilter(urlPatterns = "/*")
public class RememberVerifiedTokens extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient SecurityContext security;
  @Inject transient VerifiedTokens verified;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    verified.remember(security.getCallerPrincipal());
    chain.doFilter(request, response);
  }
}
