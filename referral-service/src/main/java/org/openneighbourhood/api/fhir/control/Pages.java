package org.openneighbourhood.api.fhir.control;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import java.util.function.LongSupplier;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Paging of a search by {@code _offset} and {@code _count}: every page is read afresh from the
 * database, so any instance answers any page (no result set is kept in memory), and HAPI writes the
 * {@code next} and {@code previous} links from the offset, the page size and the total.
 */
public final class Pages {

  public static final int DEFAULT_SIZE = 20;
  public static final int LARGEST_SIZE = 100;

  /** The furthest a search may page: as far as the REST API's lists (100,000 pages of 100). */
  public static final int LARGEST_OFFSET = 10_000_000;

  /** One page asked for. */
  public record Page(int offset, int size) {

    /** The page's resources as HAPI's bundle provider, which knows the search's total. */
    public IBundleProvider answer(List<? extends IBaseResource> resources, long total) {
      SimpleBundleProvider provider = new SimpleBundleProvider(List.copyOf(resources));
      provider.setCurrentPageOffset(offset);
      provider.setCurrentPageSize(size);
      provider.setSize((int) Math.min(total, Integer.MAX_VALUE));
      return provider;
    }
  }

  private Pages() {}

  /**
   * How many rows a search finds in all, with a count only when its page cannot tell: a page with
   * rows on it but fewer than asked for is the last, and so is an empty first page. Past the end,
   * or on a full page, {@code count} runs.
   */
  public static long total(int offset, int size, int found, LongSupplier count) {
    boolean last = found < size && (found > 0 || offset == 0);
    return last ? (long) offset + found : count.getAsLong();
  }

  public static Page of(Integer offset, Integer count) {
    int size = count == null ? DEFAULT_SIZE : count;
    int from = offset == null ? 0 : offset;
    if (size < 1 || size > LARGEST_SIZE) {
      throw new InvalidRequestException("_count takes 1 to " + LARGEST_SIZE);
    }
    if (from < 0 || from > LARGEST_OFFSET) {
      throw new InvalidRequestException("_offset takes 0 to " + LARGEST_OFFSET);
    }
    return new Page(from, size);
  }
}
