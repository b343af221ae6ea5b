package org.openneighbourhood.portal.problem;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders one of the portal's error pages in place, with its HTTP status. The container's error
 * dispatch cannot be used from a form post: the error page would be treated as a postback of the
 * form's view and fail, leaving the server's bare error report.
 *
 * <p>What the failed page had written is thrown away, but not the headers set before it started:
 * the security headers (no-store above all) and a new session's cookie.
 */
public final class ErrorPages {

  /** Headers that describe the failed page's body or send the browser elsewhere. */
  private static final Set<String> REPLACED_HEADERS =
      Set.of("content-type", "content-length", "content-language", "transfer-encoding", "location");

  /** When the "try again in a few minutes" of the unavailable page says to come back. */
  public static final String RETRY_AFTER_SECONDS = "120";

  /**
   * The request attribute that says what is unavailable: {@link #SIGN_IN} makes the page say that
   * sign-in is.
   */
  public static final String UNAVAILABLE = "neighbourhood.unavailable";

  public static final String SIGN_IN = "sign-in";

  private ErrorPages() {}

  /** Every header but those about the failed page's body or a redirect. */
  static Map<String, List<String>> headersToKeep(HttpServletResponse response) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    for (String name : response.getHeaderNames()) {
      if (!REPLACED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        kept.putIfAbsent(name, List.copyOf(response.getHeaders(name)));
      }
    }
    return kept;
  }

  public static String viewFor(int status) {
    return switch (status) {
      case 403 -> "/error/forbidden.xhtml";
      case 404 -> "/error/not-found.xhtml";
      case 503 -> "/error/unavailable.xhtml";
      default -> "/error/problem.xhtml";
    };
  }

  /** Replaces whatever was going to be rendered with the error page for {@code status}. */
  public static void show(FacesContext context, int status) {
    ExternalContext external = context.getExternalContext();
    Map<String, List<String>> kept =
        external.getResponse() instanceof HttpServletResponse response
            ? headersToKeep(response)
            : Map.of();
    external.responseReset();
    kept.forEach((name, values) -> values.forEach(v -> external.addResponseHeader(name, v)));
    external.setResponseStatus(status);
    if (status == 503) {
      external.addResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
    }
    ViewHandler handler = context.getApplication().getViewHandler();
    UIViewRoot view = handler.createView(context, viewFor(status));
    context.setViewRoot(view);
    try {
      handler.getViewDeclarationLanguage(context, view.getViewId()).buildView(context, view);
      handler.renderView(context, view);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }
}
