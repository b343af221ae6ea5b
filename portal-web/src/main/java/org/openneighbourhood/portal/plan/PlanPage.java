package org.openneighbourhood.portal.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.openneighbourhood.portal.api.MeApi;
import org.openneighbourhood.portal.api.PeopleApi;
import org.openneighbourhood.portal.api.Person;
import org.openneighbourhood.portal.api.Plan;
import org.openneighbourhood.portal.api.PlansApi;

/**
 * A person's plan as the care team sees it: their communication needs first, then the PRSB
 * headings, with links to the changes the API allows this user. Read-only for everyone else the API
 * shows it to (an organisation the person was referred to).
 */
@Named
@RequestScoped
public class PlanPage {

  @Inject PeopleApi peopleApi;
  @Inject PlansApi plansApi;
  @Inject MeApi meApi;

  private String person;
  private PlanSubject subject;
  private Person who;
  private Plan plan;
  private WellbeingChart chart;

  public void load() {
    PlanSubject.resolve(meApi, person)
        .ifPresent(
            resolved -> {
              subject = resolved;
              who = peopleApi.person(resolved.personId());
              plan = plansApi.plan(resolved.personId());
              chart = WellbeingChart.of(plan.wellbeingOrEmpty(), false);
            });
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public PlanSubject getSubject() {
    return subject;
  }

  public Person getWho() {
    return who;
  }

  public Plan getPlan() {
    return plan;
  }

  public WellbeingChart getChart() {
    return chart;
  }
}
