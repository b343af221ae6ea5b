package org.openneighbourhood.api.fhir.control;

import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.openneighbourhood.api.plan.boundary.PlanView.GoalView;
import org.openneighbourhood.api.plan.entity.GoalStatus;

/**
 * A goal of a person's plan as an R4 {@code Goal} (UK Core 2.0.0 has no Goal profile), drawn from
 * the {@link GoalView} the REST API shows the same caller: the person's own words, and where it
 * stands. The plan's goals have no target date, so the resource has no {@code target}.
 */
public final class Goals {

  static final String ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";

  private Goals() {}

  public static Goal of(UUID personId, GoalView view) {
    Goal goal = new Goal();
    goal.setIdElement(new IdType("Goal", view.id().toString()));
    goal.setLifecycleStatus(lifecycle(view.status()));
    if (view.status() == GoalStatus.ACHIEVED) {
      goal.setAchievementStatus(
          new CodeableConcept()
              .addCoding(new org.hl7.fhir.r4.model.Coding(ACHIEVEMENT, "achieved", "Achieved")));
    }
    goal.setDescription(new CodeableConcept().setText(view.description()));
    goal.setSubject(new Reference("Patient/" + personId));
    return goal;
  }

  /** A goal's status as a lifecycle status: each of the plan's four is one of FHIR's. */
  static GoalLifecycleStatus lifecycle(GoalStatus status) {
    return switch (status) {
      case ACTIVE -> GoalLifecycleStatus.ACTIVE;
      case ACHIEVED -> GoalLifecycleStatus.COMPLETED;
      case ON_HOLD -> GoalLifecycleStatus.ONHOLD;
      case NO_LONGER_WANTED -> GoalLifecycleStatus.CANCELLED;
    };
  }
}
