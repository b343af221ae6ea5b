package org.openneighbourhood.portal.plan;

import java.util.Collection;
import org.openneighbourhood.portal.problem.FormErrors;
import org.openneighbourhood.portal.problem.TextLimits;

/**
 * Checks a plan form's answers as the API will, so that most mistakes are shown before anything is
 * sent. Each check adds its message to the form's errors (next to the field) and gives the value to
 * send: stripped text, null for nothing written.
 */
final class Answers {

  static final int LONG_TEXT = TextLimits.LONG;
  static final int SHORT_TEXT = 500;

  private Answers() {}

  /** Optional text of at most {@code max} characters; null when blank. */
  static String optionalText(FormErrors errors, String field, String value, int max, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      errors.add(field, name + " must be " + max + " characters or fewer");
    }
    return text;
  }

  /** Required text; {@code missing} is the message when it is blank. */
  static String requiredText(
      FormErrors errors, String field, String value, int max, String name, String missing) {
    String text = optionalText(errors, field, value, max, name);
    if (text == null) {
      errors.add(field, missing);
    }
    return text;
  }

  /**
   * A whole number from {@code min} to {@code max} as a select or radios sent it; null when nothing
   * was chosen and {@code missing} is null (the answer is optional), otherwise that message.
   */
  static Integer score(
      FormErrors errors, String field, String value, int min, int max, String missing) {
    if (value == null || value.isBlank()) {
      if (missing != null) {
        errors.add(field, missing);
      }
      return null;
    }
    String text = value.strip();
    if (text.matches("\\d{1,2}")) {
      int number = Integer.parseInt(text);
      if (number >= min && number <= max) {
        return number;
      }
    }
    errors.add(field, "Choose a number from " + min + " to " + max);
    return null;
  }

  /** One of the offered codes; {@code missing} when nothing (or something else) was sent. */
  static String oneOf(
      FormErrors errors, String field, String value, Collection<String> offered, String missing) {
    String code = value == null ? "" : value.strip();
    if (!offered.contains(code)) {
      errors.add(field, missing);
      return null;
    }
    return code;
  }
}
