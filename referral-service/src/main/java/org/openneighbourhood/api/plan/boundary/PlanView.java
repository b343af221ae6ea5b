package org.openneighbourhood.api.plan.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.plan.entity.Goal;
import org.openneighbourhood.api.plan.entity.Plan;

public record PlanView(UUID personId, String whatMattersToMe, List<GoalView> goals) {

  public record GoalView(UUID id, String description, Instant createdAt, String createdBy) {

    static GoalView of(Goal goal) {
      return new GoalView(goal.id(), goal.description(), goal.createdAt(), goal.createdBy());
    }
  }

  public static PlanView of(Plan plan) {
    return new PlanView(
        plan.personId(),
        plan.whatMattersToMe().orElse(null),
        plan.goals().stream().map(GoalView::of).toList());
  }
}
