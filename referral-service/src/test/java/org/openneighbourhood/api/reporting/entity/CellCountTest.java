package org.openneighbourhood.api.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

/** The cells a report is counted from, as kept by month (V34) or counted from tallies. */
class CellCountTest {

  private final Period period = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 2));

  private static Tally tally(int month, String category, Outcome outcome, long n) {
    return new Tally(
        YearMonth.of(2026, month),
        category,
        category == null ? null : category + " name",
        ReferringSector.COMMISSIONER,
        outcome,
        Answer.LATE,
        AgeBand.AGE_25_34,
        true,
        Deprivation.DECILE_3,
        Ethnicity.ASIAN,
        ReportedSex.MALE,
        n);
  }

  @Test
  void eachTallyIsCountedOnceInEveryTableAndTalliesUnderTheSameHeadingsAddUp() {
    List<Tally> tallies =
        List.of(
            tally(1, "a", Outcome.COMPLETED, 5),
            tally(1, "a", Outcome.COMPLETED, 4),
            tally(2, null, Outcome.EXPIRED, 3));
    List<CellCount> cells = ReferralReport.cells(tallies);
    for (String table : ReferralReport.tableIds()) {
      assertEquals(
          12,
          cells.stream().filter(c -> c.table().equals(table)).mapToLong(CellCount::count).sum(),
          table);
    }
    assertTrue(
        cells.contains(
            new CellCount(
                "month-category",
                new Heading("2026-01", "January 2026"),
                new Heading("a", "a name"),
                9)),
        cells.toString());
  }

  @Test
  void aReportCountedFromItsCellsIsTheReportCountedFromItsTallies() {
    List<Tally> tallies =
        List.of(
            tally(1, "b", Outcome.COMPLETED, 20),
            tally(2, "a", Outcome.ACCEPTED, 10),
            tally(2, null, Outcome.EXPIRED, 2));
    Suppression suppression = new Suppression(8);
    ReferralReport fromTallies = ReferralReport.of(period, tallies, suppression);
    ReferralReport fromCells =
        ReferralReport.ofCells(period, ReferralReport.cells(tallies), suppression);
    assertEquals(published(fromTallies), published(fromCells));
    assertEquals(fromTallies.shares(), fromCells.shares());
  }

  /** Each table's id, headings and cells (counts and whether shown), as a reader would see it. */
  private static List<Object> published(ReferralReport report) {
    List<Object> seen = new ArrayList<>();
    for (ReferralReport.Table table : report.tables()) {
      SuppressedTable counts = table.counts();
      seen.add(List.of(table.id(), counts.rows(), counts.columns(), counts.total()));
      for (int r = 0; r < counts.rows().size(); r++) {
        for (int c = 0; c < counts.columns().size(); c++) {
          seen.add(counts.cell(r, c));
        }
      }
    }
    return seen;
  }

  @Test
  void everyHeadingIsFoundAgainByItsCode() {
    List<Tally> tallies = List.of(tally(1, "a", Outcome.DID_NOT_ENGAGE, 1));
    for (CellCount cell : ReferralReport.cells(tallies)) {
      List<Dimension> dimensions = ReferralReport.dimensions(cell.table());
      assertEquals(cell.row(), dimensions.get(0).heading(cell.row().code(), "a name"));
      assertEquals(cell.column(), dimensions.get(1).heading(cell.column().code(), "a name"));
    }
    assertEquals(
        "No category", Dimension.CATEGORY.heading(Dimension.NO_CATEGORY_CODE, null).label());
    assertThrows(IllegalArgumentException.class, () -> Dimension.PORTAL.heading("MAYBE", null));
    assertThrows(IllegalArgumentException.class, () -> Dimension.OUTCOME.heading("LOST", null));
  }

  @Test
  void aReportWithoutCellsHasEveryTableEmptyAndACellOfAnotherTableIsRefused() {
    ReferralReport empty = ReferralReport.ofCells(period, List.of(), new Suppression(8));
    assertEquals(ReferralReport.tableIds().size(), empty.tables().size());
    List<CellCount> unknown = new ArrayList<>();
    unknown.add(new CellCount("nowhere", new Heading("x", "x"), new Heading("y", "y"), 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReferralReport.ofCells(period, unknown, new Suppression(8)));
  }

  /** Outcome's SQL asks {@link Outcome#of} about every status a sent referral can have. */
  @Test
  void theOutcomeInSqlKnowsEveryStatusOfASentReferral() {
    String sql = Outcome.sql("s", "r");
    for (ReferralStatus status : ReferralStatus.values()) {
      if (status != ReferralStatus.DRAFT) {
        assertTrue(
            sql.contains(
                "s = '"
                    + status.name()
                    + "' then '"
                    + Outcome.of(status.name(), null).name()
                    + "'"),
            status + " in " + sql);
      }
    }
    assertTrue(sql.contains("s = 'DECLINED' and r = 'NO_CAPACITY' then 'DECLINED_NO_CAPACITY'"));
    assertTrue(Deprivation.sql("d").contains("when 10 then 'DECILE_10' else 'UNKNOWN'"));
  }
}
