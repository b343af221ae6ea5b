package org.openneighbourhood.portal.api;

import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.util.List;

/**
 * One page of a list the API answers (referrals, a plan's history, a directory search): the rows as
 * the body, the paging in headers (X-Total-Count, and Link rel=next / rel=prev).
 */
public record Paged<T>(
    List<T> rows, long total, int page, int size, boolean hasNext, boolean hasPrevious)
    implements Serializable {

  public static final GenericType<List<Referral>> REFERRALS = new GenericType<>() {};
  public static final GenericType<List<PlanHistoryEntry>> HISTORY = new GenericType<>() {};
  public static final GenericType<List<ServiceMatch>> SERVICES = new GenericType<>() {};

  /** Reads (and closes) an answer that was asked for {@code page} of {@code size}. */
  public static <T> Paged<T> read(
      Response response, GenericType<List<T>> rowType, int page, int size) {
    try (response) {
      List<T> read = response.readEntity(rowType);
      List<T> rows = read == null ? List.of() : read;
      return new Paged<>(
          rows,
          total(response.getHeaderString("X-Total-Count"), rows.size()),
          page,
          size,
          response.getLink("next") != null,
          response.getLink("prev") != null);
    }
  }

  /** The page a query parameter asks for; anything that is not a page number is the first page. */
  public static int pageNumber(String page) {
    if (page != null && page.strip().matches("\\d{1,6}")) {
      return Math.max(1, Integer.parseInt(page.strip()));
    }
    return 1;
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
    return rows.isEmpty();
  }
}
