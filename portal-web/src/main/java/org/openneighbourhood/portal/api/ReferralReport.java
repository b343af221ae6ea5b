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
   * days waited so far (null where hidden), and those whose service was reminded to answer; the
   * median days waited by every equity heading, each beside a row of a table of what happened; the
   * days services were paused in the period (service-days), and demand against declared capacity by
   * service category.
   */
  public record Capacity(
      long servicesAccepting,
      long servicesWaitlist,
      long servicesPaused,
      long servicesAtMaximum,
      double daysPaused,
      List<CategoryCapacity> byCategory,
      ReportCell waitlisted,
      Double medianDaysWaiting,
      ReportCell reminded,
      List<MedianWait> medianWaits)
      implements Serializable {}

  /**
   * Demand against declared capacity in one service category: the report's referrals to its
   * services (suppressed as the API says), beside its services' declared capacity (counts of
   * services, as they are) and the days they were paused in the period between them.
   */
  public record CategoryCapacity(
      String code,
      String label,
      ReportCell referrals,
      long servicesAccepting,
      long servicesWaitlist,
      long servicesPaused,
      long servicesAtMaximum,
      long mostOpenReferralsDeclared,
      long servicesWithNoMostDeclared,
      double daysPaused)
      implements Serializable {}

  /**
   * The median days waited so far by the referrals on a waiting list under one heading, beside the
   * row {@code code} of the table {@code table}; null where the API hid it.
   */
  public record MedianWait(String table, String code, String label, Double medianDaysWaiting)
      implements Serializable {}
}
