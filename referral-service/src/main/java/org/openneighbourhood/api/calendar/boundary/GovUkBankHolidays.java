package org.openneighbourhood.api.calendar.boundary;

import java.util.List;
import org.openneighbourhood.api.problem.entity.IgnoresUnknownFields;

/**
 * The shape of GOV.UK's https://www.gov.uk/bank-holidays.json: an object of divisions
 * ("england-and-wales", "scotland", "northern-ireland"), each with its events. Only England and
 * Wales is read.
 */
public final class GovUkBankHolidays {

  public static final String ENGLAND_AND_WALES = "england-and-wales";

  private GovUkBankHolidays() {}

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
