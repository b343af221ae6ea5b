package org.openneighbourhood.api.reporting.entity;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openneighbourhood.api.time.entity.London;

/**
 * Whole months, from the first through the last, in England's time: a referral counts in the month
 * it was sent in London. At most {@value #MAX_MONTHS} months.
 */
public record Period(YearMonth from, YearMonth to) {

  public static final int MAX_MONTHS = 60;

  public Period {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("The period ends before it starts");
    }
    if (from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
      throw new IllegalArgumentException("A period is at most " + MAX_MONTHS + " months");
    }
  }

  /** The first instant of the period. */
  public Instant start() {
    return from.atDay(1).atStartOfDay(London.ZONE).toInstant();
  }

  /** The first instant after the period. */
  public Instant end() {
    return to.plusMonths(1).atDay(1).atStartOfDay(London.ZONE).toInstant();
  }

  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      months.add(month);
    }
    return months;
  }
}
