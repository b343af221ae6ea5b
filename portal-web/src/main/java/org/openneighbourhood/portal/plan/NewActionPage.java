package org.openneighbourhood.portal.plan;

import static org.openneighbourhood.portal.plan.Answers.LONG_TEXT;
import static org.openneighbourhood.portal.plan.Answers.SHORT_TEXT;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.Goal;
import org.openneighbourhood.portal.api.NewAction;
import org.openneighbourhood.portal.api.OrganisationRef;
import org.openneighbourhood.portal.api.Plan;
import org.openneighbourhood.portal.layout.Choice;
import org.openneighbourhood.portal.layout.Pages;

/**
 * Agree an action towards a goal: what, which organisation does it (only those the API lets this
 * user give actions to), by when, and notes.
 */
@Named
@ViewScoped
public class NewActionPage extends PlanForm {

  private static final long serialVersionUID = 1L;

  static final Map<String, String> FIELDS =
      Map.of(
          "description", "description",
          "ownerOrganisationId", "owner",
          "dueOn", "dueOn",
          "notes", "notes");

  private String goalParam;
  private Goal goal;
  private String description;
  private String owner = "";
  private final DateBoxes due = new DateBoxes();
  private String notes;

  public NewActionPage() {
    errors.setAnchor("dueOn", "dueOn-day");
  }

  @Override
  protected void open(Plan plan) {
    Optional<Goal> found = Pages.uuid(goalParam).flatMap(plan::goal);
    if (found.isEmpty()) {
      Pages.notFound();
      return;
    }
    goal = found.get();
    if (!goal.mayAddAction()) {
      Pages.forbidden();
      return;
    }
    if (goal.mayAddActionForOrEmpty().size() == 1) {
      owner = goal.mayAddActionForOrEmpty().get(0).id().toString();
    }
  }

  public String save() {
    errors.clear();
    owner = Pages.parameter("owner");
    String what =
        Answers.requiredText(
            errors,
            "description",
            description,
            SHORT_TEXT,
            "The action",
            "Enter what will be done");
    Optional<UUID> organisation =
        Pages.uuid(owner)
            .filter(id -> goal.mayAddActionForOrEmpty().stream().anyMatch(o -> o.id().equals(id)));
    if (organisation.isEmpty()) {
      errors.add("owner", "Choose which organisation will do it");
    }
    PlanDate dueOn = due.parse("Due date", false);
    if (!dueOn.isValid()) {
      errors.add("dueOn", dueOn.problem());
    }
    String more = Answers.optionalText(errors, "notes", notes, LONG_TEXT, "Notes");
    if (errors.isPresent()) {
      return null;
    }
    return after(
        PlanChanges.create(
            () ->
                plansApi.addAction(
                    subject.personId(),
                    goal.id(),
                    new NewAction(what, organisation.get(), dueOn.date(), more)),
            errors,
            FIELDS));
  }

  /** The organisations this user may give the action to, after a "choose" prompt. */
  public List<Choice> getOwners() {
    List<Choice> choices = new ArrayList<>();
    choices.add(new Choice("", "Choose an organisation"));
    for (OrganisationRef o : goal.mayAddActionForOrEmpty()) {
      choices.add(new Choice(o.id().toString(), o.name()));
    }
    return choices;
  }

  public Goal getCurrentGoal() {
    return goal;
  }

  public String getGoal() {
    return goalParam;
  }

  public void setGoal(String goal) {
    this.goalParam = goal;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getOwner() {
    return owner;
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
