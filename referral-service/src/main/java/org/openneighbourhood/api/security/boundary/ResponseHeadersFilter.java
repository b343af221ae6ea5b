package org.openneighbourhood.api.security.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Every API response carries personal data or says something about it, and none is meant to be
 * shown as a page: browsers must not cache, sniff, frame or render it as HTML. A servlet filter
 * rather than a JAX-RS one, so that the container's own answers (401 for a missing token, the
 * problem-details error page) get the headers too.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ResponseHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final Map<String, String> HEADERS =
      Map.of(
          "Cache-Control", "no-store",
          "X-Content-Type-Options", "nosniff",
          "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "no-referrer",
          "Strict-Transport-Security", "max-age=31536000; includeSubDomains");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HEADERS.forEach(response::setHeader);
    chain.doFilter(request, response);
  }
}
