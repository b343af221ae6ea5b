package org.openneighbourhood.api.schema.entity;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Keys for the append-only tables (audit events, a plan's history, progress notes, wellbeing
 * answers, safeguarding notes, the e-mail outbox): UUIDv7 (RFC 9562), whose first 48 bits are the
 * Unix time in milliseconds. Rows written together sit together in the primary key's index, so an
 * insert touches the index's right edge instead of a random page, as a random UUID's does. The time
 * is the real one, never the business clock tests move; the other 74 bits are random.
 */
public final class TimeOrderedIds {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TimeOrderedIds() {}

  public static UUID next() {
    return at(System.currentTimeMillis());
  }

  static UUID at(long epochMillis) {
    long randomHigh = RANDOM.nextLong();
    long randomLow = RANDOM.nextLong();
    long most = (epochMillis << 16) | 0x7000L | (randomHigh & 0x0FFFL);
    long least = (randomLow & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(most, least);
  }
}
