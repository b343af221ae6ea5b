package org.openneighbourhood.api.referral.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.referral.entity.Referral;

/**
 * A referral's place in a list, by the list index's own key (group, order, created, id), so that
 * the next or previous page starts from it with an index seek instead of counting past every
 * earlier row (OFFSET). Travels as an opaque, URL-safe token in the page links.
 */
public record ListPosition(int listGroup, long listOrder, Instant createdAt, UUID id) {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int MAX_TOKEN = 200;

  public static ListPosition of(Referral referral) {
    return new ListPosition(
        referral.listGroup(), referral.listOrder(), referral.createdAt(), referral.id());
  }

  public String token() {
    String plain = listGroup + "~" + listOrder + "~" + createdAt + "~" + id;
    return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The position a token names; empty for anything this class did not write. */
  public static Optional<ListPosition> parse(String token) {
    if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
      return Optional.empty();
    }
    try {
      String[] parts = new String(DECODER.decode(token.strip()), StandardCharsets.UTF_8).split("~");
      if (parts.length != 4) {
        return Optional.empty();
      }
      return Optional.of(
          new ListPosition(
              Integer.parseInt(parts[0]),
              Long.parseLong(parts[1]),
              Instant.parse(parts[2]),
              UUID.fromString(parts[3])));
    } catch (IllegalArgumentException | DateTimeParseException notOurs) {
      return Optional.empty();
    }
  }
}
