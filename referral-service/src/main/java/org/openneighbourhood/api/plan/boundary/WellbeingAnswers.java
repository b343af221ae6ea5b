package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.openneighbourhood.api.plan.entity.WellbeingRecord.Occasion;

/** The body of POST /people/{id}/plan/wellbeing: the four ONS4 answers, 0-10 each. */
// A class, not a record: see NewGoal.
public class WellbeingAnswers {

  @NotNull(message = "Choose when the questions were asked")
  public Occasion occasion;

  @NotNull(message = "Choose a number from 0 to 10")
  @Min(value = 0, message = "Choose a number from 0 to 10")
  @Max(value = 10, message = "Choose a number from 0 to 10")
  public Integer lifeSatisfaction;

  @NotNull(message = "Choose a number from 0 to 10")
  @Min(value = 0, message = "Choose a number from 0 to 10")
  @Max(value = 10, message = "Choose a number from 0 to 10")
  public Integer worthwhile;

  @NotNull(message = "Choose a number from 0 to 10")
  @Min(value = 0, message = "Choose a number from 0 to 10")
  @Max(value = 10, message = "Choose a number from 0 to 10")
  public Integer happiness;

  @NotNull(message = "Choose a number from 0 to 10")
  @Min(value = 0, message = "Choose a number from 0 to 10")
  @Max(value = 10, message = "Choose a number from 0 to 10")
  public Integer anxiety;
}
