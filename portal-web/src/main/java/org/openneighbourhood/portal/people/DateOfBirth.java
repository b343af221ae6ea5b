package org.openneighbourhood.portal.people;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the three boxes of the NHS.UK date input. Messages follow the NHS.UK date input guidance:
 * say which part is missing, or that the date is not real, or not in the past.
 */
public record DateOfBirth(LocalDate date, String problem) implements Serializable {

  public static DateOfBirth parse(String day, String month, String year, LocalDate today) {
    String d = trim(day);
    String m = trim(month);
    String y = trim(year);
    if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
      return failed("Enter their date of birth");
    }
    Optional<String> missing = missingPart(d, m, y);
    if (missing.isPresent()) {
      return failed("Date of birth must include a " + missing.get());
    }
    if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}") || !y.matches("\\d+")) {
      return failed("Date of birth must be a real date");
    }
    if (y.length() != 4) {
      return failed("Year must include 4 numbers");
    }
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException e) {
      return failed("Date of birth must be a real date");
    }
    if (date.isAfter(today)) {
      return failed("Date of birth must be in the past");
    }
    if (date.getYear() < 1900) {
      return failed("Date of birth must be after 1900");
    }
    return new DateOfBirth(date, null);
  }

  public boolean isValid() {
    return problem == null;
  }

  private static Optional<String> missingPart(String d, String m, String y) {
    StringBuilder parts = new StringBuilder();
    if (d.isEmpty()) {
      parts.append("day");
    }
    if (m.isEmpty()) {
      parts.append(parts.length() > 0 ? " and month" : "month");
    }
    if (y.isEmpty()) {
      parts.append(parts.length() > 0 ? " and year" : "year");
    }
    return parts.length() == 0 ? Optional.empty() : Optional.of(parts.toString());
  }

  private static DateOfBirth failed(String problem) {
    return new DateOfBirth(null, problem);
  }

  private static String trim(String value) {
    return value == null ? "" : value.strip();
  }
}
