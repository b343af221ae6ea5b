package org.openneighbourhood.portal.reports;

import java.util.List;
import java.util.Optional;
import org.openneighbourhood.portal.api.ReferralReport;
import org.openneighbourhood.portal.api.ReportTable;
import org.openneighbourhood.portal.api.ReportWellbeing;

/** Reading a report's tables. */
public final class ReportTables {

  private ReportTables() {}

  /** A table of one column has no total column: each row's total is its one cell. */
  public static boolean hasRowTotals(ReportTable table) {
    return table.columns().size() > 1;
  }

  public static Optional<ReportTable> byId(ReferralReport report, String id) {
    return byId(report.tables(), id);
  }

  public static Optional<ReportTable> byId(List<ReportTable> tables, String id) {
    return tables.stream().filter(table -> table.id().equals(id)).findFirst();
  }

  /** A figure the page shows beside a table, in words, that its download carries below it. */
  public record Note(String label, String value) {}

  private static final String WELLBEING = "wellbeing-";

  /** The wellbeing tables by equity heading: by the mean of the four questions, no one question. */
  private static final String WELLBEING_BY = "wellbeing-by-";

  /**
   * What the page says beside this table and its download should say too: for a wellbeing table,
   * its question's mean change and the people behind it (the page's words, hidden where the API hid
   * them), so a spreadsheet taken to a funder is not the distribution without its mean. A wellbeing
   * table by equity heading counts the band of the mean of the four questions, so no question's
   * mean goes with it: its whole is the people who answered at least twice, in its total.
   */
  public static List<Note> notes(ReportTable table, ReportWellbeing wellbeing, int threshold) {
    if (wellbeing == null
        || !table.id().startsWith(WELLBEING)
        || table.id().startsWith(WELLBEING_BY)) {
      return List.of();
    }
    String question = table.id().substring(WELLBEING.length());
    return wellbeing.means().stream()
        .filter(mean -> mean.id().equals(question))
        .findFirst()
        .map(
            mean ->
                List.of(
                    new Note("Mean change", ReportWords.points(mean.improvement())),
                    new Note(
                        "People who answered at least twice",
                        ReportWords.count(wellbeing.measuredTwice(), threshold))))
        .orElse(List.of());
  }
}
