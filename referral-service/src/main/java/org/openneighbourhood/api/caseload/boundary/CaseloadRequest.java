package org.openneighbourhood.api.caseload.boundary;

import java.util.ArrayList;
import java.util.List;
import org.openneighbourhood.api.caseload.control.CaseloadPosition;
import org.openneighbourhood.api.caseload.control.CaseloadRepository.Window;
import org.openneighbourhood.api.http.boundary.Paging;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * Which page of a caseload the caller asks for: its number (for the links), its size, and where it
 * starts: after the last person of the page before, before the first of the page after, or, for an
 * address with a page number only, that many people in.
 */
public record CaseloadRequest(int page, int size, CaseloadPosition after, CaseloadPosition before) {

  public static CaseloadRequest first(int size) {
    return new CaseloadRequest(1, size, null, null);
  }

  /** The request a query names, or a 400 listing every parameter that is not one of ours. */
  public static CaseloadRequest parse(String page, String size, String after, String before) {
    List<FieldProblem> problems = new ArrayList<>();
    int pageNumber = Paging.pageNumber(page, problems);
    int pageSize = Paging.pageSize(size, problems);
    CaseloadPosition from = position(after, "after", problems);
    CaseloadPosition to = position(before, "before", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new CaseloadRequest(pageNumber, pageSize, from, to);
  }

  private static CaseloadPosition position(String token, String field, List<FieldProblem> out) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    return CaseloadPosition.parse(token)
        .orElseGet(
            () -> {
              out.add(
                  new FieldProblem(
                      field,
                      "This is not a place in the list: follow the list's next and previous"
                          + " links"));
              return null;
            });
  }

  Window window() {
    return new Window(after, before, (page - 1L) * size, size);
  }

  boolean backward() {
    return after == null && before != null;
  }
}
