package org.openneighbourhood.portal.inbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.openneighbourhood.portal.api.Goal;
import org.openneighbourhood.portal.api.Person;
import org.openneighbourhood.portal.api.Plan;
import org.openneighbourhood.portal.api.ReferralApi;
import org.openneighbourhood.portal.layout.Pages;

/**
 * The plan of a person referred to my organisation, read-only. The API decides whether my
 * organisation may see it (a referral to us, or their care team, with their consent).
 */
@Named
@RequestScoped
public class InboxPlanPage {

  @Inject ReferralApi api;

  private String personParam;
  private Person person;
  private Plan plan;

  public void load() {
    Pages.idOrNotFound(personParam)
        .ifPresent(
            id -> {
              person = api.person(id);
              plan = api.plan(id);
            });
  }

  public String getPersonParam() {
    return personParam;
  }

  public void setPersonParam(String personParam) {
    this.personParam = personParam;
  }

  public Person getPerson() {
    return person;
  }

  public String getWhatMattersToMe() {
    return plan == null ? null : plan.whatMattersToMe();
  }

  public List<Goal> getGoals() {
    return plan == null ? List.of() : plan.goalsOrEmpty();
  }
}
