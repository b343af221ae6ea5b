package org.openneighbourhood.portal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.ReportTable;
import org.openneighbourhood.portal.api.ReportWellbeing;

class ReportCsvTest {

  @Test
  void aTableIsWrittenAsThePageShowsItWithHiddenCountsInWords() {
    assertEquals(
        "\"Month\",\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"Physical activity\",\"Total\"\r\n"
            + "\"January 2026\",\"0\",\"1,200\",\"1,200\"\r\n"
            + "\"February 2026\",\"fewer than 8\",\"not shown\",\"12\"\r\n"
            + "\"Total\",\"fewer than 8\",\"not shown\",\"1,212\"\r\n",
        ReportCsv.of(SampleReport.byMonth(), 8));
  }

  /**
   * The mean is in the page's words; its sign is defused as any field starting with + is, so a
   * spreadsheet shows the words rather than trying to run them.
   */
  @Test
  void aWellbeingTableCarriesItsMeanChangeAndThePeopleBehindItAsThePageShowsThem() {
    ReportTable anxiety = SampleReport.anxiety();
    List<ReportTables.Note> notes =
        ReportTables.notes(anxiety, SampleReport.report().wellbeing(), null, 8);
    assertEquals(
        "\"Change\",\"People\"\r\n"
            + "\"Better by 1 or 2\",\"30\"\r\n"
            + "\"The same\",\"10\"\r\n"
            + "\"Total\",\"40\"\r\n"
            + "\r\n"
            + "\"Mean change\",\"'+1.5 points better\"\r\n"
            + "\"People who answered at least twice\",\"40\"\r\n",
        ReportCsv.of(anxiety, 8, notes));
    assertEquals(
        List.of(),
        ReportTables.notes(SampleReport.byMonth(), SampleReport.report().wellbeing(), null, 8),
        "a table of counts has nothing beside it");
    ReportTable bySex =
        new ReportTable(
            "wellbeing-by-sex",
            "Change in wellbeing by sex",
            "Sex",
            "Change (mean of the four questions)",
            anxiety.columns(),
            anxiety.rows(),
            anxiety.columnTotals(),
            anxiety.total());
    assertEquals(
        List.of(
            new ReportTables.Note(
                "Mean change (of the four questions): Female", "+1.3 points better"),
            new ReportTables.Note("Mean change (of the four questions): Male", "not shown")),
        ReportTables.notes(bySex, SampleReport.report().wellbeing(), null, 8),
        "a breakdown by equity heading counts the mean of the four: no one question's mean, but"
            + " each heading's mean of the four");
    assertEquals(
        new ReportTables.Beside(
            "Mean change (of the four questions)",
            ReportTables.beside(bySex, SampleReport.report()).orElseThrow().explanation(),
            List.of(
                new ReportTables.Note("Female", "+1.3 points better"),
                new ReportTables.Note("Male", "not shown"))),
        ReportTables.beside(bySex, SampleReport.report()).orElseThrow(),
        "on the page, beside the rows");
    ReportWellbeing hidden =
        new ReportWellbeing(
            SampleReport.SMALL,
            SampleReport.n(3),
            List.of(new ReportWellbeing.Mean("anxiety", "Anxiety yesterday", null)),
            null);
    assertEquals(
        List.of(
            new ReportTables.Note("Mean change", "not shown"),
            new ReportTables.Note("People who answered at least twice", "fewer than 8")),
        ReportTables.notes(anxiety, hidden, null, 8),
        "hidden where the API hid them");
  }

  /** A table of what happened by sex carries each sex's median wait, as the page shows it. */
  @Test
  void aTableOfOutcomesByAnEquityHeadingCarriesEachHeadingsMedianWait() {
    ReportTable bySex =
        new ReportTable(
            "sex-outcome",
            "What happened to referrals, by the person's sex",
            "Sex",
            "Outcome",
            SampleReport.byMonth().columns(),
            SampleReport.byMonth().rows(),
            SampleReport.byMonth().columnTotals(),
            SampleReport.byMonth().total());
    List<ReportTables.Note> beside =
        ReportTables.medianWaits(bySex, SampleReport.report().capacity());
    assertEquals(
        List.of(
            new ReportTables.Note("Female", "14 days"), new ReportTables.Note("Male", "not shown")),
        beside,
        "on the page, under the table's own heading");
    assertEquals(
        List.of(
            new ReportTables.Note("Median time on a waiting list so far: Female", "14 days"),
            new ReportTables.Note("Median time on a waiting list so far: Male", "not shown")),
        ReportTables.notes(
            bySex, SampleReport.report().wellbeing(), SampleReport.report().capacity(), 8),
        "in a download, each saying what it is");
    assertEquals(
        "Median time on a waiting list so far",
        ReportTables.beside(bySex, SampleReport.report()).orElseThrow().title(),
        "on the page, under a title saying what they are");
    assertEquals(
        List.of(),
        ReportTables.medianWaits(SampleReport.byMonth(), SampleReport.report().capacity()),
        "a table of referrals by month has none");
    assertTrue(ReportTables.beside(SampleReport.byMonth(), SampleReport.report()).isEmpty());
  }

  /**
   * Demand against declared capacity is a table of its own made of the report's figures: the
   * referrals as the API hid them, services as they are, no total column across different things.
   */
  @Test
  void capacityByCategoryIsATableWithTheReportsWholeAndNoTotalAcrossItsColumns() {
    ReportTable capacity =
        ReportTables.byId(SampleReport.report(), ReportTables.CAPACITY_BY_CATEGORY).orElseThrow();
    assertEquals(false, ReportTables.hasRowTotals(capacity));
    assertEquals(
        "\"Service category\",\"Referrals sent\",\"Services accepting now\","
            + "\"Services with a waiting list now\",\"Services paused now\","
            + "\"Services at their most open referrals now\",\"Most open referrals declared\","
            + "\"Services declaring no most\",\"Days paused in the period (service-days)\"\r\n"
            + "\"Physical activity\",\"1,200\",\"3\",\"2\",\"0\",\"1\",\"12\",\"1\",\"2\"\r\n"
            + "\"No category\",\"fewer than 8\",\"1\",\"0\",\"1\",\"0\",\"0\",\"1\",\"7\"\r\n"
            + "\"Total\",\"1,212\",\"4\",\"2\",\"1\",\"1\",\"12\",\"2\",\"10\"\r\n",
        ReportCsv.of(capacity, 8),
        "the days paused to the nearest day, their total from the unrounded 9.6");
  }

  @Test
  void aFieldThatASpreadsheetWouldRunAsAFormulaIsDefused() {
    for (String formula : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
      assertEquals("\"'" + formula + "\"", ReportCsv.field(formula));
    }
    assertEquals("\"plain\"", ReportCsv.field("plain"));
  }

  @Test
  void theFileIsNamedAfterTheTableAndMonthsWithNothingElse() {
    assertEquals(
        "referrals-month-category-2026-01-to-2026-12.csv",
        ReportCsv.fileName("month-category", "2026-01", "2026-12"));
    assertEquals(
        "referrals-x-2026-01-to-2026-02Xy.csv",
        ReportCsv.fileName("x", "2026-01", "2026-02\";\r\nX: y"));
  }
}
