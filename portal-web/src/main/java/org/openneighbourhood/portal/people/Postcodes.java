package org.openneighbourhood.portal.people;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** UK postcodes as people type them: any case, with or without the space. */
public final class Postcodes {

  private static final Pattern POSTCODE =
      Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2}");

  private Postcodes() {}

  /** The message to show when the input is not a UK postcode, else empty. Never repeats it. */
  public static Optional<String> problem(String input) {
    if (input == null || input.isBlank()) {
      return Optional.of("Enter a postcode");
    }
    String compact = input.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return POSTCODE.matcher(compact).matches()
        ? Optional.empty()
        : Optional.of("Enter a real postcode, like LS1 4AP");
  }
}
