package org.openneighbourhood.portal.problem;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders one of the portal's error pages in place, with its HTTP status. The container's error
 * dispatch cannot be used from a form post: the error page would be treated as a postback of the
 * form's view and fail, leaving the server's bare error report.
 */
public final class ErrorPages {

  private ErrorPages() {}

  static String viewFor(int status) {
    return switch (status) {
      case 403 -> "/error/forbidden.xhtml";
      case 404 -> "/error/not-found.xhtml";
      default -> "/error/problem.xhtml";
    };
  }

  /** Replaces whatever was going to be rendered with the error page for {@code status}. */
  public static void show(FacesContext context, int status) {
    ExternalContext external = context.getExternalContext();
    external.responseReset();
    external.setResponseStatus(status);
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
