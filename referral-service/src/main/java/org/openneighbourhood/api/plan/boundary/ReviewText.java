package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** The body of PUT /people/{id}/plan/review: when, and which organisation owns the review. */
// A class, not a record: see NewGoal.
public class ReviewText {

  @NotNull(message = "Enter the review date")
  public LocalDate reviewOn;

  @NotNull(message = "Choose who owns the review")
  public UUID ownerOrganisationId;
}
