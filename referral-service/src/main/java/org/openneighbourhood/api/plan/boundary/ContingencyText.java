package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.Size;

/** The body of PUT /people/{id}/plan/contingency. */
// A class, not a record: see NewGoal.
public class ContingencyText {

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String whatMightGoWrong;

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String whatToDo;

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String whoToContact;
}
