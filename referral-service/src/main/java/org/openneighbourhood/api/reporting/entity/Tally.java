package org.openneighbourhood.api.reporting.entity;

import java.time.YearMonth;
import java.util.Objects;

/**
 * How many referrals share one value of every heading a report counts by: the month sent, the
 * service's category (its first; null when it has none), who referred, the outcome, the first
 * answer, the person's age band when referred, whether they have used the portal themselves, the
 * deprivation decile of where they live and their ethnic group. A report's tables are sums of
 * these; never a referral itself.
 *
 * @param category the category's id, or null
 * @param categoryName its name, or null
 * @param usesPortal whether the person has used the portal about their own record (signed in and
 *     read or changed it through /me) at least once
 */
public record Tally(
    YearMonth month,
    String category,
    String categoryName,
    ReferringSector sector,
    Outcome outcome,
    Answer answer,
    AgeBand ageBand,
    boolean usesPortal,
    Deprivation deprivation,
    Ethnicity ethnicity,
    ReportedSex sex,
    long count) {

  public Tally {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(ageBand, "ageBand");
    Objects.requireNonNull(deprivation, "deprivation");
    Objects.requireNonNull(ethnicity, "ethnicity");
    Objects.requireNonNull(sex, "sex");
    if (count < 1) {
      throw new IllegalArgumentException("A tally counts at least one referral");
    }
  }
}
