package org.openneighbourhood.portal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.ServiceMatch;

class DirectoryWordsTest {

  private final DirectoryWords words = new DirectoryWords();

  private static ServiceMatch match(String capacity, LocalDate reopens, Double days, Integer rate) {
    return new ServiceMatch(
        UUID.randomUUID(),
        "Debt advice",
        "",
        UUID.randomUUID(),
        "Money Matters",
        List.of(),
        capacity,
        reopens,
        10,
        true,
        false,
        days,
        rate,
        null,
        null,
        Instant.EPOCH,
        false,
        null,
        null,
        null);
  }

  @Test
  void aStaleEntrySaysSinceWhenOnLondonsCalendar() {
    assertEquals(
        "May have stopped: not confirmed since 24 March 2026",
        words.stale(Instant.parse("2026-03-23T23:30:00Z").plusSeconds(3600)));
    assertEquals(
        "May have stopped: not confirmed since 1 July 2026",
        words.stale(Instant.parse("2026-06-30T23:30:00Z")),
        "British Summer Time: already the 1st in London");
  }

  @Test
  void distancesReadAsPeopleSayThem() {
    assertEquals("0.4 km away", words.distance(0.38));
    assertEquals("12 km away", words.distance(12.4));
    assertEquals("", words.distance(null));
  }

  @Test
  void howToGetInInPlainWords() {
    assertEquals("Referral or self-referral", words.routes(true, true));
    assertEquals("Referral by a professional", words.routes(true, false));
    assertEquals("People refer themselves", words.routes(false, true));
    assertEquals(
        "Signpost only: people contact the service themselves", words.routes(false, false));
  }

  @Test
  void figuresAreShownOnlyOnceKnown() {
    assertEquals(
        "Not enough referrals yet to say",
        words.typicalResponse(match("ACCEPTING", null, null, null)));
    assertEquals(
        "Usually about 3 working days", words.typicalResponse(match("ACCEPTING", null, 2.6, 80)));
    assertEquals("80% of referrals", words.acceptanceRate(match("ACCEPTING", null, 2.6, 80)));
    assertEquals(
        "Paused until 1 March 2027",
        words.capacity(match("PAUSED", LocalDate.of(2027, 3, 1), null, null)));
  }

  @Test
  void agesReadAsARange() {
    assertEquals("Any age", words.ages(null, null));
    assertEquals("18 and over", words.ages(18, null));
    assertEquals("Up to 25", words.ages(null, 25));
    assertEquals("16 to 25", words.ages(16, 25));
  }
}
