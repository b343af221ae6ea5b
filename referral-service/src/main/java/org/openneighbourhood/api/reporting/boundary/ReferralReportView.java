package org.openneighbourhood.api.reporting.boundary;

import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.reporting.entity.CapacityFigures;
import org.openneighbourhood.api.reporting.entity.CategoryCapacity;
import org.openneighbourhood.api.reporting.entity.PersonalOutcomes;
import org.openneighbourhood.api.reporting.entity.ReferralReport;

/**
 * The commissioner's report on referrals, as the API answers it: what was asked (the months, the
 * category, organisation and area filters), the suppression threshold, how many referrals, each
 * table (the referrals reminded by every equity heading after those of referrals, the outcomes
 * people value last: wellbeing change and commitments kept, then each by every equity heading), the
 * shares, capacity and the wellbeing figures beside its tables. {@code upToDate} is false when the
 * most recent changes were still being counted (see {@code ReportAggregate#catchUp}): the figures
 * are then as of the scheduler's last round, a minute or so old. Counts only: no person, name, NHS
 * number or free text.
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
   * services, shown as they are) and how many are at their declared most open referrals, the days
   * they were paused in the period between them (service-days, to one decimal place), and the same
   * by service category beside the referrals to each ({@code byCategory}, demand against declared
   * capacity); of the report's referrals, those on a waiting list now with the median days waited
   * so far (none where the count is hidden), and those whose service was reminded to answer before
   * the deadline (by every equity heading in the tables {@code reminded-by-...}); and the median
   * days waited so far by every equity heading, each beside the row of the table of what happened
   * by that heading ({@code table}, the row {@code code}) whose count on a waiting list it is over:
   * none where that count is hidden or nobody is waiting.
   */
  public record CapacityView(
      long servicesAccepting,
      long servicesWaitlist,
      long servicesPaused,
      long servicesAtMaximum,
      double daysPaused,
      List<CategoryCapacityView> byCategory,
      CellView waitlisted,
      Double medianDaysWaiting,
      CellView reminded,
      List<MedianWaitView> medianWaits) {

    static CapacityView of(CapacityFigures figures) {
      return new CapacityView(
          figures.services().accepting(),
          figures.services().waitlist(),
          figures.services().paused(),
          figures.services().atMaximum(),
          tenths(figures.daysPaused()),
          figures.byCategory().stream().map(CategoryCapacityView::of).toList(),
          CellView.of(figures.waitlisted()),
          figures.medianDaysWaiting().map(ReferralReportView::tenths).orElse(null),
          CellView.of(figures.reminded()),
          figures.medianWaits().stream()
              .map(
                  wait ->
                      new MedianWaitView(
                          wait.table(),
                          wait.heading().code(),
                          wait.heading().label(),
                          wait.days().map(ReferralReportView::tenths).orElse(null)))
              .toList());
    }
  }

  /**
   * Demand against declared capacity in one service category (a service under its first, as its
   * referrals are): the report's referrals to its services ({@code referrals}, the column total of
   * the table by month and category), its services taking referrals now by declared capacity and at
   * their declared most, the most open referrals they declared between them and how many declared
   * none, and the days they were paused in the period between them (service-days).
   */
  public record CategoryCapacityView(
      String code,
      String label,
      CellView referrals,
      long servicesAccepting,
      long servicesWaitlist,
      long servicesPaused,
      long servicesAtMaximum,
      long mostOpenReferralsDeclared,
      long servicesWithNoMostDeclared,
      double daysPaused) {

    static CategoryCapacityView of(CapacityFigures.CategoryDemand demand) {
      CategoryCapacity capacity = demand.capacity();
      return new CategoryCapacityView(
          demand.category().code(),
          demand.category().label(),
          CellView.of(demand.referrals()),
          capacity.now().accepting(),
          capacity.now().waitlist(),
          capacity.now().paused(),
          capacity.now().atMaximum(),
          capacity.mostOpenDeclared(),
          capacity.noMostDeclared(),
          tenths(capacity.daysPaused()));
    }
  }

  /** The median days waited so far under one heading, or none where it is not shown. */
  public record MedianWaitView(String table, String code, String label, Double medianDaysWaiting) {}

  /** Days (or points) to one decimal place, as the API answers a statistic. */
  static double tenths(double days) {
    return Math.round(days * 10) / 10.0;
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
        java.util.stream.Stream.of(
                report.tables().stream().map(ReportTableView::of),
                capacity.remindedTables().stream().map(ReportTableView::of),
                outcomes.tables().stream().map(ReportTableView::of))
            .flatMap(tables -> tables)
            .toList(),
        report.shares().stream()
            .map(share -> new ShareView(share.id(), share.label(), share.percent().orElse(null)))
            .toList(),
        CapacityView.of(capacity),
        ReportWellbeingView.of(outcomes));
  }
}
