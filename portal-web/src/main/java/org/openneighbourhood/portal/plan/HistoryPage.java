package org.openneighbourhood.portal.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.openneighbourhood.portal.api.MeApi;
import org.openneighbourhood.portal.api.Paged;
import org.openneighbourhood.portal.api.PlanHistoryEntry;
import org.openneighbourhood.portal.api.PlansApi;

/** Every change to the plan: who, for which organisation, when, what it was and what it became. */
@Named
@RequestScoped
public class HistoryPage {

  static final int PAGE_SIZE = 25;

  @Inject PlansApi plansApi;
  @Inject MeApi meApi;

  private String person;
  private String pageParam;
  private PlanSubject subject;
  private Paged<PlanHistoryEntry> history;

  public void load() {
    PlanSubject.resolve(meApi, person)
        .ifPresent(
            resolved -> {
              subject = resolved;
              int page = Paged.pageNumber(pageParam);
              history =
                  Paged.read(
                      plansApi.planHistory(resolved.personId(), page, PAGE_SIZE),
                      Paged.HISTORY,
                      page,
                      PAGE_SIZE);
            });
  }

  /** The address of another page of the history. */
  public String pageLink(long number) {
    return subject.page("history", "page", number);
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public String getPage() {
    return pageParam;
  }

  public void setPage(String page) {
    this.pageParam = page;
  }

  public PlanSubject getSubject() {
    return subject;
  }

  public Paged<PlanHistoryEntry> getHistory() {
    return history;
  }
}
