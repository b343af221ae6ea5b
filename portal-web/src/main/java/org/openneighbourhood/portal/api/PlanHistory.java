package org.openneighbourhood.portal.api;

import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * One page of a plan's history, newest first. Like the referral lists, the API sends the page as
 * the body and the paging in headers: X-Total-Count, and Link rel=next / rel=prev.
 */
public record PlanHistory(
    List<PlanHistoryEntry> entries,
    long total,
    int page,
    int size,
    boolean hasNext,
    boolean hasPrevious) {

  private static final GenericType<List<PlanHistoryEntry>> ENTRIES = new GenericType<>() {};

  /** Reads (and closes) a history answer that was asked for {@code page} of {@code size}. */
  public static PlanHistory read(Response response, int page, int size) {
    try (response) {
      List<PlanHistoryEntry> entries = response.readEntity(ENTRIES);
      List<PlanHistoryEntry> list = entries == null ? List.of() : entries;
      return new PlanHistory(
          list,
          ReferralList.total(response.getHeaderString("X-Total-Count"), list.size()),
          page,
          size,
          response.getLink("next") != null,
          response.getLink("prev") != null);
    }
  }

  /** How many pages there are, at least one. */
  public long getPages() {
    return Math.max(1, (total + size - 1) / size);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
