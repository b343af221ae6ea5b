package org.openneighbourhood.portal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.CaseloadApi;
import org.openneighbourhood.portal.api.CaseloadEntry;
import org.openneighbourhood.portal.api.CaseloadEntry.Waiting;
import org.openneighbourhood.portal.api.Paged;
import org.openneighbourhood.portal.security.Roles;

/**
 * The start page's caseload: the people my organisation supports, each with what is waiting and on
 * whom, in the API's order (what needs attention first), paged by the API's positions. Shown to the
 * roles that have one (link workers, GP and social care staff).
 */
@Named("caseload")
@RequestScoped
public class CaseloadList {

  public static final int PAGE_SIZE = 25;

  /** One table row: a person's first row carries their name across all their rows. */
  public record Line(CaseloadEntry entry, boolean first, int span, Waiting waiting) {

    public String getWhat() {
      return waiting == null ? "Nothing waiting" : CaseloadWords.what(waiting);
    }

    public String getOnWhom() {
      return waiting == null ? "" : CaseloadWords.onWhomCell(waiting);
    }

    public String getWhen() {
      return waiting == null ? "" : CaseloadWords.when(waiting);
    }

    public boolean isOverdue() {
      return waiting != null && waiting.overdue();
    }

    /** Their plan when my organisation is in their care team; else their record. */
    public String getHref() {
      return entry.inCareTeam()
          ? "/plans/plan.xhtml?person=" + entry.person().id()
          : "/people/person.xhtml?id=" + entry.person().id();
    }
  }

  @Inject CaseloadApi caseloadApi;
  @Inject SecurityContext security;

  private Paged<CaseloadEntry> list;
  private List<Line> lines;

  public boolean isShown() {
    return security.isCallerInRole(Roles.LINK_WORKER)
        || security.isCallerInRole(Roles.GP_STAFF)
        || security.isCallerInRole(Roles.SOCIAL_CARE);
  }

  public Paged<CaseloadEntry> getList() {
    if (list == null) {
      Map<String, String> parameters =
          FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
      int page = Paged.pageNumber(parameters.get("page"));
      String after = position(parameters.get("after"));
      String before = position(parameters.get("before"));
      try {
        list = read(page, after, before);
      } catch (ApiProblemException notAPosition) {
        if (notAPosition.status() != 400 || (after == null && before == null)) {
          throw notAPosition;
        }
        list = read(1, null, null);
      }
    }
    return list;
  }

  private Paged<CaseloadEntry> read(int page, String after, String before) {
    return Paged.read(
        caseloadApi.caseload(page, PAGE_SIZE, after, before), Paged.CASELOAD, page, PAGE_SIZE);
  }

  private static String position(String value) {
    return Paged.isPosition(value) ? value : null;
  }

  /** Each person's waiting things as rows, one row for someone with nothing waiting. */
  public List<Line> getLines() {
    if (lines == null) {
      lines = new ArrayList<>();
      for (CaseloadEntry entry : getList().rows()) {
        List<Waiting> waiting = entry.waitingOrEmpty();
        if (waiting.isEmpty()) {
          lines.add(new Line(entry, true, 1, null));
        }
        for (int i = 0; i < waiting.size(); i++) {
          lines.add(new Line(entry, i == 0, waiting.size(), waiting.get(i)));
        }
      }
    }
    return lines;
  }

  /** The address of the page before: from where the API says it ends, or the first page. */
  public String previous(Paged<CaseloadEntry> page) {
    String query = "?page=" + Math.max(1, page.page() - 1L);
    return page.before() == null ? query : query + "&before=" + page.before();
  }

  /** The address of the page after, starting where the API says. */
  public String next(Paged<CaseloadEntry> page) {
    String query = "?page=" + (page.page() + 1L);
    return page.after() == null ? query : query + "&after=" + page.after();
  }
}
