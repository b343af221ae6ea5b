package org.openneighbourhood.api.reporting.boundary;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.openneighbourhood.api.reporting.boundary.ReferralReportView.ShareView;
import org.openneighbourhood.api.reporting.entity.OrganisationReport;
import org.openneighbourhood.api.reporting.entity.PersonalOutcomes;

/**
 * One organisation's report on the referrals it was sent, as the API answers it: the months, the
 * organisation, the suppression threshold, how many referrals, how many people it took on, how long
 * the completed ones were with it, each table (the outcomes people value last: the wellbeing change
 * of the people it was sent and the commitments it kept), the shares and the wellbeing figures.
 * Counts only: no person, name, NHS number or free text; declines by their coded reason.
 */
public record OrganisationReportView(
    String from,
    String to,
    UUID organisation,
    String organisationName,
    int threshold,
    boolean upToDate,
    CellView referrals,
    CellView peopleTakenOn,
    TimeInServiceView timeInService,
    List<ReportTableView> tables,
    List<ShareView> shares,
    ReportWellbeingView wellbeing) {

  /**
   * From accepted to completed, over the completed referrals ({@code completed}): the median and
   * the mean in days, to one decimal place, or none where the count is hidden or there is none.
   */
  public record TimeInServiceView(CellView completed, Double medianDays, Double meanDays) {}

  static OrganisationReportView of(
      UUID id,
      String name,
      boolean upToDate,
      OrganisationReport report,
      PersonalOutcomes outcomes) {
    OrganisationReport.Time time = report.timeInService();
    return new OrganisationReportView(
        report.period().from().toString(),
        report.period().to().toString(),
        id,
        name,
        report.threshold(),
        upToDate,
        CellView.of(report.referrals()),
        CellView.of(report.peopleTakenOn()),
        new TimeInServiceView(
            CellView.of(time.completed()),
            time.medianDays().map(OrganisationReportView::oneDecimal).orElse(null),
            time.meanDays().map(OrganisationReportView::oneDecimal).orElse(null)),
        Stream.concat(
                report.tables().stream()
                    .map(
                        table ->
                            ReportTableView.of(
                                table.id(),
                                table.title(),
                                table.rowHeading(),
                                table.columnHeading(),
                                table.counts())),
                outcomes.tables().stream().map(ReportTableView::of))
            .toList(),
        report.shares().stream()
            .map(share -> new ShareView(share.id(), share.label(), share.percent().orElse(null)))
            .toList(),
        ReportWellbeingView.of(outcomes));
  }

  private static double oneDecimal(double days) {
    return Math.round(days * 10) / 10.0;
  }
}
