package org.openneighbourhood.portal.layout;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

/** Small helpers for page beans. */
public final class Pages {

  private Pages() {}

  /** A plain (non-Faces) input's submitted value, e.g. a radio rendered as NHS.UK markup. */
  public static String parameter(String name) {
    String value =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    return value == null ? "" : value.strip();
  }

  public static Optional<UUID> uuid(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(value.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Answers with the 404 page and stops rendering the current one. */
  public static void notFound() {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    try {
      external.responseSendError(404, "Page not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /** Post/Redirect/Get: the outcome that redirects to a page with one query parameter. */
  public static String redirect(String view, String parameter, Object value) {
    return view + "?faces-redirect=true&" + parameter + "=" + value;
  }
}
