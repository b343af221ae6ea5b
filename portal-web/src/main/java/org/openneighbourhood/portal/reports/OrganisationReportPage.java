package org.openneighbourhood.portal.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.OrganisationReport;
import org.openneighbourhood.portal.api.OrganisationsApi;
import org.openneighbourhood.portal.api.ReportCell;
import org.openneighbourhood.portal.api.ReportTable;
import org.openneighbourhood.portal.api.ReportsApi;
import org.openneighbourhood.portal.layout.Choice;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;
import org.openneighbourhood.portal.security.ActingOrganisation;
import org.openneighbourhood.portal.security.CurrentUser;
import org.openneighbourhood.portal.security.Roles;

/**
 * An organisation's own report, the one it can take to a funder: its admin sees the organisation
 * they act for, a commissioner chooses any organisation. Filtered by a plain GET form (months, and
 * for a commissioner the organisation) so a report can be kept, shared and printed. The API
 * suppresses small counts and decides who may see which organisation; a filter it refuses is shown
 * next to its field.
 */
@Named
@RequestScoped
public class OrganisationReportPage {

  static final String CHOOSE = "Choose an organisation from the list";

  @Inject ReportsApi reportsApi;
  @Inject OrganisationsApi organisationsApi;
  @Inject CurrentUser currentUser;
  @Inject ActingOrganisation actingOrganisation;

  private final FormErrors errors = new FormErrors();
  private String from;
  private String to;
  private String organisation;
  private boolean print;
  private boolean commissioner;
  private OrganisationReport report;
  private List<Choice> organisations = List.of();

  public void load() {
    from = Pages.parameter("from");
    to = Pages.parameter("to");
    print = "true".equals(Pages.parameter("print"));
    commissioner = currentUser.hasRole(Roles.COMMISSIONER);
    Optional<UUID> id;
    if (commissioner) {
      organisation = Pages.parameter("organisation");
      organisations =
          ReportPage.organisationChoices(
              organisationsApi.organisations(), "Choose an organisation");
      id = Pages.uuid(organisation);
      if (id.isEmpty()) {
        if (!organisation.isEmpty() || "true".equals(Pages.parameter("show"))) {
          errors.add("organisation", CHOOSE);
        }
        return;
      }
    } else {
      id = actingOrganisation.id();
      if (id.isEmpty()) {
        List<org.openneighbourhood.portal.api.Organisation> mine =
            organisationsApi.myOrganisations();
        id = mine.size() == 1 ? Optional.of(mine.get(0).id()) : Optional.empty();
      }
      if (id.isEmpty()) {
        Pages.forbidden();
        return;
      }
      organisation = id.get().toString();
    }
    try {
      report = reportsApi.organisation(id.get(), blankToNull(from), blankToNull(to));
      if (from.isEmpty()) {
        from = report.from();
      }
      if (to.isEmpty()) {
        to = report.to();
      }
    } catch (ApiProblemException refused) {
      if (refused.status() == 404 && commissioner) {
        errors.add("organisation", CHOOSE);
      } else if (refused.status() == 400) {
        errors.addProblem(refused, Map.of("from", "from", "to", "to"));
      } else {
        throw refused;
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** The query of this report, for the printable view and the downloads. */
  public String getQuery() {
    StringBuilder query = new StringBuilder();
    append(query, "organisation", commissioner ? organisation : null);
    append(query, "from", from);
    append(query, "to", to);
    return query.toString();
  }

  private static void append(StringBuilder query, String field, String value) {
    if (value != null && !value.isEmpty()) {
      query
          .append(query.length() == 0 ? "" : "&")
          .append(field)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  public BarChart chart(ReportTable table) {
    return BarChart.of(table, report.threshold());
  }

  public String count(ReportCell cell) {
    return ReportWords.count(cell, report.threshold());
  }

  /** What the page says beside a table: nothing, in an organisation's report. */
  public ReportTables.Beside beside(ReportTable table) {
    return null;
  }

  public boolean hasRowTotals(ReportTable table) {
    return ReportTables.hasRowTotals(table);
  }

  /** A mean change in points, signed, or "not shown" where the API left it out. */
  public String points(Double points) {
    return ReportWords.points(points);
  }

  /** Days to one decimal place, or "not shown" where the API left the figure out. */
  public String days(Double days) {
    return ReportWords.days(days);
  }

  public FormErrors getErrors() {
    return errors;
  }

  public String getFrom() {
    return from;
  }

  public String getTo() {
    return to;
  }

  public String getOrganisation() {
    return organisation;
  }

  public boolean isPrint() {
    return print;
  }

  public boolean isCommissioner() {
    return commissioner;
  }

  public OrganisationReport getReport() {
    return report;
  }

  public List<Choice> getOrganisations() {
    return organisations;
  }
}
