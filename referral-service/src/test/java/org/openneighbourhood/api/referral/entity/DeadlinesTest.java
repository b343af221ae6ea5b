package org.openneighbourhood.api.referral.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.calendar.entity.WorkingDays;

class DeadlinesTest {

  private final WorkingDays days = new WorkingDays(Set.of(LocalDate.of(2026, 12, 25)));

  @Test
  void theDeadlineIsTheEndOfTheLastWorkingDayInLondon() {
    // Sent Monday 23 Nov 2026 at 10:00 (GMT): 10 working days is Monday 7 Dec, so the answer is
    // due before midnight that day.
    Deadline deadline = Deadlines.of(Instant.parse("2026-11-23T10:00:00Z"), 10, 2, days);
    assertEquals(Instant.parse("2026-12-08T00:00:00Z"), deadline.respondBy());
    assertEquals(Instant.parse("2026-12-03T09:00:00Z"), deadline.remindAt());
  }

  @Test
  void summerTimeIsLondonTime() {
    // Sent Monday 1 Jun 2026 at 23:30 BST, which is still 1 June in London (22:30 UTC).
    Deadline deadline = Deadlines.of(Instant.parse("2026-06-01T22:30:00Z"), 1, 0, days);
    assertEquals(Instant.parse("2026-06-02T23:00:00Z"), deadline.respondBy());
    assertNull(deadline.remindAt());
  }

  @Test
  void noReminderWhenItWouldComeBeforeTheSending() {
    Deadline deadline = Deadlines.of(Instant.parse("2026-11-23T10:00:00Z"), 2, 2, days);
    assertNull(deadline.remindAt());
  }

  @Test
  void theLastDayToAnswerIsTheDayTheDeadlineMidnightEnds() {
    // Issue 15: sent Monday 14 Dec 2026, 4 working days is Friday 18 Dec; the deadline instant is
    // 2026-12-19T00:00Z, a Saturday's first moment, and the day to name is the Friday.
    Deadline deadline = Deadlines.of(Instant.parse("2026-12-14T10:00:00Z"), 4, 0, days);
    assertEquals(Instant.parse("2026-12-19T00:00:00Z"), deadline.respondBy());
    assertEquals(LocalDate.of(2026, 12, 18), Deadlines.lastDayToAnswer(deadline.respondBy()));
  }

  @Test
  void anAnswerAtOneSecondToMidnightIsOnTimeAndAtMidnightIsLate() {
    Instant respondBy = Instant.parse("2026-12-19T00:00:00Z");
    Instant lastSecond = Instant.parse("2026-12-18T23:59:59Z");
    assertFalse(Deadlines.isPast(respondBy, lastSecond));
    assertEquals(LocalDate.of(2026, 12, 18), Deadlines.lastDayToAnswer(lastSecond.plusSeconds(1)));
    assertTrue(Deadlines.isPast(respondBy, respondBy));
    assertTrue(Deadlines.isPast(respondBy, respondBy.plusNanos(1)));
  }

  @Test
  void theLastDayToAnswerIsLondonsAcrossTheClockGoingForward() {
    // The clocks go forward on Sunday 29 March 2026.
    // Sent Wednesday 25 March: 2 working days is Friday 27 March, which ends at 00:00 GMT.
    Instant beforeTheChange =
        Deadlines.of(Instant.parse("2026-03-25T10:00:00Z"), 2, 0, days).respondBy();
    assertEquals(Instant.parse("2026-03-28T00:00:00Z"), beforeTheChange);
    assertEquals(LocalDate.of(2026, 3, 27), Deadlines.lastDayToAnswer(beforeTheChange));
    // Sent Thursday 26 March: 2 working days is Monday 30 March, which ends at 00:00 BST (23:00Z).
    Deadline afterTheChange = Deadlines.of(Instant.parse("2026-03-26T10:00:00Z"), 2, 0, days);
    assertEquals(Instant.parse("2026-03-30T23:00:00Z"), afterTheChange.respondBy());
    assertEquals(LocalDate.of(2026, 3, 30), Deadlines.lastDayToAnswer(afterTheChange.respondBy()));
    assertFalse(
        Deadlines.isPast(afterTheChange.respondBy(), Instant.parse("2026-03-30T22:59:59Z")));
    assertTrue(Deadlines.isPast(afterTheChange.respondBy(), Instant.parse("2026-03-30T23:00:00Z")));
    // A reminder two working days before Thursday 2 April is Tuesday 31 March, 9am BST.
    Deadline reminded = Deadlines.of(Instant.parse("2026-03-26T10:00:00Z"), 5, 2, days);
    assertEquals(LocalDate.of(2026, 4, 2), Deadlines.lastDayToAnswer(reminded.respondBy()));
    assertEquals(Instant.parse("2026-03-31T08:00:00Z"), reminded.remindAt());
  }

  @Test
  void theLastDayToAnswerIsLondonsAcrossTheClockGoingBack() {
    // The clocks go back on Sunday 25 October 2026.
    // Sent Wednesday 21 October: 2 working days is Friday 23 October, which ends at 00:00 BST
    // (23:00Z on the Friday): the day is the Friday, not the Saturday the instant is in London.
    Deadline beforeTheChange = Deadlines.of(Instant.parse("2026-10-21T10:00:00Z"), 2, 0, days);
    assertEquals(Instant.parse("2026-10-23T23:00:00Z"), beforeTheChange.respondBy());
    assertEquals(
        LocalDate.of(2026, 10, 23), Deadlines.lastDayToAnswer(beforeTheChange.respondBy()));
    // Sent Thursday 22 October: 2 working days is Monday 26 October, which ends at 00:00 GMT.
    Deadline afterTheChange = Deadlines.of(Instant.parse("2026-10-22T10:00:00Z"), 2, 0, days);
    assertEquals(Instant.parse("2026-10-27T00:00:00Z"), afterTheChange.respondBy());
    assertEquals(LocalDate.of(2026, 10, 26), Deadlines.lastDayToAnswer(afterTheChange.respondBy()));
    assertFalse(
        Deadlines.isPast(afterTheChange.respondBy(), Instant.parse("2026-10-26T23:59:59Z")));
    assertTrue(Deadlines.isPast(afterTheChange.respondBy(), Instant.parse("2026-10-27T00:00:00Z")));
  }
}
