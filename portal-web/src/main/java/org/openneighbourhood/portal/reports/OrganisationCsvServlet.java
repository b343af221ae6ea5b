package org.openneighbourhood.portal.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.Organisation;
import org.openneighbourhood.portal.api.OrganisationReport;
import org.openneighbourhood.portal.api.OrganisationsApi;
import org.openneighbourhood.portal.api.ReportTable;
import org.openneighbourhood.portal.api.ReportsApi;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.security.ActingOrganisation;
import org.openneighbourhood.portal.security.Roles;

/**
 * One table of an organisation's report as a CSV download ({@code
 * /reports/organisation.csv?table=result&from=...}), with the API's suppression applied: its admin
 * downloads the organisation they act for, a commissioner the one named by {@code organisation}
 * (web.xml lets only these two roles in; the API decides which organisation each may read).
 */
@WebServlet(urlPatterns = OrganisationCsvServlet.PATH)
public class OrganisationCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/reports/organisation.csv";

  @Inject ReportsApi reportsApi;
  @Inject OrganisationsApi organisationsApi;
  @Inject ActingOrganisation actingOrganisation;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<UUID> id =
        request.isUserInRole(Roles.COMMISSIONER)
            ? Pages.uuid(request.getParameter("organisation"))
            : ownOrganisation();
    if (id.isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Choose an organisation");
      return;
    }
    OrganisationReport report;
    try {
      report =
          reportsApi.organisation(id.get(), parameter(request, "from"), parameter(request, "to"));
    } catch (ApiProblemException refused) {
      if (refused.status() == 400 || refused.status() == 404) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Check the report's filters");
        return;
      }
      throw refused;
    }
    String table = parameter(request, "table");
    Optional<ReportTable> chosen =
        table == null ? Optional.empty() : ReportTables.byId(report.tables(), table);
    if (chosen.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such table");
      return;
    }
    byte[] csv = ReportCsv.of(chosen.get(), report.threshold()).getBytes(StandardCharsets.UTF_8);
    response.setContentType(ReportCsv.CONTENT_TYPE);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + ReportCsv.fileName("organisation", chosen.get().id(), report.from(), report.to())
            + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(csv.length);
    response.getOutputStream().write(csv);
  }

  private Optional<UUID> ownOrganisation() {
    Optional<UUID> acting = actingOrganisation.id();
    if (acting.isPresent()) {
      return acting;
    }
    List<Organisation> mine = organisationsApi.myOrganisations();
    return mine.size() == 1 ? Optional.of(mine.get(0).id()) : Optional.empty();
  }

  private static String parameter(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
