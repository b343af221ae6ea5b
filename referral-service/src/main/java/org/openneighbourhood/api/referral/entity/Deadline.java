package org.openneighbourhood.api.referral.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * When the receiving organisation must answer a referral by, and when it is reminded (null when the
 * deadline is too close to the sending for a reminder to help).
 */
public record Deadline(Instant respondBy, Instant remindAt) {

  public Deadline {
    Objects.requireNonNull(respondBy);
    if (remindAt != null && !remindAt.isBefore(respondBy)) {
      throw new IllegalArgumentException("A reminder comes before the deadline");
    }
  }
}
