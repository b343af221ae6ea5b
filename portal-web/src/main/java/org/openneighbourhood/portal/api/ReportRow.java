package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;

/** One row of a report table: its heading, a cell per column, and its total. */
public record ReportRow(String code, String label, List<ReportCell> cells, ReportCell total)
    implements Serializable {}
