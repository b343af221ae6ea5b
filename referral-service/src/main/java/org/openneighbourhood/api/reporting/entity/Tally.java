package org.openneighbourhood.api.reporting.entity;

import java.time.YearMonth;
import java.util.Objects;

/**
 * How many referrals share one value of every heading a report counts by: the month sent, the
 * service's category (its first; null when it has none), who referred, the outcome and the first
 * answer. A report's tables are sums of these; never a referral itself.
 *
 * @param category the category's id, or null
 * @param categoryName its name, or null
 */
public record Tally(
    YearMonth month,
    String category,
    String categoryName,
    ReferringSector sector,
    Outcome outcome,
    Answer answer,
    long count) {

  public Tally {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(answer, "answer");
    if (count < 1) {
      throw new IllegalArgumentException("A tally counts at least one referral");
    }
  }
}
