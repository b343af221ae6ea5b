package org.openneighbourhood.portal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class ReportXlsxTest {

  private static List<Row> rows(byte[] xlsx) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      return workbook.getFirstSheet().read();
    }
  }

  private static void assertText(String expected, Cell cell) {
    assertEquals(CellType.STRING, cell.getType(), cell::toString);
    assertEquals(expected, cell.asString());
    assertNull(cell.getFormula(), "text, never a formula");
  }

  private static void assertNumber(long expected, Cell cell) {
    assertEquals(CellType.NUMBER, cell.getType(), cell::toString);
    assertEquals(0, BigDecimal.valueOf(expected).compareTo(cell.asNumber()), cell::toString);
  }

  @Test
  void aTableIsLaidOutAsItsCsvWithShownCountsAsNumbersAndHiddenOnesInWords() throws IOException {
    List<Row> rows = rows(ReportXlsx.of(SampleReport.byMonth(), 8));
    assertText("Month", rows.get(0).getCell(0));
    assertText("Physical activity", rows.get(0).getCell(2));
    assertText("Total", rows.get(0).getCell(3));
    assertText("January 2026", rows.get(1).getCell(0));
    assertNumber(0, rows.get(1).getCell(1));
    assertNumber(1200, rows.get(1).getCell(2));
    assertText("fewer than 8", rows.get(2).getCell(1));
    assertText("not shown", rows.get(2).getCell(2));
    assertNumber(12, rows.get(2).getCell(3));
    assertText("Total", rows.get(3).getCell(0));
    assertNumber(1212, rows.get(3).getCell(3));
    Row title = rows.get(rows.size() - 1);
    assertEquals(6, title.getRowNum(), "after a blank row");
    assertText("Referrals by month and service category", title.getCell(0));
  }

  @Test
  void aWellbeingTableCarriesItsMeanChangeBelowItsTitle() throws IOException {
    List<Row> rows =
        rows(
            ReportXlsx.of(
                SampleReport.anxiety(),
                8,
                ReportTables.notes(
                    SampleReport.anxiety(), SampleReport.report().wellbeing(), null, 8)));
    Row mean = rows.get(rows.size() - 2);
    assertEquals(8, mean.getRowNum(), "after the title and a blank row");
    assertText("Mean change", mean.getCell(0));
    assertText("+1.5 points better", mean.getCell(1));
    assertText("People who answered at least twice", rows.get(rows.size() - 1).getCell(0));
    assertText("40", rows.get(rows.size() - 1).getCell(1));
  }

  @Test
  void aHeadingThatASpreadsheetWouldRunAsAFormulaIsText() throws IOException {
    Cell heading = rows(ReportXlsx.of(SampleReport.byMonth(), 8)).get(0).getCell(1);
    assertText("=HYPERLINK(\"http://evil.example\")", heading);
  }

  @Test
  void theFileAndSheetAreNamedAfterTheTableWithNothingElse() {
    assertEquals(
        "organisation-result-2026-01-to-2026-12.xlsx",
        ReportXlsx.fileName("organisation", "result", "2026-01", "2026-12"));
    assertEquals("month-category", ReportXlsx.sheetName("month-category"));
    assertEquals("Report", ReportXlsx.sheetName("[]:*?/\\"));
    assertEquals(31, ReportXlsx.sheetName("x".repeat(40)).length());
  }
}
