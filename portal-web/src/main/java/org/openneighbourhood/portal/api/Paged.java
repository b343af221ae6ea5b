package org.openneighbourhood.portal.api;

import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * One page of a list the API answers (referrals, a plan's history, a directory search): the rows as
 * the body, the paging in headers (X-Total-Count, X-Total-Count-Capped when the list has more than
 * that, and Link rel=next / rel=prev). A list of referrals names in its links where the page next
 * to it starts ({@code after} and {@code before}), to be passed back as they are.
 */
public record Paged<T>(
    List<T> rows,
    long total,
    int page,
    int size,
    boolean hasNext,
    boolean hasPrevious,
    boolean capped,
    String after,
    String before)
    implements Serializable {

  public static final GenericType<List<Referral>> REFERRALS = new GenericType<>() {};
  public static final GenericType<List<PlanHistoryEntry>> HISTORY = new GenericType<>() {};
  public static final GenericType<List<ServiceMatch>> SERVICES = new GenericType<>() {};
  public static final GenericType<List<CaseloadEntry>> CASELOAD = new GenericType<>() {};

  /** Reads (and closes) an answer that was asked for {@code page} of {@code size}. */
  public static <T> Paged<T> read(
      Response response, GenericType<List<T>> rowType, int page, int size) {
    try (response) {
      List<T> read = response.readEntity(rowType);
      List<T> rows = read == null ? List.of() : read;
      Link next = response.getLink("next");
      Link previous = response.getLink("prev");
      return new Paged<>(
          rows,
          total(response.getHeaderString("X-Total-Count"), rows.size()),
          page,
          size,
          next != null,
          previous != null,
          "true".equals(response.getHeaderString("X-Total-Count-Capped")),
          position(next == null ? null : next.getUri(), "after"),
          position(previous == null ? null : previous.getUri(), "before"));
    }
  }

  /** The value of one query parameter of a link, if it is a position token and nothing else. */
  static String position(URI link, String parameter) {
    if (link == null || link.getRawQuery() == null) {
      return null;
    }
    for (String pair : link.getRawQuery().split("&")) {
      if (pair.startsWith(parameter + "=")) {
        String value = pair.substring(parameter.length() + 1);
        return isPosition(value) ? value : null;
      }
    }
    return null;
  }

  /**
   * Whether a value can be a position the API wrote (URL-safe, short); anything else is ignored.
   */
  public static boolean isPosition(String value) {
    return value != null && value.matches("[A-Za-z0-9_-]{1,200}");
  }

  /** The highest page number the API accepts. */
  static final int LAST_PAGE = 100_000;

  /**
   * The page a query parameter asks for; anything that is not a page number is the first page, and
   * one past the API's last page number is that last page (an empty one).
   */
  public static int pageNumber(String page) {
    if (page != null && page.strip().matches("\\d{1,6}")) {
      return Math.min(LAST_PAGE, Math.max(1, Integer.parseInt(page.strip())));
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

  /** " of 5" after a page number; nothing when the list is longer than its count says. */
  public String getOfPages() {
    return capped ? "" : " of " + getPages();
  }

  /** How many rows the list has, "1,000+" when it has more than its count. */
  public String getTotalLabel() {
    return String.format(Locale.UK, "%,d", total) + (capped ? "+" : "");
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
