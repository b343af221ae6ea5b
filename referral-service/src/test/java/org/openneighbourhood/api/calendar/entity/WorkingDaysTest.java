package org.openneighbourhood.api.calendar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  /** England and Wales, Christmas 2026 to Easter 2027 (Boxing Day falls on a Saturday). */
  private final WorkingDays days =
      new WorkingDays(
          Set.of(
              LocalDate.of(2026, 12, 25),
              LocalDate.of(2026, 12, 28),
              LocalDate.of(2027, 1, 1),
              LocalDate.of(2027, 3, 26),
              LocalDate.of(2027, 3, 29)));

  @Test
  void weekendsAndBankHolidaysAreNotWorkingDays() {
    assertFalse(days.isWorkingDay(LocalDate.of(2026, 11, 28)), "Saturday");
    assertFalse(days.isWorkingDay(LocalDate.of(2026, 11, 29)), "Sunday");
    assertFalse(days.isWorkingDay(LocalDate.of(2026, 12, 28)), "Boxing Day substitute");
    assertTrue(days.isWorkingDay(LocalDate.of(2026, 11, 23)), "Monday");
  }

  @Test
  void tenWorkingDaysFromAMondayIsTheMondayFortnight() {
    assertEquals(LocalDate.of(2026, 12, 7), days.after(LocalDate.of(2026, 11, 23), 10));
  }

  @Test
  void fridayAndTheWeekendAfterShareADeadline() {
    LocalDate fromFriday = days.after(LocalDate.of(2026, 11, 27), 1);
    assertEquals(LocalDate.of(2026, 11, 30), fromFriday);
    assertEquals(fromFriday, days.after(LocalDate.of(2026, 11, 28), 1));
    assertEquals(fromFriday, days.after(LocalDate.of(2026, 11, 29), 1));
  }

  @Test
  void christmasAndNewYearAreSkipped() {
    // 21 Dec 2026 (Mon): 22, 23, 24, 29, 30, 31 Dec, 4, 5, 6, 7 Jan
    assertEquals(LocalDate.of(2027, 1, 7), days.after(LocalDate.of(2026, 12, 21), 10));
  }

  @Test
  void easterIsSkipped() {
    // Thu 25 Mar 2027: Good Friday and Easter Monday are holidays
    assertEquals(LocalDate.of(2027, 3, 30), days.after(LocalDate.of(2027, 3, 25), 1));
  }

  @Test
  void countingBackwardsSkipsTheSameDays() {
    assertEquals(LocalDate.of(2026, 12, 24), days.before(LocalDate.of(2026, 12, 29), 1));
    assertEquals(LocalDate.of(2026, 12, 3), days.before(LocalDate.of(2026, 12, 7), 2));
  }

  @Test
  void betweenCountsTheWorkingDaysAfterTheFirstDay() {
    assertEquals(10, days.between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 7)));
    assertEquals(0, days.between(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 11, 23)));
  }

  @Test
  void atLeastOneDayIsCounted() {
    assertThrows(IllegalArgumentException.class, () -> days.after(LocalDate.of(2026, 1, 5), 0));
  }
}
