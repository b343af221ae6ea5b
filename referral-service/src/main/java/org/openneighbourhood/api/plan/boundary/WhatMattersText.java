package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of PUT /people/{id}/plan/what-matters. */
// A class, not a record: record components copy their constraints onto constructor
// parameters, and Payara's OpenAPI scanner fails (NPE) on constrained non-path parameters.
public class WhatMattersText {

  @NotBlank(message = "Enter what matters to the person")
  @Size(max = 2000, message = "Use at most 2000 characters")
  public String text;

  public WhatMattersText() {}

  public WhatMattersText(String text) {
    this.text = text;
  }
}
