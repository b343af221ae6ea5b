package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.openneighbourhood.api.plan.entity.GoalStatus;

/** The body of PUT /people/{id}/plan/goals/{goalId}: the goal as it should now read. */
// A class, not a record: see NewGoal.
public class GoalChange {

  @NotBlank(message = "Enter the goal in the person's own words")
  @Size(max = 500, message = "Use at most 500 characters")
  public String description;

  @Min(value = 1, message = "Choose a number from 1 to 10")
  @Max(value = 10, message = "Choose a number from 1 to 10")
  public Integer importance;

  @Min(value = 1, message = "Choose a number from 1 to 10")
  @Max(value = 10, message = "Choose a number from 1 to 10")
  public Integer confidence;

  /** Unchanged when left out. */
  public GoalStatus status;
}
