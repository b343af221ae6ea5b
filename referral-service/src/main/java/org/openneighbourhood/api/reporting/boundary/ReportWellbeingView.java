package org.openneighbourhood.api.reporting.boundary;

import java.util.List;
import org.openneighbourhood.api.reporting.entity.PersonalOutcomes;

/**
 * The ONS4 wellbeing of the people a report is about, beside its tables of change: how many
 * answered at least twice (the people behind the tables and the means) and how many fewer than
 * twice, and each question's mean improvement from the first answers to the latest in points, to
 * one decimal place (negative: worse; for anxiety a fall is an improvement), none where the number
 * of people is hidden or there is nobody. In the commissioner's report also the mean improvement of
 * the four questions of the people under each equity heading ({@code meansByHeading}), each beside
 * the row of the wellbeing breakdown ({@code table}, the row {@code code}) whose total is the
 * number of people behind it: none where that total is hidden or is nobody.
 */
public record ReportWellbeingView(
    CellView measuredTwice,
    CellView notMeasuredTwice,
    List<MeanChangeView> means,
    List<HeadingMeanChangeView> meansByHeading) {

  /** One question's mean improvement, or none. */
  public record MeanChangeView(String id, String question, Double improvement) {}

  /** The mean improvement of the four questions under one heading, or none. */
  public record HeadingMeanChangeView(
      String table, String code, String label, Double improvement) {}

  static ReportWellbeingView of(PersonalOutcomes outcomes) {
    return new ReportWellbeingView(
        CellView.of(outcomes.measuredTwice()),
        CellView.of(outcomes.notMeasuredTwice()),
        outcomes.means().stream()
            .map(
                mean ->
                    new MeanChangeView(
                        mean.question().id(),
                        mean.question().label(),
                        mean.improvement().map(ReferralReportView::tenths).orElse(null)))
            .toList(),
        outcomes.headingMeans().stream()
            .map(
                mean ->
                    new HeadingMeanChangeView(
                        mean.table(),
                        mean.heading().code(),
                        mean.heading().label(),
                        mean.improvement().map(ReferralReportView::tenths).orElse(null)))
            .toList());
  }
}
