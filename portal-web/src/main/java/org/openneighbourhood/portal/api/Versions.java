package org.openneighbourhood.portal.api;

import java.util.Optional;

/**
 * Referral versions as they travel: a number in a page's hidden field, a quoted entity tag in
 * If-Match. Sending the version the user saw lets the API refuse a change made on an old view.
 */
public final class Versions {

  private Versions() {}

  public static String ifMatch(long version) {
    return "\"" + version + "\"";
  }

  /** The If-Match value for a version a form sent back; empty when it is not a version. */
  public static Optional<String> ifMatch(String submitted) {
    if (submitted == null || !submitted.strip().matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(ifMatch(Long.parseLong(submitted.strip())));
  }
}
