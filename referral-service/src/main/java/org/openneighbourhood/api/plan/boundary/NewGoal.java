package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of POST /people/{id}/plan/goals: the goal in the person's own words. */
public record NewGoal(
    @NotBlank(message = "Enter the goal in the person's own words")
        @Size(max = 500, message = "Use at most 500 characters")
        String description) {}
