package org.openneighbourhood.api.caseload.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.caseload.entity.Waiting.Kind;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.plan.entity.ActionStatus;

class WaitingTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
  // Midnight in London at the start of 11 December: the end of 10 December's answers.
  static final Instant END_OF_TODAY = Instant.parse("2026-12-11T00:00:00Z");
  static final Instant NOON_TODAY = Instant.parse("2026-12-10T12:00:00Z");

  final Organisation greenMinds = organisation("green-minds", "Green Minds");
  final Organisation northgate = organisation("northgate-pcn", "Northgate PCN");

  static Organisation organisation(String alias, String name) {
    return new Organisation(UUID.randomUUID(), alias, name, Sector.VCFSE, null, null, null);
  }

  Waiting answer(Instant respondBy, Instant now) {
    return Waiting.answer(
        UUID.randomUUID(),
        "Walking group",
        greenMinds.id(),
        greenMinds.name(),
        Instant.parse("2026-12-07T10:00:00Z"),
        respondBy,
        now);
  }

  @Test
  void aReferralWaitsOnItsReceiverUntilTheLastDayToAnswer() {
    Waiting waiting = answer(END_OF_TODAY, NOON_TODAY);
    assertEquals(Kind.REFERRAL_AWAITING_ANSWER, waiting.kind());
    assertEquals(greenMinds.id(), waiting.onWhomId());
    assertEquals("Green Minds", waiting.onWhomName());
    assertEquals(TODAY, waiting.dueOn(), "the last day to answer, not the instant's day");
    assertEquals(LocalDate.of(2026, 12, 7), waiting.since());
    assertFalse(waiting.overdue(), "still today");
    assertTrue(waiting.isOn(greenMinds.id()));
    assertFalse(waiting.isOn(northgate.id()));
  }

  @Test
  void aReferralNotAnsweredByItsDeadlineIsOverdue() {
    assertTrue(answer(END_OF_TODAY, END_OF_TODAY).overdue(), "from the deadline on");
  }

  @Test
  void aWaitlistedReferralWaitsOnItsReceiverWithNoDayToKeep() {
    Waiting waiting =
        Waiting.waitlisted(
            UUID.randomUUID(),
            "Walking group",
            greenMinds.id(),
            greenMinds.name(),
            Instant.parse("2026-12-08T09:00:00Z"));
    assertEquals(Kind.REFERRAL_WAITLISTED, waiting.kind());
    assertEquals(greenMinds.id(), waiting.onWhomId());
    assertEquals(LocalDate.of(2026, 12, 8), waiting.since());
    assertNull(waiting.dueOn());
    assertFalse(waiting.overdue());
  }

  @Test
  void anActionWaitsOnItsOwnerOnlyOnceItsDueDayHasPassed() {
    UUID id = UUID.randomUUID();
    Waiting overdue =
        Waiting.overdueAction(
                id,
                "Phone about the bus pass",
                northgate,
                ActionStatus.IN_PROGRESS,
                TODAY.minusDays(1),
                TODAY)
            .orElseThrow();
    assertEquals(Kind.ACTION_OVERDUE, overdue.kind());
    assertEquals(northgate.id(), overdue.onWhomId());
    assertTrue(overdue.overdue());
    assertTrue(
        Waiting.overdueAction(id, "Phone", northgate, ActionStatus.NOT_STARTED, TODAY, TODAY)
            .isEmpty(),
        "due today is not overdue yet");
    assertTrue(
        Waiting.overdueAction(
                id, "Phone", northgate, ActionStatus.STOPPED, TODAY.minusDays(9), TODAY)
            .isEmpty(),
        "a stopped action waits on no one");
    assertTrue(
        Waiting.overdueAction(id, "Phone", northgate, ActionStatus.NOT_STARTED, null, TODAY)
            .isEmpty(),
        "no due day, nothing overdue");
  }

  @Test
  void aReviewIsDueWithinTheReminderDaysAndOverdueAfterItsDay() {
    UUID plan = UUID.randomUUID();
    assertTrue(Waiting.review(plan, TODAY.plusDays(8), northgate, TODAY, 7).isEmpty());
    Waiting soon = Waiting.review(plan, TODAY.plusDays(7), northgate, TODAY, 7).orElseThrow();
    assertEquals(Kind.REVIEW_DUE, soon.kind());
    assertEquals(northgate.id(), soon.onWhomId(), "on the organisation named to hold it");
    assertFalse(soon.overdue());
    assertFalse(Waiting.review(plan, TODAY, northgate, TODAY, 7).orElseThrow().overdue());
    Waiting late = Waiting.review(plan, TODAY.minusDays(1), null, TODAY, 7).orElseThrow();
    assertTrue(late.overdue());
    assertNull(late.onWhomId(), "nobody named to hold it");
    assertEquals(TODAY.plusDays(7), Waiting.reviewsDueUpTo(TODAY, 7));
  }

  @Test
  void overdueThingsComeFirstThenWhatFallsDueSoonestThenWhatHasNoDay() {
    Waiting waitlisted =
        Waiting.waitlisted(
            UUID.randomUUID(), "Debt advice", greenMinds.id(), greenMinds.name(), NOON_TODAY);
    Waiting longWaitlisted =
        Waiting.waitlisted(
            UUID.randomUUID(),
            "Benefits",
            greenMinds.id(),
            greenMinds.name(),
            NOON_TODAY.minusSeconds(86_400 * 5));
    Waiting answerSoon = answer(END_OF_TODAY.plusSeconds(86_400 * 2), NOON_TODAY);
    Waiting reviewLater =
        Waiting.review(UUID.randomUUID(), TODAY.plusDays(5), northgate, TODAY, 7).orElseThrow();
    Waiting lateAnswer = answer(END_OF_TODAY.minusSeconds(86_400), NOON_TODAY);
    Waiting longOverdueAction =
        Waiting.overdueAction(
                UUID.randomUUID(),
                "Call",
                northgate,
                ActionStatus.NOT_STARTED,
                TODAY.minusDays(20),
                TODAY)
            .orElseThrow();
    List<Waiting> all =
        new ArrayList<>(
            List.of(
                waitlisted,
                answerSoon,
                reviewLater,
                lateAnswer,
                longWaitlisted,
                longOverdueAction));
    all.sort(Waiting.ATTENTION);
    assertEquals(
        List.of(longOverdueAction, lateAnswer, answerSoon, reviewLater, longWaitlisted, waitlisted),
        all);
  }

  @Test
  void itsTextNamesNoOneAndRepeatsNothingWritten() {
    Waiting overdue =
        Waiting.overdueAction(
                UUID.randomUUID(),
                "Visit Mrs Example at home",
                northgate,
                ActionStatus.NOT_STARTED,
                TODAY.minusDays(2),
                TODAY)
            .orElseThrow();
    assertFalse(overdue.toString().contains("Example"));
  }
}
