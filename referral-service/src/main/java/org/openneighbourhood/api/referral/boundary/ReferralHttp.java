package org.openneighbourhood.api.referral.boundary;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.Pages;
import org.openneighbourhood.api.referral.boundary.Referrals.Submitted;
import org.openneighbourhood.api.referral.control.ListPosition;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

/**
 * How referrals travel over HTTP: versions as ETags, idempotency keys, pages of lists (also used by
 * the plan's history).
 */
public final class ReferralHttp {

  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String TOTAL_COUNT = "X-Total-Count";

  /** "true" when a list has more referrals than its X-Total-Count, which then is the cap. */
  static final String TOTAL_COUNT_CAPPED = "X-Total-Count-Capped";

  static final int MAX_PAGE_SIZE = 100;

  public record Paging(Set<ReferralStatus> statuses, ListRequest request) {}

  private ReferralHttp() {}

  public static Response ok(ReferralView view) {
    return Response.ok(view).tag(etag(view)).build();
  }

  public static Response submitted(Submitted submitted, UriInfo uriInfo) {
    ReferralView view = submitted.referral();
    Response.ResponseBuilder response =
        submitted.created()
            ? Response.created(
                uriInfo.getBaseUriBuilder().path("referrals").path(view.id().toString()).build())
            : Response.ok();
    return response.entity(view).tag(etag(view)).build();
  }

  /**
   * A page of referrals: the rows, the count (capped), and links to the pages either side, each
   * starting from the position of the row next to it.
   */
  static Response page(ListPage list, UriInfo uriInfo) {
    return keyedPage(
        list.rows(),
        list.total(),
        list.totalCapped(),
        list.page(),
        list.hasPrevious(),
        list.before(),
        list.after(),
        uriInfo);
  }

  /**
   * A page of any list paged by position: the rows, the count, and links to the pages either side,
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
          positioned(uriInfo, previous, previous == 1 ? null : before, "before", "prev"));
    }
    if (after != null) {
      response.links(positioned(uriInfo, page + 1, after, "after", "next"));
    }
    return response.build();
  }

  private static Link positioned(
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

  /** One page of a list, with its total count and links to the pages either side. */
  public static Response page(List<?> rows, long total, int page, int size, UriInfo uriInfo) {
    Response.ResponseBuilder response = Response.ok(rows).header(TOTAL_COUNT, total);
    long pages = Math.max(1, (total + size - 1) / size);
    if (page > 1) {
      response.links(link(uriInfo, page - 1, "prev"));
    }
    if (page < pages) {
      response.links(link(uriInfo, page + 1, "next"));
    }
    return response.build();
  }

  private static Link link(UriInfo uriInfo, int page, String rel) {
    return Link.fromUriBuilder(uriInfo.getRequestUriBuilder().replaceQueryParam("page", page))
        .rel(rel)
        .build();
  }

  /** The version in an If-Match header ({@code "3"} or {@code W/"3"}); null when none was sent. */
  public static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String value = ifMatch.strip();
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

  public static Paging paging(
      List<String> statuses, String page, String size, String after, String before) {
    List<FieldProblem> problems = new ArrayList<>();
    Set<ReferralStatus> wanted = EnumSet.noneOf(ReferralStatus.class);
    for (String status : statuses == null ? List.<String>of() : statuses) {
      for (String one : status.split(",")) {
        if (one.isBlank()) {
          continue;
        }
        try {
          wanted.add(ReferralStatus.valueOf(one.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
          problems.add(new FieldProblem("status", "There is no status called " + one.strip()));
        }
      }
    }
    int pageNumber = pageNumber(page, problems);
    int pageSize = pageSize(size, problems);
    ListPosition from = position(after, "after", problems);
    ListPosition to = position(before, "before", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Paging(wanted, new ListRequest(pageNumber, pageSize, from, to));
  }

  private static ListPosition position(String token, String field, List<FieldProblem> out) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    return ListPosition.parse(token)
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

  /** A page number as the lists take it (1 up to the last page the API counts to). */
  public static int pageNumber(String text, List<FieldProblem> out) {
    return number(text, "page", 1, Pages.LAST, out);
  }

  /** A page size as the lists take it (1 to {@value #MAX_PAGE_SIZE}). */
  public static int pageSize(String text, List<FieldProblem> out) {
    return number(text, "size", 1, MAX_PAGE_SIZE, out);
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

  private static EntityTag etag(ReferralView view) {
    return new EntityTag(Long.toString(view.version()));
  }
}
