package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of POST /people/{id}/plan/goals: the goal in the person's own words. */
// A class, not a record: record components copy their constraints onto constructor
// parameters, and Payara's OpenAPI scanner fails (NPE) on constrained non-path parameters.
public class NewGoal {

  @NotBlank(message = "Enter the goal in the person's own words")
  @Size(max = 500, message = "Use at most 500 characters")
  public String description;

  public NewGoal() {}

  public NewGoal(String description) {
    this.description = description;
  }
}
