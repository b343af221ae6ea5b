package org.openneighbourhood.api.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * Where a person lives: up to {@value #MAX_LINES} lines and a UK postcode, checked and tidied
 * (blank lines dropped, the postcode in capitals with its one space). For a person with a
 * restricted record it is a sensitive field: see {@link Person#restricted()}. Its {@code toString}
 * never holds the address, so no log line can.
 */
@Embeddable
public class Address {

  static final int MAX_LINES = 5;
  static final int MAX_LINE = 100;
  public static final String LINES_FIELD = "address.lines";
  public static final String POSTCODE_FIELD = "address.postcode";

  /** The shape of a UK postcode without its space: outward code, then inward code. */
  private static final Pattern POSTCODE =
      Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2}");

  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  /** The lines, one per line of text: a line never holds a line break. */
  @Column(name = "address_lines")
  private String lines;

  @Column(name = "postcode")
  private String postcode;

  protected Address() {}

  private Address(List<String> lines, String postcode) {
    this.lines = String.join("\n", lines);
    this.postcode = postcode;
  }

  /**
   * An address from what someone typed; empty when nothing was typed at all.
   *
   * @throws InvalidInputException naming {@value #LINES_FIELD} or {@value #POSTCODE_FIELD}, with a
   *     message that never repeats what was typed
   */
  public static Optional<Address> of(List<String> lines, String postcode) {
    List<String> given =
        lines == null
            ? List.of()
            : lines.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    boolean noPostcode = postcode == null || postcode.isBlank();
    if (given.isEmpty() && noPostcode) {
      return Optional.empty();
    }
    if (given.isEmpty()) {
      throw new InvalidInputException(LINES_FIELD, "Enter the first line of the address");
    }
    if (given.size() > MAX_LINES) {
      throw new InvalidInputException(
          LINES_FIELD, "An address has at most " + MAX_LINES + " lines");
    }
    for (String line : given) {
      if (line.length() > MAX_LINE) {
        throw new InvalidInputException(
            LINES_FIELD, "Each line of the address must be " + MAX_LINE + " characters or fewer");
      }
      if (CONTROL.matcher(line).find()) {
        throw new InvalidInputException(
            LINES_FIELD, "Enter each line of the address without line breaks or tabs");
      }
    }
    if (noPostcode) {
      throw new InvalidInputException(POSTCODE_FIELD, "Enter a postcode");
    }
    String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    if (!POSTCODE.matcher(compact).matches()) {
      throw new InvalidInputException(POSTCODE_FIELD, "Enter a real postcode, like LS1 4AP");
    }
    String tidy =
        compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    return Optional.of(new Address(given, tidy));
  }

  public List<String> lines() {
    return List.of(lines.split("\n"));
  }

  public String postcode() {
    return postcode;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Address that
        && lines.equals(that.lines)
        && postcode.equals(that.postcode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lines, postcode);
  }

  @Override
  public String toString() {
    return "Address[not shown]";
  }
}
