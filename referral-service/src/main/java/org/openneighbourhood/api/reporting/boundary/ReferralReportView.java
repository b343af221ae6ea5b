package org.openneighbourhood.api.reporting.boundary;

import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.reporting.entity.ReferralReport;

/**
 * The commissioner's report on referrals, as the API answers it: what was asked (the months, the
 * category and organisation filters), the suppression threshold, how many referrals, each table and
 * the shares. Counts only: no person, name, NHS number or free text.
 */
public record ReferralReportView(
    String from,
    String to,
    UUID category,
    UUID organisation,
    int threshold,
    CellView referrals,
    List<ReportTableView> tables,
    List<ShareView> shares) {

  /** A share of the referrals, as a whole percentage, or none where a count it needs is hidden. */
  public record ShareView(String id, String label, Integer percent) {}

  static ReferralReportView of(ReportRequest request, ReferralReport report) {
    return new ReferralReportView(
        report.period().from().toString(),
        report.period().to().toString(),
        request.category(),
        request.organisation(),
        report.threshold(),
        CellView.of(report.referrals()),
        report.tables().stream().map(ReportTableView::of).toList(),
        report.shares().stream()
            .map(share -> new ShareView(share.id(), share.label(), share.percent().orElse(null)))
            .toList());
  }
}
