package org.openneighbourhood.portal.reports;

import java.util.ArrayList;
import java.util.List;
import org.openneighbourhood.portal.api.ReportCell;
import org.openneighbourhood.portal.api.ReportHeading;
import org.openneighbourhood.portal.api.ReportRow;
import org.openneighbourhood.portal.api.ReportTable;

/**
 * A report table as CSV (RFC 4180), as the page shows it: the same headings, the hidden counts as
 * "fewer than 8" or "not shown", never their numbers. Every field is quoted, and one that a
 * spreadsheet would run as a formula (starting =, +, -, @, a tab or a carriage return) is prefixed
 * with an apostrophe, so a heading typed by someone else cannot run in the reader's spreadsheet.
 */
public final class ReportCsv {

  public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

  private ReportCsv() {}

  public static String of(ReportTable table, int threshold) {
    return of(table, threshold, List.of());
  }

  /**
   * @param notes what the page says beside the table, each as a line of its own after an empty one
   */
  public static String of(ReportTable table, int threshold, List<ReportTables.Note> notes) {
    boolean totals = ReportTables.hasRowTotals(table);
    List<String> header = new ArrayList<>();
    header.add(table.rowHeading());
    for (ReportHeading column : table.columns()) {
      header.add(column.label());
    }
    if (totals) {
      header.add("Total");
    }
    StringBuilder csv = new StringBuilder();
    line(csv, header);
    for (ReportRow row : table.rows()) {
      List<String> fields = new ArrayList<>();
      fields.add(row.label());
      for (ReportCell cell : row.cells()) {
        fields.add(ReportWords.count(cell, threshold));
      }
      if (totals) {
        fields.add(ReportWords.count(row.total(), threshold));
      }
      line(csv, fields);
    }
    List<String> last = new ArrayList<>();
    last.add("Total");
    for (ReportCell cell : table.columnTotals()) {
      last.add(ReportWords.count(cell, threshold));
    }
    if (totals) {
      last.add(ReportWords.count(table.total(), threshold));
    }
    line(csv, last);
    if (!notes.isEmpty()) {
      csv.append("\r\n");
      for (ReportTables.Note note : notes) {
        line(csv, List.of(note.label(), note.value()));
      }
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      csv.append(i == 0 ? "" : ",").append(field(fields.get(i)));
    }
    csv.append("\r\n");
  }

  static String field(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /** The file's name: the table and the months, in letters, digits and dashes only. */
  public static String fileName(String tableId, String from, String to) {
    return fileName("referrals", tableId, from, to);
  }

  /** The file's name: what it is about, the table and the months, as {@link #fileName}. */
  public static String fileName(String about, String tableId, String from, String to) {
    return (about + "-" + tableId + "-" + from + "-to-" + to).replaceAll("[^A-Za-z0-9-]", "")
        + ".csv";
  }
}
