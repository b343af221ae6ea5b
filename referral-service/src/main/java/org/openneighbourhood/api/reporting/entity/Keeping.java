package org.openneighbourhood.api.reporting.entity;

import java.time.LocalDate;

/**
 * Whether an action agreed in a care plan was done by the day agreed, as a report counts it on a
 * given day. An action with no day agreed is counted as such, done or not, since it can be neither
 * on time nor late; a stopped one as stopped, whatever its day. Each action is in exactly one.
 */
public enum Keeping {
  DONE_ON_TIME("Done by the day agreed"),
  DONE_LATE("Done late"),
  OVERDUE("Overdue (not done, past the day)"),
  NOT_YET_DUE("Not done, not yet due"),
  NO_DAY_AGREED("No day agreed"),
  STOPPED("Stopped");

  private final String label;

  Keeping(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * @param status the action's status as stored: NOT_STARTED, IN_PROGRESS, DONE or STOPPED
   * @param dueOn the day agreed, or null
   * @param doneOn the day it was marked done, or null
   * @param today the day counted on, in England; an action due today is not yet overdue
   */
  public static Keeping of(String status, LocalDate dueOn, LocalDate doneOn, LocalDate today) {
    return switch (status) {
      case "STOPPED" -> STOPPED;
      case "DONE" -> {
        if (dueOn == null) {
          yield NO_DAY_AGREED;
        }
        yield doneOn != null && doneOn.isAfter(dueOn) ? DONE_LATE : DONE_ON_TIME;
      }
      case "NOT_STARTED", "IN_PROGRESS" -> {
        if (dueOn == null) {
          yield NO_DAY_AGREED;
        }
        yield today.isAfter(dueOn) ? OVERDUE : NOT_YET_DUE;
      }
      default -> throw new IllegalArgumentException("Not an action's status: " + status);
    };
  }
}
