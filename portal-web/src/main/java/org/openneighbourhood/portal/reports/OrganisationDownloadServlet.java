package org.openneighbourhood.portal.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
 * One table of an organisation's report as a CSV or XLSX download ({@code
 * /reports/organisation.csv?table=result&from=...}), with the API's suppression applied: its admin
 * downloads the organisation they act for, a commissioner the one named by {@code organisation}
 * (web.xml lets only these two roles in; the API decides which organisation each may read).
 */
@WebServlet(urlPatterns = {OrganisationDownloadServlet.CSV, OrganisationDownloadServlet.XLSX})
public class OrganisationDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String CSV = "/reports/organisation.csv";
  static final String XLSX = "/reports/organisation.xlsx";

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
    TableDownload.send(
        request,
        response,
        chosen.get(),
        report.threshold(),
        "organisation",
        report.from(),
        report.to(),
        ReportTables.notes(chosen.get(), report.wellbeing(), null, report.threshold()));
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
