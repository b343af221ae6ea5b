package org.openneighbourhood.api.reporting.entity;

import java.time.YearMonth;
import java.util.Objects;

/**
 * How many referrals one organisation was sent that share one value of every heading its report
 * counts by: the month sent, the service, who referred, what happened and the deprivation decile of
 * where the person lives. Never a referral itself.
 */
public record ReceivedTally(
    YearMonth month,
    String service,
    String serviceName,
    ReferringSector sector,
    Result result,
    Deprivation deprivation,
    long count) {

  public ReceivedTally {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(deprivation, "deprivation");
    if (count < 1) {
      throw new IllegalArgumentException("A tally counts at least one referral");
    }
  }
}
