package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.openneighbourhood.api.problem.entity.TextLimits;

/** The body of POST /people/{id}/plan/goals/{goalId}/actions: what, who, by when, notes. */
// A class, not a record: see NewGoal.
public class NewAction {

  @NotBlank(message = "Enter what will be done")
  @Size(max = 500, message = "Use at most 500 characters")
  public String description;

  @NotNull(message = "Choose who will do it")
  public UUID ownerOrganisationId;

  public LocalDate dueOn;

  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String notes;
}
