package org.openneighbourhood.api.plan.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * One change to one part of a plan, for its history: the part in words ("About me: how to
 * communicate with me"), what it was and what it became (null: nothing).
 */
public record Edit(String part, String before, String after) {

  public Edit {
    Objects.requireNonNull(part);
  }

  /** The edit of a field, or none when the value did not change. */
  static Optional<Edit> of(String part, Object before, Object after) {
    String was = before == null ? null : before.toString();
    String is = after == null ? null : after.toString();
    return Objects.equals(was, is) ? Optional.empty() : Optional.of(new Edit(part, was, is));
  }
}
