package org.openneighbourhood.api.texting.entity;

import java.util.Objects;
import java.util.regex.Pattern;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * A UK mobile phone number, kept in international form ({@code +447} and 9 more digits). It is read
 * as people write it: {@code 07700 900123}, {@code +44 7700 900123}, {@code (07700) 900-123} or
 * {@code 0044 7700 900123}, {@code +44 (0)7700 900123}.
 */
public record UkMobile(String number) {

  public static final String FIELD = "mobile";

  private static final Pattern INTERNATIONAL = Pattern.compile("\\+447\\d{9}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");

  public UkMobile {
    Objects.requireNonNull(number);
    if (!INTERNATIONAL.matcher(number).matches()) {
      throw new IllegalArgumentException("Not a UK mobile number in international form");
    }
  }

  /**
   * Reads a number as a person typed it.
   *
   * @throws InvalidInputException naming {@value #FIELD}, never repeating the number
   */
  public static UkMobile parse(String typed) {
    if (typed == null || typed.isBlank()) {
      throw new InvalidInputException(FIELD, "Enter the mobile number to send text messages to");
    }
    // "+44 (0)7700 900982": the 0 in brackets is not dialled from abroad.
    String digits = SEPARATORS.matcher(typed.strip().replace("(0)", "")).replaceAll("");
    String international;
    if (digits.startsWith("07")) {
      international = "+44" + digits.substring(1);
    } else if (digits.startsWith("00447")) {
      international = "+" + digits.substring(2);
    } else if (digits.startsWith("447")) {
      international = "+" + digits;
    } else {
      international = digits;
    }
    if (!INTERNATIONAL.matcher(international).matches()) {
      throw new InvalidInputException(
          FIELD, "Enter a UK mobile number, like 07700 900982 or +44 7700 900982");
    }
    return new UkMobile(international);
  }

  /** The number as the person would write it: 07700 900982. */
  public String national() {
    return "0" + number.substring(3, 7) + " " + number.substring(7);
  }

  @Override
  public String toString() {
    // Personal: never in a log.
    return "UkMobile[...]";
  }
}
