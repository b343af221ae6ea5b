package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.openneighbourhood.api.problem.entity.TextLimits;

/** The body of POST /people/{id}/plan/notes: a progress note, about one goal or the plan. */
// A class, not a record: see NewGoal.
public class NewNote {

  @NotBlank(message = "Enter the note")
  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String text;

  public UUID goalId;
}
