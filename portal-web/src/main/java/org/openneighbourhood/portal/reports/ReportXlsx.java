package org.openneighbourhood.portal.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openneighbourhood.portal.api.ReportCell;
import org.openneighbourhood.portal.api.ReportHeading;
import org.openneighbourhood.portal.api.ReportRow;
import org.openneighbourhood.portal.api.ReportTable;

/**
 * A report table as a spreadsheet (XLSX, written by fastexcel), laid out as its CSV: the headings,
 * a row per row with its total, the totals last. A count that is shown is a number cell; a hidden
 * one is the words the page shows ("fewer than 8", "not shown"), never its number. Every heading is
 * a text cell, never a formula, so a heading typed by someone else (a category, a service's name)
 * cannot run in the reader's spreadsheet.
 */
public final class ReportXlsx {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private ReportXlsx() {}

  public static byte[] of(ReportTable table, int threshold) {
    return of(table, threshold, List.of());
  }

  /**
   * @param notes what the page says beside the table, a row each (its words in the first cell, the
   *     figure in the second), below the table's title after an empty row
   */
  public static byte[] of(ReportTable table, int threshold, List<ReportTables.Note> notes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(bytes, "Neighbourhood portal", "1.0");
      Worksheet sheet = workbook.newWorksheet(sheetName(table.id()));
      boolean totals = ReportTables.hasRowTotals(table);
      int column = 0;
      sheet.inlineString(0, column++, table.rowHeading());
      for (ReportHeading heading : table.columns()) {
        sheet.inlineString(0, column++, heading.label());
      }
      if (totals) {
        sheet.inlineString(0, column, "Total");
      }
      int row = 1;
      for (ReportRow line : table.rows()) {
        column = 0;
        sheet.inlineString(row, column++, line.label());
        for (ReportCell cell : line.cells()) {
          count(sheet, row, column++, cell, threshold);
        }
        if (totals) {
          count(sheet, row, column, line.total(), threshold);
        }
        row++;
      }
      column = 0;
      sheet.inlineString(row, column++, "Total");
      for (ReportCell cell : table.columnTotals()) {
        count(sheet, row, column++, cell, threshold);
      }
      if (totals) {
        count(sheet, row, column, table.total(), threshold);
      }
      sheet.inlineString(row + 2, 0, table.title());
      row += 4;
      for (ReportTables.Note note : notes) {
        sheet.inlineString(row, 0, note.label());
        sheet.inlineString(row++, 1, note.value());
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the spreadsheet", e);
    }
    return bytes.toByteArray();
  }

  private static void count(Worksheet sheet, int row, int column, ReportCell cell, int threshold) {
    if (cell == null || cell.isSuppressed()) {
      sheet.inlineString(row, column, ReportWords.count(cell, threshold));
    } else {
      sheet.value(row, column, cell.value());
    }
  }

  /** A sheet's name: the table's id, in letters, digits and dashes, at most 31 characters. */
  static String sheetName(String tableId) {
    String name = tableId == null ? "" : tableId.replaceAll("[^A-Za-z0-9-]", "");
    name = name.isEmpty() ? "Report" : name;
    return name.length() > 31 ? name.substring(0, 31) : name;
  }

  /** The file's name, as the CSV's with the spreadsheet's extension. */
  public static String fileName(String about, String tableId, String from, String to) {
    String csv = ReportCsv.fileName(about, tableId, from, to);
    return csv.substring(0, csv.length() - ".csv".length()) + ".xlsx";
  }
}
