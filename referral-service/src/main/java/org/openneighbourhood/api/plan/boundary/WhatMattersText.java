package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of PUT /people/{id}/plan/what-matters. */
public record WhatMattersText(
    @NotBlank(message = "Enter what matters to the person")
        @Size(max = 2000, message = "Use at most 2000 characters")
        String text) {}
