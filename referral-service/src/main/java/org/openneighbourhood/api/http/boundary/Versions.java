package org.openneighbourhood.api.http.boundary;

import jakarta.ws.rs.core.EntityTag;
import org.openneighbourhood.api.http.entity.VersionRequiredException;

/**
 * How a version travels over HTTP: given out as an ETag, sent back in If-Match by a change, so that
 * a change made on an out-of-date copy is refused rather than overwriting someone else's. A retried
 * create names itself with the {@value #IDEMPOTENCY_KEY} header.
 */
public final class Versions {

  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private Versions() {}

  /** The ETag of a record at a version. */
  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version in an If-Match header ({@code "3"} or {@code W/"3"}); null when none was sent. */
  public static Long ifMatch(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException notOurs) {
      // Not a version this API gave out: no version matches it.
      return -1L;
    }
  }

  /** The version a change was sent with, or a 428 saying it must send one. */
  public static long required(Long version) {
    if (version == null) {
      throw new VersionRequiredException();
    }
    return version;
  }
}
