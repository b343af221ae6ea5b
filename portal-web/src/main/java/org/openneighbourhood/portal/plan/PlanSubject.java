package org.openneighbourhood.portal.plan;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.MeApi;
import org.openneighbourhood.portal.layout.Pages;

/**
 * Whose plan a page is about, and where its pages are. The same page beans serve the care team
 * (/plans/...?person=id) and the person themselves (/my/..., their own id from GET /me): the API
 * decides what each may do, and the pages say "you" to the person.
 *
 * @param you true on the person's own pages
 */
public record PlanSubject(UUID personId, boolean you) implements Serializable {

  static final String PERSON_PAGES = "/my/";

  /**
   * The subject of the current request: the signed-in person on /my/ pages, otherwise the person
   * the page was opened with. Empty, with the not-found page shown, when there is none.
   */
  public static Optional<PlanSubject> resolve(MeApi meApi, String personParam) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String view = faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    if (view.startsWith(PERSON_PAGES)) {
      try {
        return Optional.of(new PlanSubject(meApi.me().id(), true));
      } catch (ApiProblemException e) {
        if (e.status() == 404) {
          Pages.notFound();
          return Optional.empty();
        }
        throw e;
      }
    }
    return Pages.idOrNotFound(personParam).map(id -> new PlanSubject(id, false));
  }

  /** The plan page's address within the portal. */
  public String planPage() {
    return you ? "/my/plan.xhtml" : "/plans/plan.xhtml?person=" + personId;
  }

  /** Another plan page's address, e.g. page("goal") is /my/goal.xhtml or /plans/goal.xhtml?... */
  public String page(String name) {
    return you ? PERSON_PAGES + name + ".xhtml" : "/plans/" + name + ".xhtml?person=" + personId;
  }

  /** The same with one more query parameter. */
  public String page(String name, String parameter, Object value) {
    String page = page(name);
    return page + (page.contains("?") ? "&" : "?") + parameter + "=" + value;
  }

  /** Post/Redirect/Get back to the plan. */
  public String redirectToPlan() {
    return you
        ? "/my/plan.xhtml?faces-redirect=true"
        : "/plans/plan.xhtml?faces-redirect=true&person=" + personId;
  }

  /** "your" to the person, "their" to the care team. */
  public String getYour() {
    return you ? "your" : "their";
  }

  /** "you" to the person, "they" to the care team. */
  public String getThey() {
    return you ? "you" : "they";
  }
}
