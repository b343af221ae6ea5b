package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of POST /people/{id}/plan/goals: the goal in the person's own words, how important it is
 * to them and how confident they feel (1-10, optional).
 */
// A class, not a record: record components copy their constraints onto constructor
// parameters, and Payara's OpenAPI scanner fails (NPE) on constrained non-path parameters.
public class NewGoal {

  @NotBlank(message = "Enter the goal in the person's own words")
  @Size(max = 500, message = "Use at most 500 characters")
  public String description;

  @Min(value = 1, message = "Choose a number from 1 to 10")
  @Max(value = 10, message = "Choose a number from 1 to 10")
  public Integer importance;

  @Min(value = 1, message = "Choose a number from 1 to 10")
  @Max(value = 10, message = "Choose a number from 1 to 10")
  public Integer confidence;

  public NewGoal() {}

  public NewGoal(String description, Integer importance, Integer confidence) {
    this.description = description;
    this.importance = importance;
    this.confidence = confidence;
  }
}
