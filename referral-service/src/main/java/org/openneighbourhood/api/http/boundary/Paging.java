package org.openneighbourhood.api.http.boundary;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.Pages;

/**
 * How every list travels over HTTP: the rows as the body, the count in {@value #TOTAL_COUNT}, and
 * Link headers ({@code rel} next and prev) to the pages either side, numbered or starting from a
 * position in the list. The {@code page} and {@code size} parameters are read here too, so every
 * list accepts and refuses the same ones.
 */
public final class Paging {

  public static final String TOTAL_COUNT = "X-Total-Count";

  /** "true" when a list has more rows than its X-Total-Count, which then is the cap. */
  public static final String TOTAL_COUNT_CAPPED = "X-Total-Count-Capped";

  public static final int MAX_PAGE_SIZE = 100;

  /** A page asked for by number. */
  public record Numbered(int page, int size) {}

  private Paging() {}

  /** The page a list's {@code page} and {@code size} name, or a 400 naming each bad one. */
  public static Numbered numbered(String page, String size) {
    List<FieldProblem> problems = new ArrayList<>();
    int pageNumber = pageNumber(page, problems);
    int pageSize = pageSize(size, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Numbered(pageNumber, pageSize);
  }

  /** A page number as the lists take it (1 up to the last page the API counts to). */
  public static int pageNumber(String text, List<FieldProblem> out) {
    return number(text, "page", 1, Pages.LAST, out);
  }

  /** A page size as the lists take it (1 to {@value #MAX_PAGE_SIZE}). */
  public static int pageSize(String text, List<FieldProblem> out) {
    return number(text, "size", 1, MAX_PAGE_SIZE, out);
  }

  /** One page of a list, with its total count and links to the pages either side. */
  public static Response page(List<?> rows, long total, int page, int size, UriInfo uriInfo) {
    Response.ResponseBuilder response = Response.ok(rows).header(TOTAL_COUNT, total);
    long pages = Math.max(1, (total + size - 1) / size);
    if (page > 1) {
      response.links(numberedLink(uriInfo, page - 1, "prev"));
    }
    if (page < pages) {
      response.links(numberedLink(uriInfo, page + 1, "next"));
    }
    return response.build();
  }

  /**
   * A page of a list paged by position: the rows, the count, and links to the pages either side,
   * each starting from the position of the row next to it ({@code after} null: no next page).
   */
  public static Response keyedPage(
      List<?> rows,
      long total,
      boolean totalCapped,
      int page,
      boolean hasPrevious,
      String before,
      String after,
      UriInfo uriInfo) {
    Response.ResponseBuilder response = Response.ok(rows).header(TOTAL_COUNT, total);
    if (totalCapped) {
      response.header(TOTAL_COUNT_CAPPED, "true");
    }
    if (hasPrevious) {
      int previous = Math.max(1, page - 1);
      response.links(
          positionedLink(uriInfo, previous, previous == 1 ? null : before, "before", "prev"));
    }
    if (after != null) {
      response.links(positionedLink(uriInfo, page + 1, after, "after", "next"));
    }
    return response.build();
  }

  private static Link positionedLink(
      UriInfo uriInfo, int page, String position, String parameter, String rel) {
    var uri =
        uriInfo
            .getRequestUriBuilder()
            .replaceQueryParam("page", page)
            .replaceQueryParam("after")
            .replaceQueryParam("before");
    if (position != null) {
      uri.replaceQueryParam(parameter, position);
    }
    return Link.fromUriBuilder(uri).rel(rel).build();
  }

  private static Link numberedLink(UriInfo uriInfo, int page, String rel) {
    return Link.fromUriBuilder(uriInfo.getRequestUriBuilder().replaceQueryParam("page", page))
        .rel(rel)
        .build();
  }

  private static int number(String text, String field, int min, int max, List<FieldProblem> out) {
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    out.add(
        new FieldProblem(
            field,
            "The "
                + field
                + " must be a whole number from "
                + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max)));
    return min;
  }
}
