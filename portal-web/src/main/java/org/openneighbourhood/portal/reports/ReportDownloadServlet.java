package org.openneighbourhood.portal.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.ReferralReport;
import org.openneighbourhood.portal.api.ReportTable;
import org.openneighbourhood.portal.api.ReportsApi;

/**
 * One table of the commissioner's report as a CSV or XLSX download ({@code
 * /reports/referrals.csv?table=month-category&from=...}), with the API's suppression applied:
 * commissioners only (web.xml), through the API with the user's own token.
 */
@WebServlet(urlPatterns = {ReportDownloadServlet.CSV, ReportDownloadServlet.XLSX})
public class ReportDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String CSV = "/reports/referrals.csv";
  static final String XLSX = "/reports/referrals.xlsx";

  @Inject ReportsApi reportsApi;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ReferralReport report;
    try {
      report =
          reportsApi.referrals(
              parameter(request, "from"),
              parameter(request, "to"),
              parameter(request, "category"),
              parameter(request, "organisation"),
              parameter(request, "area"));
    } catch (ApiProblemException refused) {
      if (refused.status() != 400) {
        throw refused;
      }
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Check the report's filters");
      return;
    }
    String id = parameter(request, "table");
    ReportTable table = id == null ? null : ReportTables.byId(report, id).orElse(null);
    if (table == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such table");
      return;
    }
    TableDownload.send(
        request,
        response,
        table,
        report.threshold(),
        "referrals",
        report.from(),
        report.to(),
        ReportTables.notes(table, report.wellbeing(), report.capacity(), report.threshold()));
  }

  private static String parameter(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
