package org.openneighbourhood.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Someone who works for several organisations and has not chosen one yet cannot work on anything:
 * the API refuses every staff request without an acting organisation. Instead of the page they
 * asked for answering "you cannot see this page", they are sent to choose, and from there on to the
 * page they asked for ({@link #next}).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class OrganisationChoiceFirst extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String CHOOSE = "/choose-organisation.xhtml";

  /** The query parameter that carries the page asked for through the choice. */
  public static final String NEXT = "next";

  /** Pages that need no organisation: the choice itself, the public and the session's own. */
  private static final Set<String> WITHOUT_ORGANISATION =
      Set.of(
          CHOOSE, "/index.xhtml", "/home.xhtml", "/session-ended.xhtml", "/session-expired.xhtml");

  /** A page of this portal, with an ordinary query: nothing that could lead anywhere else. */
  private static final Pattern LOCAL_PAGE =
      Pattern.compile("/[A-Za-z0-9_/-]{1,100}\\.xhtml(\\?[A-Za-z0-9=&%._-]{0,400})?");

  @Inject ActingOrganisation actingOrganisation;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("GET".equals(request.getMethod())
        && request.getUserPrincipal() != null
        && request.getSession(false) != null
        && !WITHOUT_ORGANISATION.contains(path)
        && !path.startsWith("/error/")
        && actingOrganisation.isChoiceNeeded()) {
      String asked =
          request.getQueryString() == null ? path : path + "?" + request.getQueryString();
      response.sendRedirect(
          request.getContextPath()
              + CHOOSE
              + next(asked)
                  .map(p -> "?" + NEXT + "=" + URLEncoder.encode(p, StandardCharsets.UTF_8))
                  .orElse(""));
      return;
    }
    chain.doFilter(request, response);
  }

  /** The page to go on to after the choice, when it is one of this portal's own pages. */
  public static Optional<String> next(String asked) {
    return Optional.ofNullable(asked)
        .filter(page -> LOCAL_PAGE.matcher(page).matches())
        .filter(page -> !page.contains("..") && !page.contains("//") && !page.startsWith(CHOOSE));
  }
}
