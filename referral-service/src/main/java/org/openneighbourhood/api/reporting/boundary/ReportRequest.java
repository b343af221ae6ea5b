package org.openneighbourhood.api.reporting.boundary;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.reporting.entity.Period;
import org.openneighbourhood.api.reporting.entity.Scope;

/**
 * What a report is asked for, as typed in its address: {@code from} and {@code to} months ({@code
 * 2026-01}; by default the twelve months to this one), and optionally a {@code category}, a
 * receiving {@code organisation} and a neighbourhood {@code area} (the PCN's id). Anything else is
 * a 400 naming the field.
 */
public record ReportRequest(Period period, UUID category, UUID organisation, UUID area) {

  /** A request without an area. */
  public static ReportRequest parse(
      String from, String to, String category, String organisation, YearMonth thisMonth) {
    return parse(from, to, category, organisation, null, thisMonth);
  }

  /** Which referrals of the period the report counts. */
  public Scope scope() {
    return new Scope(category, organisation, area);
  }

  private static final String MONTH = "[0-9]{4}-[0-9]{2}";

  /**
   * @param thisMonth the month it is now in London: the default end
   * @throws InvalidInputException naming each field that is not what it should be
   */
  public static ReportRequest parse(
      String from,
      String to,
      String category,
      String organisation,
      String area,
      YearMonth thisMonth) {
    List<FieldProblem> problems = new ArrayList<>();
    YearMonth end = month(to, "to", problems);
    YearMonth start = month(from, "from", problems);
    UUID term = uuid(category, "category", "Choose a category from the list", problems);
    UUID receiver =
        uuid(organisation, "organisation", "Choose an organisation from the list", problems);
    UUID pcn = uuid(area, "area", "Choose an area from the list", problems);
    Period period = null;
    if (problems.isEmpty()) {
      YearMonth last =
          end != null ? end : start != null && start.isAfter(thisMonth) ? start : thisMonth;
      YearMonth first = start != null ? start : last.minusMonths(11);
      if (last.isBefore(first)) {
        problems.add(new FieldProblem("to", "The last month must be the first month or after it"));
      } else if (first.plusMonths(Period.MAX_MONTHS - 1L).isBefore(last)) {
        problems.add(
            new FieldProblem("from", "A report covers at most " + Period.MAX_MONTHS + " months"));
      } else {
        period = new Period(first, last);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ReportRequest(period, term, receiver, pcn);
  }

  private static YearMonth month(String value, String field, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String typed = value.strip();
    if (typed.matches(MONTH)) {
      try {
        YearMonth month = YearMonth.parse(typed);
        if (month.getYear() >= 2000 && month.getYear() <= 2999) {
          return month;
        }
      } catch (DateTimeException notAMonth) {
        // reported below
      }
    }
    problems.add(new FieldProblem(field, "Enter a month as a year and month, like 2026-01"));
    return null;
  }

  private static UUID uuid(
      String value, String field, String message, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException notAnId) {
      problems.add(new FieldProblem(field, message));
      return null;
    }
  }
}
