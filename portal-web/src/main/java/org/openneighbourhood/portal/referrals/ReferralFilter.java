package org.openneighbourhood.portal.referrals;

import jakarta.faces.context.FacesContext;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.Paged;
import org.openneighbourhood.portal.api.Referral;

/**
 * What a list of referrals is filtered by and which page of it is shown, read from the address
 * (?status=SENT&status=SEEN&page=2&after=...) so that a filtered page can be bookmarked and shared.
 * The page number is for people; where the page starts is the API's position token from its links.
 * Unknown statuses, page numbers and positions are ignored rather than refused.
 */
public final class ReferralFilter {

  public static final int PAGE_SIZE = 25;

  /** One of the API's lists of referrals (inbox or sent), asked for one page. */
  @FunctionalInterface
  public interface Lister {
    Response page(List<String> statuses, int page, int size, String after, String before);
  }

  private final List<String> offered;
  private final List<String> chosen;
  private final int page;
  private final String after;
  private final String before;

  ReferralFilter(List<String> offered, List<String> chosen, int page, String after, String before) {
    this.offered = List.copyOf(offered);
    this.chosen = List.copyOf(chosen);
    this.page = page;
    this.after = Paged.isPosition(after) ? after : null;
    this.before = Paged.isPosition(before) ? before : null;
  }

  /** The filter of the current request, among the statuses the list offers. */
  public static ReferralFilter fromRequest(List<String> offered) {
    Map<String, String[]> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    return of(offered, parameters.get("status"), first(parameters.get("page")))
        .at(first(parameters.get("after")), first(parameters.get("before")));
  }

  /** The same filter and page number, starting after or before a position. */
  ReferralFilter at(String afterPosition, String beforePosition) {
    return new ReferralFilter(offered, chosen, page, afterPosition, beforePosition);
  }

  /**
   * This page of the list; a position the API no longer recognises (an old or edited address) gives
   * the first page instead of an error.
   */
  public Paged<Referral> read(Lister lister) {
    try {
      return Paged.read(
          lister.page(chosen, page, PAGE_SIZE, after, before), Paged.REFERRALS, page, PAGE_SIZE);
    } catch (ApiProblemException notAPosition) {
      if (notAPosition.status() == 400 && (after != null || before != null)) {
        return new ReferralFilter(offered, chosen, 1, null, null).read(lister);
      }
      throw notAPosition;
    }
  }

  static ReferralFilter of(List<String> offered, String[] statuses, String page) {
    List<String> chosen = new ArrayList<>();
    if (statuses != null) {
      for (String status : statuses) {
        if (status != null
            && offered.contains(status.strip())
            && !chosen.contains(status.strip())) {
          chosen.add(status.strip());
        }
      }
    }
    return new ReferralFilter(offered, chosen, Paged.pageNumber(page), null, null);
  }

  private static String first(String[] values) {
    return values == null || values.length == 0 ? null : values[0];
  }

  public List<String> getOffered() {
    return offered;
  }

  /** The statuses to ask the API for; empty means all. */
  public List<String> getChosen() {
    return chosen;
  }

  public boolean isChosen(String status) {
    return chosen.contains(status);
  }

  public boolean isFiltered() {
    return !chosen.isEmpty();
  }

  public int getPage() {
    return page;
  }

  /** The query string of another page of the same filtered list. */
  public String query(long pageNumber) {
    StringBuilder query = new StringBuilder();
    for (String status : chosen) {
      query.append(query.length() == 0 ? "?" : "&");
      query.append("status=").append(URLEncoder.encode(status, StandardCharsets.UTF_8));
    }
    query.append(query.length() == 0 ? "?" : "&").append("page=").append(pageNumber);
    return query.toString();
  }

  /** The address of the page before: from where the API says it ends, or the first page. */
  public String previous(Paged<Referral> list) {
    String query = query(Math.max(1, list.page() - 1L));
    return list.before() == null ? query : query + "&before=" + list.before();
  }

  /** The address of the page after, starting where the API says. */
  public String next(Paged<Referral> list) {
    String query = query(list.page() + 1L);
    return list.after() == null ? query : query + "&after=" + list.after();
  }
}
