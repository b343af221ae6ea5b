package org.openneighbourhood.api.person.entity;

import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * A ten-digit NHS number whose last digit is the Modulus 11 check digit of the first nine. People
 * type it with spaces ("999 000 0018"); it is kept as ten digits.
 */
public record NhsNumber(String value) {

  static final String FIELD = "nhsNumber";

  public NhsNumber {
    if (value == null) {
      throw new InvalidInputException(FIELD, "Enter an NHS number");
    }
    if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidInputException(FIELD, "An NHS number has only digits and spaces");
    }
    if (value.length() != 10) {
      throw new InvalidInputException(FIELD, "An NHS number has 10 digits");
    }
    if (checkDigit(value) != value.charAt(9) - '0') {
      throw new InvalidInputException(FIELD, "This is not a valid NHS number");
    }
  }

  /** Accepts the number as people write it, with spaces between the groups of digits. */
  public static NhsNumber parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(FIELD, "Enter an NHS number");
    }
    return new NhsNumber(text.replace(" ", ""));
  }

  /** The Modulus 11 check digit, or 10 where no valid number has these nine digits. */
  private static int checkDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    return check == 11 ? 0 : check;
  }

  /** As printed for people to read: 999 000 0018. */
  public String formatted() {
    return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
  }

  @Override
  public String toString() {
    return value;
  }
}
