package org.openneighbourhood.portal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.Contact;
import org.openneighbourhood.portal.api.CostOption;
import org.openneighbourhood.portal.api.Phone;
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

  @Test
  void costsReadInPlainEnglish() {
    assertEquals("Free", words.cost(cost(null, "0.00", null, null, null)));
    assertEquals("£5 per session", words.cost(cost(null, "5.00", "per session", null, null)));
    assertEquals("Under 18s: £2.50", words.cost(cost("Under 18s", "2.5", null, null, null)));
    assertEquals("Adults: ask the service", words.cost(cost("Adults", null, null, null, null)));
    assertEquals(
        "£35 per hour, from 1 January 2026 until 31 December 2026",
        words.cost(
            cost(null, "35", "per hour", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
  }

  @Test
  void phonesAndContactsReadInPlainEnglish() {
    assertEquals(
        "0115 496 0000, extension 204 (calls): weekdays",
        words.phone(new Phone("0115 496 0000", "204", "VOICE", "weekdays")));
    assertEquals("07700 900123", words.phone(new Phone("07700 900123", null, null, null)));
    assertEquals(
        "Reception, Front desk (Ann Persona)",
        words.contact(new Contact("Ann Persona", "Reception", "Front desk", null, List.of())));
    assertEquals("Ann Persona", words.contact(new Contact("Ann Persona", null, null, null, null)));
  }

  private static CostOption cost(
      String option, String amount, String per, LocalDate from, LocalDate to) {
    return new CostOption(
        option, amount == null ? null : new BigDecimal(amount), "GBP", per, from, to);
  }
}
