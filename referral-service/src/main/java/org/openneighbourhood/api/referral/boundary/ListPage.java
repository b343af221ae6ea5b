package org.openneighbourhood.api.referral.boundary;

import java.util.List;
import org.openneighbourhood.api.referral.control.ListPosition;
import org.openneighbourhood.api.referral.control.ReferralRepository;
import org.openneighbourhood.api.referral.entity.Referral;

/**
 * One page of a list of referrals: its rows as the caller may see them, how many the list has (up
 * to {@link Referrals#COUNT_CAP}, and whether it has more), and where the pages either side start.
 *
 * @param after the position the next page starts after; null when this is the last page
 * @param before the position the previous page ends before; null when it is the first page
 */
public record ListPage(
    List<ReferralView> rows,
    int page,
    int size,
    long total,
    boolean totalCapped,
    String after,
    String before,
    boolean hasPrevious) {

  static ListPage of(
      ListRequest request,
      ReferralRepository.Page found,
      List<ReferralView> rows,
      long total,
      boolean totalCapped) {
    List<Referral> read = found.rows();
    // Read backwards, "more" says whether there are rows before the page; forwards, after it.
    boolean hasNext = request.backward() ? !read.isEmpty() : found.more();
    boolean hasPrevious = request.backward() ? found.more() : request.page() > 1;
    return new ListPage(
        rows,
        request.page(),
        request.size(),
        total,
        totalCapped,
        hasNext && !read.isEmpty() ? ListPosition.of(read.get(read.size() - 1)).token() : null,
        hasPrevious && !read.isEmpty() ? ListPosition.of(read.get(0)).token() : null,
        hasPrevious);
  }

  public boolean hasNext() {
    return after != null;
  }
}
