package org.openneighbourhood.portal.plan;

import static org.openneighbourhood.portal.plan.Answers.LONG_TEXT;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.Goal;
import org.openneighbourhood.portal.api.NewNote;
import org.openneighbourhood.portal.api.Plan;
import org.openneighbourhood.portal.layout.Choice;
import org.openneighbourhood.portal.layout.Pages;

/** A progress note, about the whole plan or one goal, by anyone in the care team or the person. */
@Named
@ViewScoped
public class NotePage extends PlanForm {

  private static final long serialVersionUID = 1L;

  static final Map<String, String> FIELDS = Map.of("text", "text", "goalId", "goal");

  private String goal = "";
  private String text;

  @Override
  protected void open(Plan plan) {
    if (!plan.mayOrNothing().addNote()) {
      Pages.forbidden();
      return;
    }
    goal = Pages.uuid(goal).flatMap(plan::goal).map(g -> g.id().toString()).orElse("");
  }

  public String save() {
    errors.clear();
    goal = Pages.parameter("goal");
    String note =
        Answers.requiredText(errors, "text", text, LONG_TEXT, "The note", "Write the note");
    Optional<UUID> about = Pages.uuid(goal).filter(id -> plan.goal(id).isPresent());
    if (!goal.isEmpty() && about.isEmpty()) {
      errors.add("goal", "Choose a goal from the list, or the whole plan");
    }
    if (errors.isPresent()) {
      return null;
    }
    return after(
        PlanChanges.create(
            () -> plansApi.addNote(subject.personId(), new NewNote(note, about.orElse(null))),
            errors,
            FIELDS));
  }

  /** The whole plan, then each goal in the person's words. */
  public List<Choice> getGoals() {
    List<Choice> choices = new ArrayList<>();
    choices.add(new Choice("", "The whole plan"));
    for (Goal g : plan.goalsOrEmpty()) {
      choices.add(new Choice(g.id().toString(), g.description()));
    }
    return choices;
  }

  public String getGoal() {
    return goal;
  }

  public void setGoal(String goal) {
    this.goal = goal == null ? "" : goal;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
