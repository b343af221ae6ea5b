package org.openneighbourhood.api.calendar.boundary;

import java.time.LocalDate;
import org.openneighbourhood.api.calendar.entity.BankHoliday;

public record BankHolidayView(LocalDate date, String title) {

  static BankHolidayView of(BankHoliday holiday) {
    return new BankHolidayView(holiday.day(), holiday.title());
  }
}
