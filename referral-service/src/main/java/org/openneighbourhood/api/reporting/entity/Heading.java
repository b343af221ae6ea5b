package org.openneighbourhood.api.reporting.entity;

import java.util.Objects;

/**
 * A row or column of a report table: a stable code ({@code 2026-03}, {@code GP_PRACTICE}) and the
 * words a reader sees ({@code March 2026}, {@code GP practice}).
 */
public record Heading(String code, String label) {

  public Heading {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }
}
