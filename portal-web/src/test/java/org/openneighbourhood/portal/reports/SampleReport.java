package org.openneighbourhood.portal.reports;

import java.util.List;
import org.openneighbourhood.portal.api.ReferralReport;
import org.openneighbourhood.portal.api.ReportCell;
import org.openneighbourhood.portal.api.ReportHeading;
import org.openneighbourhood.portal.api.ReportRow;
import org.openneighbourhood.portal.api.ReportShare;
import org.openneighbourhood.portal.api.ReportTable;
import org.openneighbourhood.portal.api.ReportWellbeing;

/** A report as the API answers it, with one small count and one held back to protect it. */
final class SampleReport {

  static final ReportCell SMALL = new ReportCell(null, true, "SMALL");
  static final ReportCell HELD = new ReportCell(null, true, "PROTECTS_SMALL");

  private SampleReport() {}

  static ReportCell n(long value) {
    return new ReportCell(value, null, null);
  }

  static ReportTable byMonth() {
    return new ReportTable(
        "month-category",
        "Referrals by month and service category",
        "Month",
        "Service category",
        List.of(
            new ReportHeading("a", "=HYPERLINK(\"http://evil.example\")"),
            new ReportHeading("b", "Physical activity")),
        List.of(
            new ReportRow("2026-01", "January 2026", List.of(n(0), n(1200)), n(1200)),
            new ReportRow("2026-02", "February 2026", List.of(SMALL, HELD), n(12))),
        List.of(SMALL, HELD),
        n(1212));
  }

  /** The people whose anxiety moved, by how far: the table the wellbeing means go with. */
  static ReportTable anxiety() {
    return new ReportTable(
        "wellbeing-anxiety",
        "Change in anxiety yesterday",
        "Change",
        "People",
        List.of(new ReportHeading("people", "People")),
        List.of(
            new ReportRow("BETTER", "Better by 1 or 2", List.of(n(30)), n(30)),
            new ReportRow("SAME", "The same", List.of(n(10)), n(10))),
        List.of(n(40)),
        n(40));
  }

  static ReferralReport report() {
    return new ReferralReport(
        "2026-01",
        "2026-02",
        null,
        null,
        null,
        8,
        true,
        n(1212),
        List.of(byMonth()),
        List.of(new ReportShare("answered-on-time", "Answered on time", 45)),
        new ReferralReport.Capacity(
            4,
            2,
            1,
            1,
            9.6,
            List.of(
                new ReferralReport.CategoryCapacity(
                    "a", "Physical activity", n(1200), 3, 2, 0, 1, 12, 1, 2.4),
                new ReferralReport.CategoryCapacity(
                    "none", "No category", SMALL, 1, 0, 1, 0, 0, 1, 7.2)),
            n(9),
            12.5,
            SMALL,
            List.of(
                new ReferralReport.MedianWait("sex-outcome", "FEMALE", "Female", 14.0),
                new ReferralReport.MedianWait("sex-outcome", "MALE", "Male", null))),
        new ReportWellbeing(
            n(40),
            SMALL,
            List.of(new ReportWellbeing.Mean("anxiety", "Anxiety yesterday", 1.5)),
            List.of(
                new ReportWellbeing.HeadingMean("wellbeing-by-sex", "FEMALE", "Female", 1.3),
                new ReportWellbeing.HeadingMean("wellbeing-by-sex", "MALE", "Male", null))));
  }
}
