package org.openneighbourhood.portal.people;

import java.util.Optional;

/** NHS numbers as people type and read them: "999 000 0018", checked with Modulus 11. */
public final class NhsNumbers {

  private NhsNumbers() {}

  /** Digits only; people paste numbers with spaces or dashes. */
  public static String digits(String input) {
    return input == null ? "" : input.replaceAll("[\\s-]", "");
  }

  /** "9990000018" shown as "999 000 0018"; anything else unchanged. */
  public static String format(String nhsNumber) {
    String digits = digits(nhsNumber);
    if (!digits.matches("\\d{10}")) {
      return nhsNumber == null ? "" : nhsNumber;
    }
    return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
  }

  /** The message to show when the input is not a usable NHS number, else empty. */
  public static Optional<String> problem(String input) {
    String digits = digits(input);
    if (digits.isEmpty()) {
      return Optional.of("Enter an NHS number");
    }
    if (!digits.matches("\\d+")) {
      return Optional.of("NHS number must only include numbers and spaces");
    }
    if (digits.length() != 10) {
      return Optional.of("NHS number must be 10 digits");
    }
    if (!hasValidCheckDigit(digits)) {
      return Optional.of("Enter a valid NHS number, check the digits and try again");
    }
    return Optional.empty();
  }

  static boolean hasValidCheckDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += Character.digit(digits.charAt(i), 10) * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == Character.digit(digits.charAt(9), 10);
  }
}
