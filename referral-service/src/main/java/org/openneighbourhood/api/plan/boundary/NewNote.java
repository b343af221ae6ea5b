package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The body of POST /people/{id}/plan/notes: a progress note, about one goal or the plan. */
// A class, not a record: see NewGoal.
public class NewNote {

  @NotBlank(message = "Enter the note")
  @Size(max = 2000, message = "Use at most 2000 characters")
  public String text;

  public UUID goalId;
}
