package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.plan.boundary.PlanView.GoalView;
import org.openneighbourhood.api.plan.entity.GoalStatus;

class GoalsTest {

  private static final UUID PERSON = UUID.randomUUID();

  @Test
  void aGoalIsThePersonsOwnWordsAboutThem() {
    GoalView view = goal(GoalStatus.ACTIVE);
    Goal goal = Goals.of(PERSON, view);
    assertEquals(view.id().toString(), goal.getIdElement().getIdPart());
    assertEquals("Get out of the house more", goal.getDescription().getText());
    assertEquals("Patient/" + PERSON, goal.getSubject().getReference());
    assertEquals(GoalLifecycleStatus.ACTIVE, goal.getLifecycleStatus());
    assertFalse(goal.hasAchievementStatus());
    assertFalse(goal.hasTarget());
  }

  @Test
  void anAchievedGoalIsCompletedAndAchieved() {
    Goal goal = Goals.of(PERSON, goal(GoalStatus.ACHIEVED));
    assertEquals(GoalLifecycleStatus.COMPLETED, goal.getLifecycleStatus());
    assertEquals("achieved", goal.getAchievementStatus().getCodingFirstRep().getCode());
  }

  @Test
  void everyGoalStatusHasALifecycleStatus() {
    for (GoalStatus status : GoalStatus.values()) {
      assertTrue(Goals.lifecycle(status) != null, status::toString);
    }
    assertEquals(GoalLifecycleStatus.ONHOLD, Goals.lifecycle(GoalStatus.ON_HOLD));
    assertEquals(GoalLifecycleStatus.CANCELLED, Goals.lifecycle(GoalStatus.NO_LONGER_WANTED));
  }

  private static GoalView goal(GoalStatus status) {
    Instant at = Instant.parse("2026-12-01T10:00:00Z");
    return new GoalView(
        UUID.randomUUID(),
        "Get out of the house more",
        7,
        5,
        status,
        0,
        at,
        "Lina",
        null,
        null,
        List.of(),
        false,
        List.of(),
        List.of());
  }
}
