package org.openneighbourhood.portal.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openneighbourhood.portal.api.Action;
import org.openneighbourhood.portal.api.Commitment;
import org.openneighbourhood.portal.api.MeApi;
import org.openneighbourhood.portal.api.Plan;
import org.openneighbourhood.portal.api.PlansApi;

/**
 * What every organisation agreed to do, by when, and whether it happened: the same view for the
 * person and the care team.
 */
@Named
@RequestScoped
public class CommitmentsPage {

  @Inject PlansApi plansApi;
  @Inject MeApi meApi;

  private String person;
  private PlanSubject subject;
  private Plan plan;

  /** One organisation's counts and its actions. */
  public record Organisation(Commitment counts, List<Action> actions) implements Serializable {}

  public void load() {
    PlanSubject.resolve(meApi, person)
        .ifPresent(
            resolved -> {
              subject = resolved;
              plan = plansApi.plan(resolved.personId());
            });
  }

  public List<Organisation> getOrganisations() {
    return plan.commitmentsOrEmpty().stream()
        .map(c -> new Organisation(c, plan.actionsOf(c.organisationId())))
        .toList();
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

  public Plan getPlan() {
    return plan;
  }
}
