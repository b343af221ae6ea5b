package org.openneighbourhood.portal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.CaseloadEntry.Waiting;

class CaseloadWordsTest {

  static final LocalDate FRIDAY = LocalDate.of(2026, 12, 18);

  static Waiting waiting(
      String kind,
      String what,
      String onWhom,
      boolean onYou,
      LocalDate since,
      LocalDate due,
      boolean overdue) {
    return new Waiting(
        kind,
        UUID.randomUUID(),
        what,
        onWhom == null ? null : UUID.randomUUID(),
        onWhom,
        onYou,
        since,
        due,
        overdue);
  }

  @Test
  void aReferralWaitsForItsReceiverToAnswerByTheLastDay() {
    Waiting answer =
        waiting(
            "REFERRAL_AWAITING_ANSWER",
            "Walking for wellbeing",
            "Green Minds",
            false,
            FRIDAY.minusDays(4),
            FRIDAY,
            false);
    assertEquals(
        "Referral to Walking for wellbeing: waiting for Green Minds to answer by Friday 18 December"
            + " 2026",
        CaseloadWords.what(answer));
    assertEquals("Green Minds", CaseloadWords.onWhomCell(answer));
    assertEquals("Due 18 December 2026", CaseloadWords.when(answer));
  }

  @Test
  void whatIsOverdueSaysItWasDue() {
    Waiting action =
        waiting(
            "ACTION_OVERDUE", "Book a benefits check", "Northgate PCN", true, null, FRIDAY, true);
    assertEquals("Action not done: Book a benefits check", CaseloadWords.what(action));
    assertEquals("You", CaseloadWords.onWhomCell(action), "the caller's own organisation");
    assertEquals("Was due 18 December 2026", CaseloadWords.when(action));
  }

  @Test
  void aWaitingListHasNoDayOnlyASince() {
    Waiting waitlisted =
        waiting("REFERRAL_WAITLISTED", "Debt advice", "Money Matters", false, FRIDAY, null, false);
    assertEquals(
        "Referral to Debt advice: on Money Matters' waiting list", CaseloadWords.what(waitlisted));
    assertEquals("Since 18 December 2026", CaseloadWords.when(waitlisted));
  }

  @Test
  void aReviewNobodyHoldsSaysSo() {
    Waiting review = waiting("REVIEW_DUE", null, null, false, null, FRIDAY, false);
    assertEquals("Plan review due on Friday 18 December 2026", CaseloadWords.what(review));
    assertEquals("No one yet: choose who holds the review", CaseloadWords.onWhomCell(review));
  }
}
