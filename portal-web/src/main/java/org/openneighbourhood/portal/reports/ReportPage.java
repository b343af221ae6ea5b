package org.openneighbourhood.portal.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.Area;
import org.openneighbourhood.portal.api.Category;
import org.openneighbourhood.portal.api.Organisation;
import org.openneighbourhood.portal.api.OrganisationsApi;
import org.openneighbourhood.portal.api.ReferralReport;
import org.openneighbourhood.portal.api.ReportTable;
import org.openneighbourhood.portal.api.ReportsApi;
import org.openneighbourhood.portal.api.ServicesApi;
import org.openneighbourhood.portal.layout.Choice;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * The commissioner's report, filtered by a plain GET form (period, category, receiving
 * organisation, neighbourhood area) so that a report can be bookmarked, shared and printed. The API
 * suppresses small counts; the page only shows what it answered. A filter the API refuses is shown
 * next to its field, with what was typed kept.
 */
@Named
@RequestScoped
public class ReportPage {

  static final List<String> FIELDS = List.of("from", "to", "category", "organisation", "area");

  @Inject ReportsApi reportsApi;
  @Inject ServicesApi servicesApi;
  @Inject OrganisationsApi organisationsApi;

  private final FormErrors errors = new FormErrors();
  private String from;
  private String to;
  private String category;
  private String organisation;
  private String area;
  private boolean print;
  private ReferralReport report;
  private List<Choice> categories = List.of();
  private List<Choice> organisations = List.of();
  private List<Choice> areas = List.of();

  public void load() {
    from = Pages.parameter("from");
    to = Pages.parameter("to");
    category = Pages.parameter("category");
    organisation = Pages.parameter("organisation");
    area = Pages.parameter("area");
    print = "true".equals(Pages.parameter("print"));
    try {
      report =
          reportsApi.referrals(
              blankToNull(from),
              blankToNull(to),
              blankToNull(category),
              blankToNull(organisation),
              blankToNull(area));
      if (from.isEmpty()) {
        from = report.from();
      }
      if (to.isEmpty()) {
        to = report.to();
      }
    } catch (ApiProblemException refused) {
      if (refused.status() != 400) {
        throw refused;
      }
      errors.addProblem(
          refused,
          Map.of(
              "from",
              "from",
              "to",
              "to",
              "category",
              "category",
              "organisation",
              "organisation",
              "area",
              "area"));
    }
    categories = categoryChoices(servicesApi.serviceCategories());
    organisations = organisationChoices(organisationsApi.organisations());
    areas = areaChoices(organisationsApi.areas());
  }

  /** The neighbourhood areas (PCNs') by name, after a first choice of the whole neighbourhood. */
  static List<Choice> areaChoices(List<Area> areas) {
    return Choice.byName("All areas", areas, Area::id, Area::name);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  static List<Choice> categoryChoices(List<Category> categories) {
    return Choice.byName("All categories", categories, Category::id, Category::name);
  }

  static List<Choice> organisationChoices(List<Organisation> organisations) {
    return organisationChoices(organisations, "All organisations");
  }

  /** The organisations by name, after a first choice of none with these words. */
  static List<Choice> organisationChoices(List<Organisation> organisations, String none) {
    return Choice.byName(none, organisations, Organisation::id, Organisation::name);
  }

  /** The query of this report (its filters), for the printable view and the downloads. */
  public String getQuery() {
    StringBuilder query = new StringBuilder();
    for (String field : FIELDS) {
      String value =
          switch (field) {
            case "from" -> from;
            case "to" -> to;
            case "category" -> category;
            case "organisation" -> organisation;
            default -> area;
          };
      if (value != null && !value.isEmpty()) {
        query
            .append(query.length() == 0 ? "" : "&")
            .append(field)
            .append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    return query.toString();
  }

  public BarChart chart(ReportTable table) {
    return BarChart.of(table, report.threshold());
  }

  public String count(org.openneighbourhood.portal.api.ReportCell cell) {
    return ReportWords.count(cell, report.threshold());
  }

  /** A mean change in points, signed, or "not shown" where the API left it out. */
  public String points(Double points) {
    return ReportWords.points(points);
  }

  /** Days to one decimal place, or "not shown" where the API left the figure out. */
  public String days(Double days) {
    return ReportWords.days(days);
  }

  /** Demand against declared capacity by service category, as a table, or null without figures. */
  public ReportTable getCapacityTable() {
    return report == null ? null : ReportTables.capacityByCategory(report).orElse(null);
  }

  /**
   * What the page says beside a table, row by row (median waits beside outcomes by heading, mean
   * changes beside wellbeing by heading), or null beside any other.
   */
  public ReportTables.Beside beside(ReportTable table) {
    return ReportTables.beside(table, report).orElse(null);
  }

  public boolean hasRowTotals(ReportTable table) {
    return ReportTables.hasRowTotals(table);
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

  public String getCategory() {
    return category;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getArea() {
    return area;
  }

  public List<Choice> getAreas() {
    return areas;
  }

  public boolean isPrint() {
    return print;
  }

  public ReferralReport getReport() {
    return report;
  }

  public List<Choice> getCategories() {
    return categories;
  }

  public List<Choice> getOrganisations() {
    return organisations;
  }
}
