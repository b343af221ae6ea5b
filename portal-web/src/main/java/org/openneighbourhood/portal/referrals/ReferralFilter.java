package org.openneighbourhood.portal.referrals;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openneighbourhood.portal.api.Paged;
import org.openneighbourhood.portal.api.Referral;

/**
 * What a list of referrals is filtered by and which page of it is shown, read from the address
 * (?status=SENT&status=SEEN&page=2) so that a filtered page can be bookmarked and shared. Unknown
 * statuses and page numbers are ignored rather than refused.
 */
public final class ReferralFilter {

  public static final int PAGE_SIZE = 25;

  private final List<String> offered;
  private final List<String> chosen;
  private final int page;

  ReferralFilter(List<String> offered, List<String> chosen, int page) {
    this.offered = List.copyOf(offered);
    this.chosen = List.copyOf(chosen);
    this.page = page;
  }

  /** The filter of the current request, among the statuses the list offers. */
  public static ReferralFilter fromRequest(List<String> offered) {
    Map<String, String[]> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    return of(offered, parameters.get("status"), first(parameters.get("page")));
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
    return new ReferralFilter(offered, chosen, Paged.pageNumber(page));
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

  public String previous(Paged<Referral> list) {
    return query(list.page() - 1L);
  }

  public String next(Paged<Referral> list) {
    return query(list.page() + 1L);
  }
}
