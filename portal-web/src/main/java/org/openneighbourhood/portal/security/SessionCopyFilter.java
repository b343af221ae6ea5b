package org.openneighbourhood.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * After each page request, copies the session to the data grid ({@link SessionCopies}), and drops
 * the copy under an id the session no longer has: renewed at sign-in, ended by signing out or by
 * Keycloak, or taken over from another instance. Styles, scripts and images change nothing in the
 * session and are left out.
 */
@WebFilter(urlPatterns = "/*")
public class SessionCopyFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject SessionCopies copies;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SecurityHeaders.isStatic(
        request.getRequestURI().substring(request.getContextPath().length()))) {
      chain.doFilter(request, response);
      return;
    }
    String before = idOf(request.getSession(false));
    try {
      chain.doFilter(request, response);
    } finally {
      copies.save(request);
      String after = idOf(request.getSession(false));
      if (before != null && !before.equals(after)) {
        copies.forget(before);
      }
      if (request.getAttribute(SessionCopies.TAKEN_OVER_FROM) instanceof String old
          && !old.equals(after)) {
        copies.forget(old);
      }
    }
  }

  private static String idOf(HttpSession session) {
    try {
      return session == null ? null : session.getId();
    } catch (IllegalStateException invalidated) {
      return null;
    }
  }
}
