package org.openneighbourhood.portal.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openneighbourhood.portal.people.NhsNumbers;

/** Formats as people in England read them, for use in pages as #{display.date(...)}. */
@Named
@ApplicationScoped
public class Display {

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter DAY_OF_WEEK =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

  public String nhsNumber(String digits) {
    return NhsNumbers.format(digits);
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** "Friday 18 December 2026", as the API's e-mails write a day. */
  public String dayOfWeek(LocalDate date) {
    return date == null ? "" : DAY_OF_WEEK.format(date);
  }

  /**
   * The day of an instant; named apart from date(LocalDate) so EL never has to pick an overload.
   */
  public String day(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(ENGLAND));
  }

  public String dateTime(Instant instant) {
    return instant == null
        ? ""
        : DATE_TIME.format(instant.atZone(ENGLAND)).replace("AM", "am").replace("PM", "pm");
  }

  public String orNothingYet(String text) {
    return text == null || text.isBlank() ? "Nothing recorded yet." : text;
  }
}
