package org.openneighbourhood.api.referral.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
