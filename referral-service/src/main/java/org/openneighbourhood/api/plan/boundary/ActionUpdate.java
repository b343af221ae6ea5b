package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.openneighbourhood.api.plan.entity.ActionStatus;
import org.openneighbourhood.api.problem.entity.TextLimits;

/**
 * The body of PUT /people/{id}/plan/actions/{actionId}: the action as it should now read (the
 * description is unchanged when left out; an empty due date or notes clears them).
 */
// A class, not a record: see NewGoal.
public class ActionUpdate {

  @Size(max = 500, message = "Use at most 500 characters")
  public String description;

  public LocalDate dueOn;

  @NotNull(message = "Choose the action's status")
  public ActionStatus status;

  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String notes;
}
