package org.openneighbourhood.api.reporting.boundary;

import java.util.ArrayList;
import java.util.List;
import org.openneighbourhood.api.reporting.entity.Heading;
import org.openneighbourhood.api.reporting.entity.PersonalOutcomes;
import org.openneighbourhood.api.reporting.entity.ReferralReport;
import org.openneighbourhood.api.reporting.entity.SuppressedTable;

/**
 * One table of a report: its columns, its rows each with its cells and total, the column totals and
 * the whole. {@code rowHeading} and {@code columnHeading} name the dimensions it counts by.
 */
public record ReportTableView(
    String id,
    String title,
    String rowHeading,
    String columnHeading,
    List<HeadingView> columns,
    List<RowView> rows,
    List<CellView> columnTotals,
    CellView total) {

  /** A row or column heading: a stable code and the words shown. */
  public record HeadingView(String code, String label) {

    static HeadingView of(Heading heading) {
      return new HeadingView(heading.code(), heading.label());
    }
  }

  /** One row: its heading, a cell per column, and its total. */
  public record RowView(String code, String label, List<CellView> cells, CellView total) {}

  static ReportTableView of(ReferralReport.Table table) {
    return of(
        table.id(), table.title(), table.rows().label(), table.columns().label(), table.counts());
  }

  static ReportTableView of(PersonalOutcomes.Table table) {
    return of(table.id(), table.title(), table.rowHeading(), table.columnHeading(), table.counts());
  }

  static ReportTableView of(
      String id, String title, String rowHeading, String columnHeading, SuppressedTable counts) {
    List<RowView> rows = new ArrayList<>();
    for (int r = 0; r < counts.rows().size(); r++) {
      List<CellView> cells = new ArrayList<>();
      for (int c = 0; c < counts.columns().size(); c++) {
        cells.add(CellView.of(counts.cell(r, c)));
      }
      Heading heading = counts.rows().get(r);
      rows.add(
          new RowView(heading.code(), heading.label(), cells, CellView.of(counts.rowTotal(r))));
    }
    List<CellView> columnTotals = new ArrayList<>();
    for (int c = 0; c < counts.columns().size(); c++) {
      columnTotals.add(CellView.of(counts.columnTotal(c)));
    }
    return new ReportTableView(
        id,
        title,
        rowHeading,
        columnHeading,
        counts.columns().stream().map(HeadingView::of).toList(),
        rows,
        columnTotals,
        CellView.of(counts.total()));
  }
}
