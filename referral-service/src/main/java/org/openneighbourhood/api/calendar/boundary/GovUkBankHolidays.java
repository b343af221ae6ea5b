package org.openneighbourhood.api.calendar.boundary;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openneighbourhood.api.calendar.entity.BankHoliday;
import org.openneighbourhood.api.problem.control.JsonShape;
import org.openneighbourhood.api.problem.entity.IgnoresUnknownFields;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * The shape of GOV.UK's https://www.gov.uk/bank-holidays.json: an object of divisions
 * ("england-and-wales", "scotland", "northern-ireland"), each with its events. Only England and
 * Wales is read.
 */
public final class GovUkBankHolidays {

  public static final String ENGLAND_AND_WALES = "england-and-wales";

  private GovUkBankHolidays() {}

  /**
   * England and Wales's holidays in the file as read.
   *
   * @throws InvalidInputException when it has none, or an event without a title or a date
   */
  static List<BankHoliday> englandAndWales(Map<String, Division> file) {
    Division division = file == null ? null : file.get(ENGLAND_AND_WALES);
    if (division == null || division.events == null || division.events.isEmpty()) {
      throw new InvalidInputException(
          ENGLAND_AND_WALES, "Send GOV.UK's bank holidays file, with its england-and-wales events");
    }
    List<BankHoliday> holidays = new ArrayList<>();
    for (Event event : division.events) {
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
    return holidays;
  }

  /** One division of the file. */
  @IgnoresUnknownFields
  public static class Division {
    public String division;
    public List<Event> events;
  }

  /** One bank holiday of the file. */
  @IgnoresUnknownFields
  public static class Event {
    public String title;
    public String date;
    public String notes;
    public Boolean bunting;
  }
}
