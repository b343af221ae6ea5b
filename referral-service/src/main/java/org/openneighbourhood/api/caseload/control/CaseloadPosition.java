package org.openneighbourhood.api.caseload.control;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's place in a caseload, by the caseload's own order (attention, first day due, person),
 * so that the next or previous page starts from the person next to it. Travels as an opaque,
 * URL-safe token in the page links; it names no one (a person's id only).
 */
public record CaseloadPosition(int attention, LocalDate firstDue, UUID personId) {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int MAX_TOKEN = 200;

  public String token() {
    String plain = attention + "~" + firstDue + "~" + personId;
    return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The position a token names; empty for anything this class did not write. */
  public static Optional<CaseloadPosition> parse(String token) {
    if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
      return Optional.empty();
    }
    try {
      String[] parts = new String(DECODER.decode(token.strip()), StandardCharsets.UTF_8).split("~");
      if (parts.length != 3) {
        return Optional.empty();
      }
      int attention = Integer.parseInt(parts[0]);
      if (attention < 0 || attention > 2) {
        return Optional.empty();
      }
      return Optional.of(
          new CaseloadPosition(attention, LocalDate.parse(parts[1]), UUID.fromString(parts[2])));
    } catch (IllegalArgumentException | DateTimeParseException notOurs) {
      return Optional.empty();
    }
  }
}
