package org.openneighbourhood.api.referral.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openneighbourhood.api.http.boundary.Paging;
import org.openneighbourhood.api.http.boundary.Versions;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.referral.boundary.Referrals.Submitted;
import org.openneighbourhood.api.referral.control.ListPosition;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

/**
 * How referrals travel over HTTP, on the API's shared conventions ({@link Paging}, {@link
 * Versions}): a referral with its version as the ETag, a submission as 201 or a retry's 200, and
 * the referral lists' status filter and positions.
 */
public final class ReferralHttp {

  public record ListQuery(Set<ReferralStatus> statuses, ListRequest request) {}

  private ReferralHttp() {}

  public static Response ok(ReferralView view) {
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  public static Response submitted(Submitted submitted, UriInfo uriInfo) {
    ReferralView view = submitted.referral();
    Response.ResponseBuilder response =
        submitted.created()
            ? Response.created(
                uriInfo.getBaseUriBuilder().path("referrals").path(view.id().toString()).build())
            : Response.ok();
    return response.entity(view).tag(Versions.etag(view.version())).build();
  }

  /**
   * A page of referrals: the rows, the count (capped), and links to the pages either side, each
   * starting from the position of the row next to it.
   */
  static Response page(ListPage list, UriInfo uriInfo) {
    return Paging.keyedPage(
        list.rows(),
        list.total(),
        list.totalCapped(),
        list.page(),
        list.hasPrevious(),
        list.before(),
        list.after(),
        uriInfo);
  }

  /** The statuses, page and position a referral list asks for, or a 400 naming each bad one. */
  static ListQuery query(
      List<String> statuses, String page, String size, String after, String before) {
    List<FieldProblem> problems = new ArrayList<>();
    Set<ReferralStatus> wanted = EnumSet.noneOf(ReferralStatus.class);
    for (String status : statuses == null ? List.<String>of() : statuses) {
      for (String one : status.split(",")) {
        if (one.isBlank()) {
          continue;
        }
        try {
          wanted.add(ReferralStatus.valueOf(one.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
          problems.add(new FieldProblem("status", "There is no status called " + one.strip()));
        }
      }
    }
    int pageNumber = Paging.pageNumber(page, problems);
    int pageSize = Paging.pageSize(size, problems);
    ListPosition from = position(after, "after", problems);
    ListPosition to = position(before, "before", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ListQuery(wanted, new ListRequest(pageNumber, pageSize, from, to));
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
}
