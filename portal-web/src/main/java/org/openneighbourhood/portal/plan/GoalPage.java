package org.openneighbourhood.portal.plan;

import static org.openneighbourhood.portal.plan.Answers.SHORT_TEXT;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import org.openneighbourhood.portal.api.Goal;
import org.openneighbourhood.portal.api.GoalUpdate;
import org.openneighbourhood.portal.api.NewGoal;
import org.openneighbourhood.portal.api.Plan;
import org.openneighbourhood.portal.layout.Pages;

/**
 * Add a goal in the person's own words, or change one (its words, how important it is to them, how
 * confident they feel, and whether they are still working on it).
 */
@Named
@ViewScoped
public class GoalPage extends PlanForm {

  private static final long serialVersionUID = 1L;

  static final Map<String, String> FIELDS =
      Map.of(
          "description", "description",
          "importance", "importance",
          "confidence", "confidence",
          "status", "status");

  private String goalParam;
  private Goal goal;
  private String description;
  private String importance = "";
  private String confidence = "";
  private String status = "";

  public GoalPage() {
    errors.setAnchor("status", "status-ACTIVE");
  }

  @Override
  protected void open(Plan plan) {
    if (goalParam == null || goalParam.isBlank()) {
      if (!plan.mayOrNothing().addGoal()) {
        Pages.forbidden();
      }
      return;
    }
    Optional<Goal> found = Pages.uuid(goalParam).flatMap(plan::goal);
    if (found.isEmpty()) {
      Pages.notFound();
      return;
    }
    goal = found.get();
    if (!goal.mayEdit()) {
      Pages.forbidden();
      return;
    }
    description = goal.description();
    importance = goal.importance() == null ? "" : goal.importance().toString();
    confidence = goal.confidence() == null ? "" : goal.confidence().toString();
    status = goal.status();
  }

  public String save() {
    errors.clear();
    importance = Pages.parameter("importance");
    confidence = Pages.parameter("confidence");
    status = Pages.parameter("status");
    String words =
        Answers.requiredText(
            errors,
            "description",
            description,
            SHORT_TEXT,
            "The goal",
            "Write the goal in " + subject.getYour() + " own words");
    Integer important = Answers.score(errors, "importance", importance, 1, 10, null);
    Integer confident = Answers.score(errors, "confidence", confidence, 1, 10, null);
    if (goal == null) {
      if (errors.isPresent()) {
        return null;
      }
      return after(
          PlanChanges.create(
              () -> plansApi.addGoal(subject.personId(), new NewGoal(words, important, confident)),
              errors,
              FIELDS));
    }
    String chosen =
        Answers.oneOf(
            errors, "status", status, PlanWords.GOAL_STATUSES, "Choose how the goal is going");
    if (errors.isPresent()) {
      return null;
    }
    return after(
        PlanChanges.change(
            Pages.parameter("version"),
            ifMatch ->
                plansApi.updateGoal(
                    subject.personId(),
                    goal.id(),
                    ifMatch,
                    new GoalUpdate(words, important, confident, chosen)),
            errors,
            FIELDS));
  }

  /** The goal as it is now (after a stale save, someone else's version). */
  public Goal getCurrent() {
    return goal == null ? null : plan.goal(goal.id()).orElse(goal);
  }

  public boolean isEditing() {
    return goal != null;
  }

  public long getVersion() {
    return getCurrent() == null ? 0 : getCurrent().version();
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

  public String getImportance() {
    return importance;
  }

  public String getConfidence() {
    return confidence;
  }

  public String getStatus() {
    return status;
  }
}
