package org.openneighbourhood.api.directory.entity;

import java.util.regex.Pattern;

/**
 * A UK phone number as people write it: a national number of 10 or 11 digits starting with 0 ("0115
 * 496 0000", "07700 900123"), the same after +44 ("+44 (0)115 496 0000"), or one of the short
 * numbers a directory lists (111, 101, 116 123). Spaces, hyphens and brackets are allowed between
 * the digits; the number is kept as written.
 */
public final class PhoneNumber {

  /** The longest number kept, as written (the column's size). */
  public static final int LONGEST = 40;

  private static final Pattern WRITTEN = Pattern.compile("^\\+?[0-9 ()-]+$");
  private static final Pattern NATIONAL = Pattern.compile("^0[1-9][0-9]{8,9}$");
  private static final Pattern SHORT = Pattern.compile("^(1(0[15]|1[19])|999|112|116[0-9]{3})$");

  private PhoneNumber() {}

  /** Whether the text is a UK phone number. */
  public static boolean isUk(String text) {
    if (text == null || text.length() > LONGEST || !WRITTEN.matcher(text).matches()) {
      return false;
    }
    if (text.indexOf('+') > 0) {
      return false;
    }
    String digits = text.replace("(0)", "").replaceAll("[^0-9+]", "");
    if (digits.startsWith("+44")) {
      digits = "0" + digits.substring(3);
    } else if (digits.startsWith("+")) {
      return false;
    }
    return NATIONAL.matcher(digits).matches() || SHORT.matcher(digits).matches();
  }
}
