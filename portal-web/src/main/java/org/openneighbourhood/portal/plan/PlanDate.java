package org.openneighbourhood.portal.plan;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Reads the three boxes of an NHS.UK date input for a plan date (an action's due date, the review
 * date). Blank boxes mean no date when the date is optional. Messages follow the NHS.UK date input
 * guidance: say which part is missing, or that the date is not real.
 *
 * @param date the date, or null (no date, or a problem)
 * @param problem what is wrong, or null
 */
public record PlanDate(LocalDate date, String problem) implements Serializable {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("M");
  private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy");

  /**
   * @param name the date's name at the start of a sentence, e.g. "Due date"
   * @param required whether blank boxes are a problem
   */
  public static PlanDate parse(
      String day, String month, String year, String name, boolean required) {
    String d = trim(day);
    String m = trim(month);
    String y = trim(year);
    if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
      return required ? failed("Enter the " + lower(name)) : new PlanDate(null, null);
    }
    StringBuilder missing = new StringBuilder();
    for (String[] part : new String[][] {{d, "day"}, {m, "month"}, {y, "year"}}) {
      if (part[0].isEmpty()) {
        missing.append(missing.length() > 0 ? " and " : "").append(part[1]);
      }
    }
    if (missing.length() > 0) {
      return failed(name + " must include a " + missing);
    }
    if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}") || !y.matches("\\d+")) {
      return failed(name + " must be a real date");
    }
    if (y.length() != 4) {
      return failed("Year must include 4 numbers");
    }
    try {
      return new PlanDate(
          LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)), null);
    } catch (DateTimeException e) {
      return failed(name + " must be a real date");
    }
  }

  public boolean isValid() {
    return problem == null;
  }

  /** The day box's value for a date already set (empty for none). */
  public static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  public static String month(LocalDate date) {
    return date == null ? "" : MONTH.format(date);
  }

  public static String year(LocalDate date) {
    return date == null ? "" : YEAR.format(date);
  }

  private static PlanDate failed(String problem) {
    return new PlanDate(null, problem);
  }

  private static String lower(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static String trim(String value) {
    return value == null ? "" : value.strip();
  }
}
