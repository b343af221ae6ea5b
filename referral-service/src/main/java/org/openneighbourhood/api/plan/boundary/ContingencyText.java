package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.Size;
import org.openneighbourhood.api.problem.entity.TextLimits;

/** The body of PUT /people/{id}/plan/contingency. */
// A class, not a record: see NewGoal.
public class ContingencyText {

  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String whatMightGoWrong;

  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String whatToDo;

  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String whoToContact;
}
