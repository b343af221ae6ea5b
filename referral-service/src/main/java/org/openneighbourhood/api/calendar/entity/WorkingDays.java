package org.openneighbourhood.api.calendar.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working-day arithmetic: Monday to Friday, less the bank holidays it was given. Deadlines count
 * whole working days after the day something happened, so a referral sent on a Friday afternoon and
 * one sent on the Monday morning after share a deadline.
 */
public final class WorkingDays {

  private final Set<LocalDate> holidays;

  public WorkingDays(Set<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /** The {@code days}th working day after {@code from} ({@code from} itself is not counted). */
  public LocalDate after(LocalDate from, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("Count at least one working day");
    }
    LocalDate day = from;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The {@code days}th working day before {@code from} ({@code from} itself is not counted). */
  public LocalDate before(LocalDate from, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("Count at least one working day");
    }
    LocalDate day = from;
    int counted = 0;
    while (counted < days) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after.
   */
  public int between(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
