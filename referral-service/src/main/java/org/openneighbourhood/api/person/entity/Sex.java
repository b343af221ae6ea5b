package org.openneighbourhood.api.person.entity;

import java.util.Arrays;
import java.util.Locale;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * A person's sex as the NHS Data Dictionary codes it in "Person Stated Gender Code": 1 male, 2
 * female, 9 indeterminate (cannot be classified as either male or female), X not known.
 *
 * <p>Why this code: it is what GP systems hold and what the Personal Demographics Service gives, it
 * is the code the Data Dictionary asks commissioning data sets to carry for the person's sex, and
 * it maps one to one onto FHIR's {@code Patient.gender} (male, female, other, unknown), which UK
 * Core uses for the same thing. Using it, a figure in a commissioner's report and the value a GP
 * system sends mean the same. It records what the person states, not a clinical finding.
 *
 * <p>{@link #NOT_KNOWN} (X) is an answer here: the person was asked and chose not to say. A person
 * never asked has no value at all (null), and the two are never mixed up: the reports show them
 * apart, as they do the ethnic category's "not stated" and "not recorded".
 */
public enum Sex {
  MALE("1", "Male"),
  FEMALE("2", "Female"),
  INDETERMINATE("9", "Neither male nor female"),
  NOT_KNOWN("X", "Not known");

  public static final String FIELD = "code";

  private final String code;
  private final String label;

  Sex(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * The sex with the Data Dictionary code (1, 2, 9 or X, either case, surrounding space ignored).
   *
   * @throws InvalidInputException naming {@value #FIELD}, without repeating what was sent
   */
  public static Sex parse(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException(FIELD, "Choose a sex, or \"I would rather not say\"");
    }
    String value = code.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(s -> s.code.equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    FIELD, "Choose a sex from the NHS list (a code 1, 2, 9 or X)"));
  }

  /** The Data Dictionary code: 1, 2, 9 or X. */
  public String code() {
    return code;
  }

  /** The value in plain words. */
  public String label() {
    return label;
  }
}
