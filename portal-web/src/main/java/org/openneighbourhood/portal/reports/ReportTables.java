package org.openneighbourhood.portal.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openneighbourhood.portal.api.ReferralReport;
import org.openneighbourhood.portal.api.ReportCell;
import org.openneighbourhood.portal.api.ReportHeading;
import org.openneighbourhood.portal.api.ReportRow;
import org.openneighbourhood.portal.api.ReportTable;
import org.openneighbourhood.portal.api.ReportWellbeing;

/** Reading a report's tables. */
public final class ReportTables {

  private ReportTables() {}

  /**
   * A table of one column has no total column: each row's total is its one cell. Nor has the table
   * of capacity by category, whose columns count different things.
   */
  public static boolean hasRowTotals(ReportTable table) {
    return table.columns().size() > 1 && !CAPACITY_BY_CATEGORY.equals(table.id());
  }

  /** A table the API answers, or the table of capacity by category made of its figures. */
  public static Optional<ReportTable> byId(ReferralReport report, String id) {
    if (CAPACITY_BY_CATEGORY.equals(id)) {
      return capacityByCategory(report);
    }
    return byId(report.tables(), id);
  }

  /** The id of {@link #capacityByCategory}'s table. */
  public static final String CAPACITY_BY_CATEGORY = "capacity-by-category";

  private static final List<ReportHeading> CAPACITY_COLUMNS =
      List.of(
          new ReportHeading("referrals", "Referrals sent"),
          new ReportHeading("accepting", "Services accepting now"),
          new ReportHeading("waitlist", "Services with a waiting list now"),
          new ReportHeading("paused", "Services paused now"),
          new ReportHeading("at-most", "Services at their most open referrals now"),
          new ReportHeading("most-declared", "Most open referrals declared"),
          new ReportHeading("no-most", "Services declaring no most"),
          new ReportHeading("days-paused", "Days paused in the period (service-days)"));

  /**
   * Demand against declared capacity by service category, as a table of the report's figures: a row
   * per category (the referrals to its services as the API suppressed them, its services' figures
   * as they are, the days paused to the nearest whole day), and the totals of each column, the
   * referrals' being the report's own whole. Empty for a report without capacity figures.
   */
  public static Optional<ReportTable> capacityByCategory(ReferralReport report) {
    ReferralReport.Capacity capacity = report.capacity();
    if (capacity == null || capacity.byCategory() == null) {
      return Optional.empty();
    }
    List<ReportRow> rows = new ArrayList<>();
    long[] sums = new long[CAPACITY_COLUMNS.size()];
    for (ReferralReport.CategoryCapacity category : capacity.byCategory()) {
      long[] figures = {
        0,
        category.servicesAccepting(),
        category.servicesWaitlist(),
        category.servicesPaused(),
        category.servicesAtMaximum(),
        category.mostOpenReferralsDeclared(),
        category.servicesWithNoMostDeclared(),
        Math.round(category.daysPaused())
      };
      List<ReportCell> cells = new ArrayList<>(List.of(category.referrals()));
      for (int c = 1; c < figures.length; c++) {
        cells.add(shown(figures[c]));
        sums[c] += figures[c];
      }
      rows.add(new ReportRow(category.code(), category.label(), cells, null));
    }
    List<ReportCell> totals = new ArrayList<>(List.of(report.referrals()));
    for (int c = 1; c < sums.length; c++) {
      totals.add(shown(c == sums.length - 1 ? Math.round(capacity.daysPaused()) : sums[c]));
    }
    return Optional.of(
        new ReportTable(
            CAPACITY_BY_CATEGORY,
            "Demand against declared capacity, by service category",
            "Service category",
            "Capacity",
            CAPACITY_COLUMNS,
            rows,
            totals,
            null));
  }

  private static ReportCell shown(long value) {
    return new ReportCell(value, null, null);
  }

  public static Optional<ReportTable> byId(List<ReportTable> tables, String id) {
    return tables.stream().filter(table -> table.id().equals(id)).findFirst();
  }

  /** A figure the page shows beside a table, in words, that its download carries below it. */
  public record Note(String label, String value) {}

  /**
   * What the page shows beside a table, row by row: a title, what the figures are, and a figure for
   * each of the table's rows.
   */
  public record Beside(String title, String explanation, List<Note> notes) {}

  private static final String WELLBEING = "wellbeing-";

  /** The words before a heading's median wait in a download. */
  private static final String MEDIAN_WAIT = "Median time on a waiting list so far: ";

  /** The words before a heading's mean change in a download. */
  private static final String HEADING_MEAN = "Mean change (of the four questions): ";

  /** The wellbeing tables by equity heading: by the mean of the four questions, no one question. */
  private static final String WELLBEING_BY = "wellbeing-by-";

  /**
   * What the page says beside this table and its download should say too: for a wellbeing table,
   * its question's mean change and the people behind it (the page's words, hidden where the API hid
   * them), so a spreadsheet taken to a funder is not the distribution without its mean. A wellbeing
   * table by equity heading counts the band of the mean of the four questions, so no question's
   * mean goes with it but each row's mean change of the four. For a table of what happened by an
   * equity heading, each row's median time on a waiting list.
   *
   * @param capacity the report's capacity figures, or null for a report without them
   */
  public static List<Note> notes(
      ReportTable table,
      ReportWellbeing wellbeing,
      ReferralReport.Capacity capacity,
      int threshold) {
    List<Note> notes = new ArrayList<>(wellbeingNotes(table, wellbeing, threshold));
    medianWaits(table, capacity)
        .forEach(wait -> notes.add(new Note(MEDIAN_WAIT + wait.label(), wait.value())));
    headingMeans(table, wellbeing)
        .forEach(mean -> notes.add(new Note(HEADING_MEAN + mean.label(), mean.value())));
    return notes;
  }

  /**
   * What the page shows beside a table of the commissioner's report, row by row: each row's median
   * time on a waiting list beside a table of what happened by an equity heading, each row's mean
   * change beside a wellbeing table by an equity heading; none beside any other table.
   */
  public static Optional<Beside> beside(ReportTable table, ReferralReport report) {
    List<Note> waits = medianWaits(table, report.capacity());
    if (!waits.isEmpty()) {
      return Optional.of(
          new Beside(
              "Median time on a waiting list so far",
              "Of the referrals under each heading that are on a waiting list now, since each was"
                  + " first put on it. Shown only where the table shows how many are on a waiting"
                  + " list, and where any are.",
              waits));
    }
    List<Note> means = headingMeans(table, report.wellbeing());
    if (!means.isEmpty()) {
      return Optional.of(
          new Beside(
              "Mean change (of the four questions)",
              "The mean change from the first answers to the latest of the people under each"
                  + " heading, in points of the mean of the four questions (a fall in anxiety"
                  + " counts as better). Shown only where the table shows how many people are under"
                  + " the heading, and where any are.",
              means));
    }
    return Optional.empty();
  }

  /**
   * The median time on a waiting list so far of each row of a table of what happened to referrals
   * by an equity heading, as the page shows it beside the table (each row's heading, then the
   * median in words); none for any other table.
   *
   * @param capacity the report's, or null for a report without one
   */
  public static List<Note> medianWaits(ReportTable table, ReferralReport.Capacity capacity) {
    if (capacity == null || capacity.medianWaits() == null) {
      return List.of();
    }
    return capacity.medianWaits().stream()
        .filter(wait -> wait.table().equals(table.id()))
        .map(wait -> new Note(wait.label(), ReportWords.days(wait.medianDaysWaiting())))
        .toList();
  }

  /**
   * The mean change of the four questions of each row of a wellbeing table by an equity heading, as
   * the page shows it beside the table; none for any other table.
   *
   * @param wellbeing the report's, or null for a report without one
   */
  public static List<Note> headingMeans(ReportTable table, ReportWellbeing wellbeing) {
    if (wellbeing == null || wellbeing.meansByHeading() == null) {
      return List.of();
    }
    return wellbeing.meansByHeading().stream()
        .filter(mean -> mean.table().equals(table.id()))
        .map(mean -> new Note(mean.label(), ReportWords.points(mean.improvement())))
        .toList();
  }

  private static List<Note> wellbeingNotes(
      ReportTable table, ReportWellbeing wellbeing, int threshold) {
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
