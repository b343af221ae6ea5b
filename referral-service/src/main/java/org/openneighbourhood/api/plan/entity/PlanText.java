package org.openneighbourhood.api.plan.entity;

import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.TextLimits;

/** The checks every piece of text in a plan passes: kept as written, within its length. */
final class PlanText {

  static final int LONG = TextLimits.LONG;
  static final int SHORT = 500;

  private PlanText() {}

  /** Text that must be there; {@code missing} says what to enter. */
  static String required(String value, String field, int max, String missing) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, missing);
    }
    return checked(value, field, max);
  }

  /** Text that may be left empty (then it is stored as nothing). */
  static String optional(String value, String field, int max) {
    return value == null || value.isBlank() ? null : checked(value, field, max);
  }

  private static String checked(String value, String field, int max) {
    String text = value.strip();
    if (text.length() > max) {
      throw new InvalidInputException(field, "Use at most " + max + " characters");
    }
    return text;
  }

  /** How the history names a goal or an action: its words, cut at 60 characters. */
  static String shortened(String words) {
    return words.length() > 60 ? words.substring(0, 57) + "..." : words;
  }

  /** A 1-10 (or 0-10) answer; null when not given and {@code optional}. */
  static Integer score(Integer value, String field, int min, int max, String missing) {
    if (value == null) {
      if (missing != null) {
        throw new InvalidInputException(field, missing);
      }
      return null;
    }
    if (value < min || value > max) {
      throw new InvalidInputException(field, "Choose a number from " + min + " to " + max);
    }
    return value;
  }
}
