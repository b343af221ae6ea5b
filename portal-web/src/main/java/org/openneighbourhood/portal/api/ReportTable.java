package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;

/** One table of a report, with its totals. */
public record ReportTable(
    String id,
    String title,
    String rowHeading,
    String columnHeading,
    List<ReportHeading> columns,
    List<ReportRow> rows,
    List<ReportCell> columnTotals,
    ReportCell total)
    implements Serializable {}
