package org.openneighbourhood.portal.layout;

import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.problem.ErrorPages;

/** Small helpers for page beans. */
public final class Pages {

  private Pages() {}

  /** A plain (non-Faces) input's submitted value, e.g. a radio rendered as NHS.UK markup. */
  public static String parameter(String name) {
    String value =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    return value == null ? "" : value.strip();
  }

  /** Every value sent for a field that may be sent more than once (checkboxes), stripped. */
  public static List<String> parameterValues(String name) {
    String[] values =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get(name);
    return values == null ? List.of() : Arrays.stream(values).map(String::strip).toList();
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
    ErrorPages.show(FacesContext.getCurrentInstance(), 404);
  }

  /** Answers with the "you cannot see this page" page and stops rendering the current one. */
  public static void forbidden() {
    ErrorPages.show(FacesContext.getCurrentInstance(), 403);
  }

  /**
   * The record id a page was opened with, or the 404 page (and empty) when it is missing or not an
   * id.
   */
  public static Optional<UUID> idOrNotFound(String id) {
    Optional<UUID> uuid = uuid(id);
    if (uuid.isEmpty()) {
      notFound();
    }
    return uuid;
  }

  /** Post/Redirect/Get: the outcome that redirects to a page with one query parameter. */
  public static String redirect(String view, String parameter, Object value) {
    return view + "?faces-redirect=true&" + parameter + "=" + value;
  }
}
