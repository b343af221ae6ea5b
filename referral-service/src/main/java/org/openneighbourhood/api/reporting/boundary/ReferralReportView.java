package org.openneighbourhood.api.reporting.boundary;

import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.reporting.entity.CapacityFigures;
import org.openneighbourhood.api.reporting.entity.PersonalOutcomes;
import org.openneighbourhood.api.reporting.entity.ReferralReport;

/**
 * The commissioner's report on referrals, as the API answers it: what was asked (the months, the
 * category, organisation and area filters), the suppression threshold, how many referrals, each
 * table (the outcomes people value last: wellbeing change and commitments kept, then each by every
 * equity heading), the shares, capacity and the wellbeing figures beside its tables. {@code
 * upToDate} is false when the most recent changes were still being counted (see {@code
 * ReportAggregate#catchUp}): the figures are then as of the scheduler's last round, a minute or so
 * old. Counts only: no person, name, NHS number or free text.
 */
public record ReferralReportView(
    String from,
    String to,
    UUID category,
    UUID organisation,
    UUID area,
    int threshold,
    boolean upToDate,
    CellView referrals,
    List<ReportTableView> tables,
    List<ShareView> shares,
    CapacityView capacity,
    ReportWellbeingView wellbeing) {

  /**
   * Capacity and response: the services taking referrals now by declared capacity (counts of
   * services, shown as they are) and how many are at their declared most open referrals; of the
   * report's referrals, those on a waiting list now with the median days waited so far (none where
   * the count is hidden), and those whose service was reminded to answer before the deadline.
   */
  public record CapacityView(
      long servicesAccepting,
      long servicesWaitlist,
      long servicesPaused,
      long servicesAtMaximum,
      CellView waitlisted,
      Double medianDaysWaiting,
      CellView reminded) {

    static CapacityView of(CapacityFigures figures) {
      return new CapacityView(
          figures.services().accepting(),
          figures.services().waitlist(),
          figures.services().paused(),
          figures.services().atMaximum(),
          CellView.of(figures.waitlisted()),
          figures.medianDaysWaiting().map(days -> Math.round(days * 10) / 10.0).orElse(null),
          CellView.of(figures.reminded()));
    }
  }

  /** A share of the referrals, as a whole percentage, or none where a count it needs is hidden. */
  public record ShareView(String id, String label, Integer percent) {}

  static ReferralReportView of(
      ReportRequest request,
      boolean upToDate,
      ReferralReport report,
      CapacityFigures capacity,
      PersonalOutcomes outcomes) {
    return new ReferralReportView(
        report.period().from().toString(),
        report.period().to().toString(),
        request.category(),
        request.organisation(),
        request.area(),
        report.threshold(),
        upToDate,
        CellView.of(report.referrals()),
        java.util.stream.Stream.concat(
                report.tables().stream().map(ReportTableView::of),
                outcomes.tables().stream().map(ReportTableView::of))
            .toList(),
        report.shares().stream()
            .map(share -> new ShareView(share.id(), share.label(), share.percent().orElse(null)))
            .toList(),
        CapacityView.of(capacity),
        ReportWellbeingView.of(outcomes));
  }
}
