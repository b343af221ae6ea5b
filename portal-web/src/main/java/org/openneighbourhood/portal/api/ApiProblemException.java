package org.openneighbourhood.portal.api;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An error answer from referral-service (RFC 9457 problem details). Pages decide by status and
 * slug, never by message text; field errors are shown next to the matching input.
 */
public class ApiProblemException extends RuntimeException {

  private static final String TYPE_PREFIX = "urn:neighbourhood:problem:";

  private final int status;
  private final String slug;
  private final String detail;
  private final List<FieldError> fieldErrors;

  public ApiProblemException(int status, String type, String detail, List<FieldError> errors) {
    super("referral-service answered " + status + " " + slugOf(type));
    this.status = status;
    this.slug = slugOf(type);
    this.detail = detail == null ? "" : detail;
    this.fieldErrors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** The answer of a call whose 404 means "there is none": then empty. Other problems go on. */
  public static <T> Optional<T> unlessNotFound(Supplier<T> call) {
    try {
      return Optional.ofNullable(call.get());
    } catch (ApiProblemException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** "urn:neighbourhood:problem:not-found" gives "not-found"; anything else its last part. */
  public static String slugOf(String type) {
    if (type == null || type.isBlank() || "about:blank".equals(type)) {
      return "unknown";
    }
    if (type.startsWith(TYPE_PREFIX)) {
      return type.substring(TYPE_PREFIX.length());
    }
    int cut = Math.max(type.lastIndexOf(':'), type.lastIndexOf('/'));
    return cut >= 0 && cut < type.length() - 1 ? type.substring(cut + 1) : type;
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String detail() {
    return detail;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  public boolean is(int status, String slug) {
    return this.status == status && this.slug.equals(slug);
  }
}
