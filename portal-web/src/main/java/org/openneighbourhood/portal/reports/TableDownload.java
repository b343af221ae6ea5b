package org.openneighbourhood.portal.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openneighbourhood.portal.api.ReportTable;

/** One report table sent as the download its address asks for: CSV, or XLSX for {@code .xlsx}. */
final class TableDownload {

  private TableDownload() {}

  /**
   * @param about what the report is about, first in the file's name ({@code referrals})
   * @param notes what the page says beside the table ({@link ReportTables#notes}), below it
   */
  static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      ReportTable table,
      int threshold,
      String about,
      String from,
      String to,
      List<ReportTables.Note> notes)
      throws IOException {
    boolean xlsx = request.getServletPath().endsWith(".xlsx");
    byte[] body =
        xlsx
            ? ReportXlsx.of(table, threshold, notes)
            : ReportCsv.of(table, threshold, notes).getBytes(StandardCharsets.UTF_8);
    String name =
        xlsx
            ? ReportXlsx.fileName(about, table.id(), from, to)
            : ReportCsv.fileName(about, table.id(), from, to);
    response.setContentType(xlsx ? ReportXlsx.CONTENT_TYPE : ReportCsv.CONTENT_TYPE);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
