package org.openneighbourhood.api.plan.boundary;

import org.openneighbourhood.api.plan.entity.GoalStatus;

/**
 * The body of PUT /people/{id}/plan/goals/{goalId}: the goal as it should now read, and its status
 * (unchanged when left out).
 */
public class GoalChange extends NewGoal {

  public GoalStatus status;
}
