package org.openneighbourhood.api.reporting.boundary;

import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.reporting.boundary.ReferralReportView.ShareView;
import org.openneighbourhood.api.reporting.entity.OrganisationReport;

/**
 * One organisation's report on the referrals it was sent, as the API answers it: the months, the
 * organisation, the suppression threshold, how many referrals, how many people it took on, how long
 * the completed ones were with it, each table and the shares. Counts only: no person, name, NHS
 * number or free text; declines by their coded reason.
 */
public record OrganisationReportView(
    String from,
    String to,
    UUID organisation,
    String organisationName,
    int threshold,
    CellView referrals,
    CellView peopleTakenOn,
    TimeInServiceView timeInService,
    List<ReportTableView> tables,
    List<ShareView> shares) {

  /**
   * From accepted to completed, over the completed referrals ({@code completed}): the median and
   * the mean in days, to one decimal place, or none where the count is hidden or there is none.
   */
  public record TimeInServiceView(CellView completed, Double medianDays, Double meanDays) {}

  static OrganisationReportView of(UUID id, String name, OrganisationReport report) {
    OrganisationReport.Time time = report.timeInService();
    return new OrganisationReportView(
        report.period().from().toString(),
        report.period().to().toString(),
        id,
        name,
        report.threshold(),
        CellView.of(report.referrals()),
        CellView.of(report.peopleTakenOn()),
        new TimeInServiceView(
            CellView.of(time.completed()),
            time.medianDays().map(OrganisationReportView::oneDecimal).orElse(null),
            time.meanDays().map(OrganisationReportView::oneDecimal).orElse(null)),
        report.tables().stream()
            .map(
                table ->
                    ReportTableView.of(
                        table.id(),
                        table.title(),
                        table.rowHeading(),
                        table.columnHeading(),
                        table.counts()))
            .toList(),
        report.shares().stream()
            .map(share -> new ShareView(share.id(), share.label(), share.percent().orElse(null)))
            .toList());
  }

  private static double oneDecimal(double days) {
    return Math.round(days * 10) / 10.0;
  }
}
