package org.openneighbourhood.api.problem.entity;

/**
 * How long the free text people write may be, in one place: the bean validation of request bodies
 * (and so the OpenAPI document's {@code maxLength}), the aggregates' own checks and their messages.
 */
public final class TextLimits {

  /** A reason, a note, a plan's answer, a service's description: a few paragraphs. */
  public static final int LONG = 2000;

  /** The message of a {@code @Size(max = LONG)} refusal. */
  public static final String LONG_MESSAGE = "Use at most " + LONG + " characters";

  /** A name, a job title, a label: one line. */
  public static final int SHORT = 200;

  /** The message of a {@code @Size(max = SHORT)} refusal. */
  public static final String SHORT_MESSAGE = "Use at most " + SHORT + " characters";

  /** An e-mail address (RFC 5321's longest path). */
  public static final int EMAIL = 320;

  /** The message of a {@code @Size(max = EMAIL)} refusal. */
  public static final String EMAIL_MESSAGE = "Use at most " + EMAIL + " characters";

  private TextLimits() {}
}
