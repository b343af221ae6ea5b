package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * One organisation's report on the referrals it was sent, for its funders: counts only, suppressed
 * by the API; a share or a time is null where a count it rests on is hidden.
 */
public record OrganisationReport(
    String from,
    String to,
    UUID organisation,
    String organisationName,
    int threshold,
    boolean upToDate,
    ReportCell referrals,
    ReportCell peopleTakenOn,
    TimeInService timeInService,
    List<ReportTable> tables,
    List<ReportShare> shares,
    ReportWellbeing wellbeing)
    implements Serializable {

  /** From accepted to completed, over the completed referrals: median and mean days, or null. */
  public record TimeInService(ReportCell completed, Double medianDays, Double meanDays)
      implements Serializable {}
}
