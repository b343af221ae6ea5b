package org.openneighbourhood.portal.api;

/** The request headers the API reads besides the token. */
final class ApiHeaders {

  /** The version the user saw, as the ETag of the read ({@link Versions}). */
  static final String IF_MATCH = "If-Match";

  /** The same key on a retry makes the API answer as it did the first time. */
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private ApiHeaders() {}
}
