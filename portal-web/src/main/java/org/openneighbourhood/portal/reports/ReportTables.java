package org.openneighbourhood.portal.reports;

import java.util.List;
import java.util.Optional;
import org.openneighbourhood.portal.api.ReferralReport;
import org.openneighbourhood.portal.api.ReportTable;

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
}
