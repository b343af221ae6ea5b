package org.openneighbourhood.portal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
