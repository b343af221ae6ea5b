package org.openneighbourhood.portal.plan;

import static org.openneighbourhood.portal.plan.Answers.LONG_TEXT;
import static org.openneighbourhood.portal.plan.Answers.SHORT_TEXT;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import org.openneighbourhood.portal.api.Action;
import org.openneighbourhood.portal.api.ActionUpdate;
import org.openneighbourhood.portal.api.Plan;
import org.openneighbourhood.portal.layout.Pages;

/**
 * Update an action my organisation owns: how it stands (not started, in progress, done, stopped),
 * its notes, its due date or its words. Other organisations' actions have no such page: the API
 * says mayUpdate only to the owner.
 */
@Named
@ViewScoped
public class ActionPage extends PlanForm {

  private static final long serialVersionUID = 1L;

  static final Map<String, String> FIELDS =
      Map.of(
          "description", "description",
          "dueOn", "dueOn",
          "status", "status",
          "notes", "notes");

  private String actionParam;
  private Action action;
  private String description;
  private String status = "";
  private final DateBoxes due = new DateBoxes();
  private String notes;

  public ActionPage() {
    errors.setAnchor("dueOn", "dueOn-day");
    errors.setAnchor("status", "status-NOT_STARTED");
  }

  @Override
  protected void open(Plan plan) {
    Optional<Action> found = Pages.uuid(actionParam).flatMap(plan::action);
    if (found.isEmpty()) {
      Pages.notFound();
      return;
    }
    action = found.get();
    if (!action.mayUpdate()) {
      Pages.forbidden();
      return;
    }
    description = action.description();
    status = action.status();
    due.show(action.dueOn());
    notes = action.notes();
  }

  public String save() {
    errors.clear();
    status = Pages.parameter("status");
    String what =
        Answers.requiredText(
            errors,
            "description",
            description,
            SHORT_TEXT,
            "The action",
            "Enter what will be done");
    PlanDate dueOn = due.parse("Due date", false);
    if (!dueOn.isValid()) {
      errors.add("dueOn", dueOn.problem());
    }
    String chosen =
        Answers.oneOf(
            errors, "status", status, PlanWords.ACTION_STATUSES, "Choose how the action stands");
    String more = Answers.optionalText(errors, "notes", notes, LONG_TEXT, "Notes");
    if (errors.isPresent()) {
      return null;
    }
    return after(
        PlanChanges.change(
            Pages.parameter("version"),
            ifMatch ->
                plansApi.updateAction(
                    subject.personId(),
                    action.id(),
                    ifMatch,
                    new ActionUpdate(what, dueOn.date(), chosen, more)),
            errors,
            FIELDS));
  }

  /** The action as it is now (after a stale save, someone else's version). */
  public Action getCurrent() {
    return action == null ? null : plan.action(action.id()).orElse(action);
  }

  public long getVersion() {
    return getCurrent() == null ? 0 : getCurrent().version();
  }

  public String getGoalWords() {
    return action == null ? "" : plan.goalOf(action);
  }

  public String getAction() {
    return actionParam;
  }

  public void setAction(String action) {
    this.actionParam = action;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getStatus() {
    return status;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public DateBoxes getDue() {
    return due;
  }
}
