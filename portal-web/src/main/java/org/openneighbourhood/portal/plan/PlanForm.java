package org.openneighbourhood.portal.plan;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;
import org.openneighbourhood.portal.api.MeApi;
import org.openneighbourhood.portal.api.Plan;
import org.openneighbourhood.portal.api.PlansApi;
import org.openneighbourhood.portal.plan.PlanChanges.Outcome;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * What every plan form page shares: whose plan it is, the plan as last read, the form's errors, and
 * what happens after a save. A saved change goes back to the plan (Post/Redirect/Get); a refused
 * one stays on the form with the user's input; a stale one also reads the plan again, so the page
 * shows the part as it is now and the hidden version field carries its latest version.
 */
public abstract class PlanForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PlansApi plansApi;
  @Inject MeApi meApi;

  private String person;
  protected PlanSubject subject;
  protected Plan plan;
  private boolean stale;
  protected final FormErrors errors = new FormErrors();

  /** The page's view action: reads the plan and lets the form start from it. */
  public void load() {
    Optional<PlanSubject> resolved = PlanSubject.resolve(meApi, person);
    if (resolved.isEmpty()) {
      return;
    }
    subject = resolved.get();
    plan = plansApi.plan(subject.personId());
    open(plan);
  }

  /**
   * Fills the form from the plan, or shows the not-found or forbidden page (through {@code Pages})
   * when what the form changes is not there or the user may not change it.
   */
  protected abstract void open(Plan plan);

  /** The outcome of a save: back to the plan, or this form again. */
  protected String after(Outcome outcome) {
    if (outcome.saved()) {
      return subject.redirectToPlan();
    }
    stale = outcome.stale();
    if (stale) {
      plan = plansApi.plan(subject.personId());
    }
    return null;
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

  /** The save was refused because someone else changed this part meanwhile. */
  public boolean isStale() {
    return stale;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
