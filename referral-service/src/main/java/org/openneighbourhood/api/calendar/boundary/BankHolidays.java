package org.openneighbourhood.api.calendar.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.audit.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.calendar.control.Calendar;
import org.openneighbourhood.api.calendar.entity.BankHoliday;
import org.openneighbourhood.api.problem.control.JsonShape;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/** Use cases: see the bank holidays deadlines skip, and load newer ones from GOV.UK's file. */
@ApplicationScoped
@Transactional
public class BankHolidays {

  @Inject Calendar calendar;
  @Inject AccessPolicy policy;

  public List<BankHolidayView> list(Caller caller) {
    policy.checkWithoutPerson(caller, Operation.CALENDAR_READ, RecordType.DIRECTORY);
    return calendar.all().stream().map(BankHolidayView::of).toList();
  }

  /** Adds England and Wales's holidays from GOV.UK's file; the ones known stay. */
  public List<BankHolidayView> load(Caller caller, Map<String, GovUkBankHolidays.Division> file) {
    policy
        .checkWithoutPerson(caller, Operation.CALENDAR_UPDATE, RecordType.DIRECTORY)
        .record(RecordType.DIRECTORY, null);
    GovUkBankHolidays.Division division =
        file == null ? null : file.get(GovUkBankHolidays.ENGLAND_AND_WALES);
    if (division == null || division.events == null || division.events.isEmpty()) {
      throw new InvalidInputException(
          GovUkBankHolidays.ENGLAND_AND_WALES,
          "Send GOV.UK's bank holidays file, with its england-and-wales events");
    }
    List<BankHoliday> holidays = new ArrayList<>();
    for (GovUkBankHolidays.Event event : division.events) {
      if (event == null || event.title == null || event.title.isBlank() || event.date == null) {
        throw new InvalidInputException("events", "Every event needs a title and a date");
      }
      if (event.title.strip().length() > BankHoliday.MAX_TITLE) {
        throw new InvalidInputException(
            "events", "A title has at most " + BankHoliday.MAX_TITLE + " characters");
      }
      try {
        holidays.add(
            new BankHoliday(JsonShape.calendarDate(event.date.strip()), event.title.strip()));
      } catch (DateTimeParseException | IllegalArgumentException notADate) {
        throw new InvalidInputException("events", "Write dates as YYYY-MM-DD, as GOV.UK does");
      }
    }
    calendar.merge(holidays);
    return calendar.all().stream().map(BankHolidayView::of).toList();
  }
}
