package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** The commissioner's report on referrals: counts only, suppressed by the API. */
public record ReferralReport(
    String from,
    String to,
    UUID category,
    UUID organisation,
    UUID area,
    int threshold,
    boolean upToDate,
    ReportCell referrals,
    List<ReportTable> tables,
    List<ReportShare> shares,
    Capacity capacity,
    ReportWellbeing wellbeing)
    implements Serializable {

  /**
   * Capacity and response: services taking referrals now by declared capacity and at their most
   * (counts of services); of the report's referrals, those on a waiting list now with the median
   * days waited so far (null where hidden), and those whose service was reminded to answer.
   */
  public record Capacity(
      long servicesAccepting,
      long servicesWaitlist,
      long servicesPaused,
      long servicesAtMaximum,
      ReportCell waitlisted,
      Double medianDaysWaiting,
      ReportCell reminded)
      implements Serializable {}
}
