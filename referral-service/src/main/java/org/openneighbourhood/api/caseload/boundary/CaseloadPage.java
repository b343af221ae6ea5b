package org.openneighbourhood.api.caseload.boundary;

import java.util.List;
import org.openneighbourhood.api.caseload.control.CaseloadRepository;
import org.openneighbourhood.api.caseload.control.CaseloadRepository.Row;

/**
 * One page of a caseload: its people as the caller may see them, how many people the caseload has,
 * and where the pages either side start.
 *
 * @param after the position the next page starts after; null when this is the last page
 * @param before the position the previous page ends before; null when it is the first page
 */
public record CaseloadPage(
    List<CaseloadEntryView> rows,
    int page,
    int size,
    long total,
    String after,
    String before,
    boolean hasPrevious) {

  static CaseloadPage of(
      CaseloadRequest request, CaseloadRepository.Page found, List<CaseloadEntryView> rows) {
    List<Row> read = found.rows();
    // Read backwards, "more" says whether there are people before the page; forwards, after it.
    boolean hasNext = request.backward() ? !read.isEmpty() : found.more();
    boolean hasPrevious = request.backward() ? found.more() : request.page() > 1;
    return new CaseloadPage(
        rows,
        request.page(),
        request.size(),
        found.total(),
        hasNext && !read.isEmpty() ? read.get(read.size() - 1).position().token() : null,
        hasPrevious && !read.isEmpty() ? read.get(0).position().token() : null,
        hasPrevious);
  }

  public boolean hasNext() {
    return after != null;
  }
}
