package org.openneighbourhood.portal.api;

import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * One page of a list of referrals. The API sends the page as the body and the paging in headers:
 * X-Total-Count, and Link rel=next / rel=prev when there is such a page.
 */
public record ReferralList(
    List<Referral> referrals,
    long total,
    int page,
    int size,
    boolean hasNext,
    boolean hasPrevious) {

  private static final GenericType<List<Referral>> REFERRALS = new GenericType<>() {};

  /** Reads (and closes) a list answer that was asked for {@code page} of {@code size}. */
  public static ReferralList read(Response response, int page, int size) {
    try (response) {
      List<Referral> referrals = response.readEntity(REFERRALS);
      long total = total(response.getHeaderString("X-Total-Count"), referrals.size());
      return new ReferralList(
          referrals == null ? List.of() : referrals,
          total,
          page,
          size,
          response.getLink("next") != null,
          response.getLink("prev") != null);
    }
  }

  static long total(String header, int fallback) {
    if (header != null) {
      try {
        return Long.parseLong(header.strip());
      } catch (NumberFormatException e) {
        // fall through: the page itself is all that is known
      }
    }
    return fallback;
  }

  /** How many pages there are, at least one. */
  public long getPages() {
    return Math.max(1, (total + size - 1) / size);
  }

  public boolean isEmpty() {
    return referrals.isEmpty();
  }
}
