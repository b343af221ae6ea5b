package org.openneighbourhood.api.directory.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode, written as the ONS Postcode Directory's {@code pcds} column writes it: upper case,
 * the outward and inward codes separated by one space ("NG1 5AB"). Whatever spacing and case
 * someone types is accepted.
 */
public record Postcode(String value) {

  /** Outward code (area, district, optional sub-district letter) then inward code. */
  private static final Pattern UK = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$");

  /**
   * The same in either case, of the letters A to Z only: upper-casing first would read the long s
   * as S and the dotless i as I, turning letters that are not a postcode's into one.
   */
  private static final Pattern TYPED = Pattern.compile(UK.pattern(), Pattern.CASE_INSENSITIVE);

  public Postcode {
    if (value == null || !UK.matcher(value.replace(" ", "")).matches()) {
      throw new IllegalArgumentException("Not a UK postcode");
    }
  }

  /** The postcode in its one written form, or empty when the text is not a UK postcode. */
  public static Optional<Postcode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    var match = TYPED.matcher(text.replaceAll("\\s+", ""));
    if (!match.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Postcode((match.group(1) + " " + match.group(2)).toUpperCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return value;
  }
}
