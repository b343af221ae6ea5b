package org.openneighbourhood.api.relationship.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class ConsentTermTest {

  // Thursday 10 December 2026, 15:00 in London (GMT).
  private static final Instant NOW = Instant.parse("2026-12-10T15:00:00Z");

  private static final Organisation WALKING =
      new Organisation(
          UUID.randomUUID(), "walking", "Walking for wellbeing", Sector.VCFSE, null, null, null);

  @Test
  void aChosenDayRunsToMidnightInLondonInWinter() {
    ConsentTerm term = ConsentTerm.chosen(LocalDate.of(2027, 1, 31), null, NOW);
    assertEquals(Instant.parse("2027-02-01T00:00:00Z"), term.endsAt(NOW));
  }

  @Test
  void aChosenDayRunsToMidnightInLondonInSummer() {
    ConsentTerm term = ConsentTerm.chosen(LocalDate.of(2027, 6, 30), null, NOW);
    // Midnight BST is 23:00 UTC the evening before.
    assertEquals(Instant.parse("2027-06-30T23:00:00Z"), term.endsAt(NOW));
  }

  @Test
  void theDayTheClocksGoForwardEndsAtBritishSummerMidnight() {
    // The clocks go forward at 01:00 GMT on Sunday 28 March 2027: that day has 23 hours.
    ConsentTerm term = ConsentTerm.chosen(LocalDate.of(2027, 3, 28), null, NOW);
    Instant end = term.endsAt(NOW);
    assertEquals(Instant.parse("2027-03-28T23:00:00Z"), end);
    assertEquals(LocalDate.of(2027, 3, 28), ConsentTerm.lastDayOf(end));
  }

  @Test
  void theDayTheClocksGoBackEndsAtGreenwichMidnight() {
    // The clocks go back at 01:00 GMT on Sunday 31 October 2027: that day has 25 hours.
    ConsentTerm term = ConsentTerm.chosen(LocalDate.of(2027, 10, 31), null, NOW);
    Instant end = term.endsAt(NOW);
    assertEquals(Instant.parse("2027-11-01T00:00:00Z"), end);
    assertEquals(LocalDate.of(2027, 10, 31), ConsentTerm.lastDayOf(end));
  }

  @Test
  void todayMayBeChosenAndEndsTonight() {
    ConsentTerm term = ConsentTerm.chosen(LocalDate.of(2026, 12, 10), null, NOW);
    assertEquals(Instant.parse("2026-12-11T00:00:00Z"), term.endsAt(NOW));
  }

  @Test
  void aDayInThePastIsRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> ConsentTerm.chosen(LocalDate.of(2026, 12, 9), null, NOW));
    assertEquals(
        List.of(new FieldProblem("until", "The date must be today or in the future")),
        refused.fieldProblems());
  }

  @Test
  void yesterdayInLondonIsInThePastEvenWhenItIsStillThatDayElsewhere() {
    // 00:30 BST on 1 July is 23:30 UTC on 30 June: 30 June is already yesterday in London.
    Instant justAfterMidnight = Instant.parse("2027-06-30T23:30:00Z");
    assertThrows(
        InvalidInputException.class,
        () -> ConsentTerm.chosen(LocalDate.of(2027, 6, 30), null, justAfterMidnight));
  }

  @Test
  void atMostThreeYearsAhead() {
    ConsentTerm.chosen(LocalDate.of(2029, 12, 10), null, NOW);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> ConsentTerm.chosen(LocalDate.of(2029, 12, 11), null, NOW));
    assertEquals(
        List.of(new FieldProblem("until", "The date must be no more than 3 years from today")),
        refused.fieldProblems());
  }

  @Test
  void aDateAndTheReferralsEndTogetherAreRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> ConsentTerm.chosen(LocalDate.of(2027, 1, 31), true, NOW));
    assertEquals("untilReferralEnds", refused.fieldProblems().get(0).field());
  }

  @Test
  void withoutAChoiceItLastsAYear() {
    assertEquals(ConsentTerm.A_YEAR, ConsentTerm.chosen(null, null, NOW));
    assertEquals(ConsentTerm.A_YEAR, ConsentTerm.chosen(null, false, NOW));
    assertEquals(Instant.parse("2027-12-10T15:00:00Z"), ConsentTerm.A_YEAR.endsAt(NOW));
  }

  @Test
  void aDatedAgreementEndsAtThatMomentAndNotBefore() {
    Consent consent = referralConsent(ConsentTerm.chosen(LocalDate.of(2027, 3, 31), null, NOW));
    Instant end = Instant.parse("2027-03-31T23:00:00Z");
    assertTrue(consent.isActiveAt(end.minusNanos(1000)));
    assertFalse(consent.isActiveAt(end));
    assertEquals(LocalDate.of(2027, 3, 31), consent.lastDay());
  }

  @Test
  void anAgreementUntilTheReferralEndsStopsTheMomentItIsClosed() {
    Consent consent = referralConsent(ConsentTerm.chosen(null, true, NOW));
    assertTrue(consent.endsWithReferral());
    Instant closed = Instant.parse("2027-02-03T11:15:00Z");
    assertTrue(consent.isActiveAt(closed.minusNanos(1000)));
    consent.referralEnded(closed);
    assertFalse(consent.isActiveAt(closed));
    assertTrue(consent.isActiveAt(closed.minusNanos(1000)));
    assertEquals(LocalDate.of(2027, 2, 3), consent.lastDay());
  }

  @Test
  void aDatedAgreementOutlivesItsReferral() {
    Consent consent = referralConsent(ConsentTerm.chosen(LocalDate.of(2027, 3, 31), null, NOW));
    consent.referralEnded(Instant.parse("2027-02-03T11:15:00Z"));
    assertTrue(consent.isActiveAt(Instant.parse("2027-03-01T00:00:00Z")));
  }

  @Test
  void anAgreementThatEndsWithItsReferralStillEndsAfterThreeYearsAtTheLatest() {
    Consent consent = referralConsent(ConsentTerm.UNTIL_REFERRAL_ENDS);
    assertTrue(consent.isActiveAt(Instant.parse("2029-12-10T14:59:59Z")));
    assertFalse(consent.isActiveAt(Instant.parse("2029-12-10T15:00:00Z")));
  }

  @Test
  void onlyAnAgreementForAReferralCanEndWithIt() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Consent(
                UUID.randomUUID(),
                WALKING,
                Consent.Scope.CARE_TEAM,
                null,
                "Lina Link",
                WALKING,
                ConsentTerm.UNTIL_REFERRAL_ENDS,
                NOW));
  }

  private static Consent referralConsent(ConsentTerm term) {
    return new Consent(
        UUID.randomUUID(),
        WALKING,
        Consent.Scope.REFERRAL,
        UUID.randomUUID(),
        "Lina Link",
        WALKING,
        term,
        NOW);
  }

  @Test
  void aDatedEndIsSaidProminentlyInItsLastFourteenDays() {
    Consent consent = referralConsent(ConsentTerm.chosen(LocalDate.of(2027, 3, 31), null, NOW));
    Instant fifteenDaysBefore = Instant.parse("2027-03-16T12:00:00Z");
    assertEquals(15L, consent.daysLeftAt(fifteenDaysBefore).orElseThrow());
    assertFalse(consent.isEndingSoonAt(fifteenDaysBefore));
    Instant tenDaysBefore = Instant.parse("2027-03-21T12:00:00Z");
    assertEquals(10L, consent.daysLeftAt(tenDaysBefore).orElseThrow());
    assertTrue(consent.isEndingSoonAt(tenDaysBefore));
    assertEquals(0L, consent.daysLeftAt(Instant.parse("2027-03-31T22:59:00Z")).orElseThrow());
    assertTrue(consent.daysLeftAt(Instant.parse("2027-03-31T23:00:00Z")).isEmpty());
    assertFalse(consent.isEndingSoonAt(Instant.parse("2027-03-31T23:00:00Z")));
  }

  @Test
  void anAgreementThatEndsWithItsReferralIsNeverSaidToEndSoonByDate() {
    Consent consent = referralConsent(ConsentTerm.UNTIL_REFERRAL_ENDS);
    assertFalse(consent.isEndingSoonAt(Instant.parse("2029-12-01T12:00:00Z")));
  }
}
