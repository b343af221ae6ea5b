package org.openneighbourhood.api.plan.entity;

import java.time.LocalDate;

/** Whether an agreed action happened as agreed, as the commitments view shows it. */
public enum Commitment {
  DONE,
  DONE_LATE,
  ON_TRACK,
  OVERDUE,
  STOPPED,
  NO_DUE_DATE;

  /** An action's commitment on {@code today} (the day in England). */
  public static Commitment of(
      ActionStatus status, LocalDate dueOn, LocalDate doneOn, LocalDate today) {
    return switch (status) {
      case DONE -> dueOn != null && doneOn.isAfter(dueOn) ? DONE_LATE : DONE;
      case STOPPED -> STOPPED;
      case NOT_STARTED, IN_PROGRESS -> {
        if (dueOn == null) {
          yield NO_DUE_DATE;
        }
        yield today.isAfter(dueOn) ? OVERDUE : ON_TRACK;
      }
    };
  }
}
