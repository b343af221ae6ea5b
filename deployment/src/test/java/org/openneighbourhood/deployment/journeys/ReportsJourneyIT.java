package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.DEBT_ADVICE;
import static org.openneighbourhood.deployment.stack.Demo.GREEN_MINDS;
import static org.openneighbourhood.deployment.stack.Demo.MONEY_MATTERS;
import static org.openneighbourhood.deployment.stack.Demo.NORTHGATE_PCN;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.sensitive.Canary;
import org.openneighbourhood.deployment.sensitive.CanaryFixture;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Transcript;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A commissioner's report in a real browser: they start on it, filter it to this month's referrals
 * to Money Matters' debt advice, and see in the table and its chart the referrals this journey sent
 * through the API; they download the table as CSV with the same figures; a filter that is not a
 * month is shown next to its field with what was typed kept; the printable view leaves the form
 * out. A link worker is refused the report. An organisation's admin reads their own organisation's
 * report from the menu, downloads a table and prints it, and a commissioner chooses any
 * organisation's; neither page nor download names the run's canary person, whose referral Green
 * Minds' report counts. Every page state is scanned with axe.
 */
@ExtendWith({RunningStack.class, CanaryFixture.class})
@Tag("reports")
@Tag("browser")
class ReportsJourneyIT {

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  private static final String REPORT = "/reports/index.xhtml";
  private static final String ORGANISATION_REPORT = "/reports/organisation.xhtml";
  private static final int SENT = 8;

  private PlanSetup setup;
  private Browser browser;

  @RegisterExtension final Browsers browsers = new Browsers();

  @BeforeEach
  void openBrowser(LocalStack stack) {
    this.setup = new PlanSetup(stack);
    browser = browsers.open(stack.portalUrl());
  }

  private String moneyAndDebt() {
    Reply categories = setup.api().get("cara.commissioner", "/services/categories");
    assertEquals(200, categories.status(), categories::toString);
    for (JsonNode category : categories.body()) {
      if (category.path("name").asText().equals("Money and debt")) {
        return category.path("id").asText();
      }
    }
    throw new AssertionError("No Money and debt category: " + categories);
  }

  private JsonNode report(String month, String category) {
    Reply reply =
        setup
            .api()
            .get(
                "cara.commissioner",
                "/reports/referrals?from="
                    + month
                    + "&to="
                    + month
                    + "&category="
                    + category
                    + "&organisation="
                    + MONEY_MATTERS
                    + "&area="
                    + NORTHGATE_PCN);
    assertEquals(200, reply.status(), reply::toString);
    return reply.body();
  }

  private static String words(JsonNode cell) {
    if (cell.path("suppressed").asBoolean()) {
      return cell.path("reason").asText().equals("SMALL") ? "fewer than 8" : "not shown";
    }
    return NumberFormat.getIntegerInstance(Locale.UK).format(cell.path("value").asLong());
  }

  /** Days as the page says them: to one decimal place, or "not shown" where the API hid them. */
  private static String days(JsonNode days) {
    if (days.isNull() || days.isMissingNode()) {
      return "not shown";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
    format.setMaximumFractionDigits(1);
    return format.format(days.asDouble()) + (days.asDouble() == 1.0 ? " day" : " days");
  }

  /**
   * The figures the API gives beside a table's rows are on the page beside it, in the page's words,
   * and below it in its download, each saying what it is.
   *
   * @return how many there are
   */
  private int assertBeside(
      String table,
      JsonNode figures,
      java.util.function.Function<JsonNode, String> words,
      String what,
      List<String> download) {
    List<WebElement> beside =
        browser.driver().findElements(By.cssSelector("#beside-" + table + " > div"));
    int shown = 0;
    for (JsonNode figure : figures) {
      if (!figure.path("table").asText().equals(table)) {
        continue;
      }
      WebElement row = beside.get(shown++);
      String label = figure.path("label").asText();
      String value = words.apply(figure);
      assertEquals(label, row.findElement(By.tagName("dt")).getText());
      assertEquals(
          value, row.findElement(By.tagName("dd")).getText(), "beside the table: " + label);
      assertTrue(
          download.contains("\"" + what + label + "\",\"" + value + "\""),
          "and below it in its download: " + label + " in " + download);
    }
    assertEquals(shown, beside.size(), "nothing else beside " + table);
    return shown;
  }

  /** A mean change in points as the page words it, or "not shown" where the API hid it. */
  private static String points(JsonNode points) {
    if (points.isNull() || points.isMissingNode()) {
      return "not shown";
    }
    double value = points.asDouble();
    NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
    format.setMaximumFractionDigits(1);
    String unit = Math.abs(value) == 1.0 ? " point" : " points";
    if (value == 0) {
      return "no change";
    }
    return (value > 0 ? "+" : "-")
        + format.format(Math.abs(value))
        + unit
        + (value > 0 ? " better" : " worse");
  }

  @Test
  void aCommissionerFiltersTheReportSeesItsTableAndChartAndDownloadsIt() throws Exception {
    String month = YearMonth.from(LocalDate.now(ENGLAND)).toString();
    String monthLabel =
        YearMonth.parse(month).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    String category = moneyAndDebt();
    JsonNode before = report(month, category);
    PlanSetup.Person person = setup.registerPerson("Robin");
    for (int i = 0; i < SENT; i++) {
      Reply referred =
          setup
              .api()
              .post(
                  "lina.link",
                  "/referrals",
                  Map.of(
                      "personId",
                      person.id(),
                      "serviceId",
                      DEBT_ADVICE,
                      "reason",
                      "Worried about rent arrears",
                      "urgency",
                      "ROUTINE",
                      "consentToShare",
                      true));
      assertEquals(201, referred.status(), referred::toString);
    }
    JsonNode after = report(month, category);
    JsonNode whole = after.path("referrals");
    assertFalse(whole.path("suppressed").asBoolean(), "at least 8 referrals are shown");
    assertTrue(whole.path("value").asLong() >= SENT, after::toString);
    if (!before.path("referrals").path("suppressed").asBoolean()) {
      assertEquals(
          before.path("referrals").path("value").asLong() + SENT,
          whole.path("value").asLong(),
          "the referrals this journey sent, counted");
    }

    SignIn.as(browser, "cara.commissioner", REPORT);
    assertEquals("Referrals in the neighbourhood", browser.heading());
    browser.type("from", month);
    browser.type("to", month);
    browser.select("category", category);
    browser.select("organisation", MONEY_MATTERS);
    browser.select("area", NORTHGATE_PCN);
    browser.click("show-report");
    browser.arrivedAt(REPORT + "?from=" + month);
    assertEquals(words(whole), browser.text("referral-count"));
    assertFalse(browser.has("report-catching-up"), "every change counted: no notice");

    JsonNode capacity = after.path("capacity");
    assertEquals(
        capacity.path("servicesAccepting").asLong()
            + " accepting, "
            + capacity.path("servicesWaitlist").asLong()
            + " with a waiting list, "
            + capacity.path("servicesPaused").asLong()
            + " paused",
        browser.text("services-now"),
        "Money Matters' money and debt services now, as the API counts them");
    assertEquals(words(capacity.path("waitlisted")), browser.text("waitlisted"));
    assertEquals(words(capacity.path("reminded")), browser.text("reminded"));
    JsonNode byMonth = after.path("tables").get(0);
    String totalRow = browser.driver().findElement(By.id("row-month-category-" + month)).getText();
    assertTrue(totalRow.startsWith(monthLabel), totalRow);
    assertTrue(
        totalRow.endsWith(words(byMonth.path("rows").get(0).path("total"))),
        "the month's total in the table: " + totalRow);
    WebElement chart =
        browser.driver().findElement(By.cssSelector("#chart-month-category svg[role='img']"));
    String description = chart.findElement(By.tagName("desc")).getAttribute("textContent");
    assertEquals(
        monthLabel + ": " + words(byMonth.path("rows").get(0).path("total")) + ".",
        description,
        "the chart says what the table says");
    assertEquals(
        1,
        chart.findElements(By.cssSelector("rect.portal-chart__bar")).size(),
        "one bar: the month's");
    for (String table : List.of("deprivation-outcome", "deprivation-answer")) {
      assertTrue(browser.has("chart-" + table), "a chart of " + table);
      assertTrue(browser.has("row-" + table + "-DECILE_1"), "the most deprived tenth: " + table);
      assertTrue(browser.has("row-" + table + "-UNKNOWN"), "those whose decile is not known");
      assertTrue(browser.has("download-" + table), "a download of " + table);
    }
    for (String table : List.of("ethnicity-outcome", "ethnicity-answer")) {
      assertTrue(browser.has("chart-" + table), "a chart of " + table);
      assertTrue(browser.has("row-" + table + "-ASIAN"), "a group: " + table);
      assertTrue(browser.has("row-" + table + "-NOT_STATED"), "asked, and chose not to say");
      assertTrue(browser.has("row-" + table + "-NOT_RECORDED"), "never asked: " + table);
      assertTrue(browser.has("download-" + table), "a download of " + table);
    }
    for (String table : List.of("sex-outcome", "sex-answer")) {
      assertTrue(browser.has("chart-" + table), "a chart of " + table);
      for (String value : List.of("MALE", "FEMALE", "INDETERMINATE")) {
        assertTrue(browser.has("row-" + table + "-" + value), value + ": " + table);
      }
      assertTrue(browser.has("row-" + table + "-NOT_KNOWN"), "asked, and chose not to say");
      assertTrue(browser.has("row-" + table + "-NOT_RECORDED"), "never asked: " + table);
      assertTrue(browser.has("download-" + table), "a download of " + table);
    }
    for (String table :
        List.of("age-band-outcome", "age-band-answer", "portal-outcome", "portal-answer")) {
      assertTrue(browser.has("chart-" + table), "a chart of " + table);
      assertTrue(browser.has("download-" + table), "a download of " + table);
    }
    assertTrue(browser.has("row-portal-outcome-YES"), "those who use the portal themselves");
    assertTrue(browser.has("wellbeing-measured-twice"), "the people behind the wellbeing change");
    assertTrue(browser.has("wellbeing-mean-anxiety"), "a mean change a question");
    for (String table : List.of("wellbeing-anxiety", "commitments")) {
      assertTrue(browser.has("chart-" + table), "a chart of " + table);
      assertTrue(browser.has("download-" + table), "a download of " + table);
    }
    assertTrue(
        browser.has("row-wellbeing-anxiety-BETTER_3_OR_MORE"), "the largest change for the better");
    String meanOnThePage =
        browser
            .driver()
            .findElement(By.cssSelector("#wellbeing-mean-anxiety .nhsuk-summary-list__value"))
            .getText();
    HttpResponse<String> wellbeingCsv =
        download(
            "cara.commissioner", browser.find("download-wellbeing-anxiety").getAttribute("href"));
    assertEquals(200, wellbeingCsv.statusCode(), wellbeingCsv::body);
    List<String> wellbeingLines = wellbeingCsv.body().lines().toList();
    assertEquals(
        List.of(
            "\"Mean change\",\""
                + (meanOnThePage.startsWith("+") ? "'" : "")
                + meanOnThePage
                + "\"",
            "\"People who answered at least twice\",\""
                + browser.text("wellbeing-measured-twice")
                + "\""),
        wellbeingLines.subList(wellbeingLines.size() - 2, wellbeingLines.size()),
        "the download says what the page says beside the table");

    List<String> ids =
        java.util.stream.StreamSupport.stream(after.path("tables").spliterator(), false)
            .map(table -> table.path("id").asText())
            .toList();
    for (String by : List.of("deprivation", "age-band", "sex", "ethnicity", "portal")) {
      for (String table : List.of("wellbeing-by-" + by, "commitments-by-" + by)) {
        assertTrue(browser.has("chart-" + table), "a chart of " + table);
        assertTrue(browser.has("download-" + table), "a download of " + table);
        assertTrue(browser.has("download-xlsx-" + table), "a spreadsheet of " + table);
        JsonNode counted = after.path("tables").get(ids.indexOf(table));
        String totalOnThePage =
            browser.driver().findElement(By.id("row-" + table + "-total")).getText();
        assertTrue(
            totalOnThePage.endsWith(words(counted.path("total"))),
            "the whole, suppressed as the API suppressed it: " + totalOnThePage);
      }
    }
    assertTrue(browser.has("row-wellbeing-by-sex-NOT_RECORDED"), "never asked is a row");
    assertTrue(browser.has("row-commitments-by-deprivation-UNKNOWN"), "no decile known is a row");
    JsonNode wellbeingBySex = after.path("tables").get(ids.indexOf("wellbeing-by-sex"));
    HttpResponse<String> bySexCsv =
        download(
            "cara.commissioner", browser.find("download-wellbeing-by-sex").getAttribute("href"));
    assertEquals(200, bySexCsv.statusCode(), bySexCsv::body);
    List<String> bySexLines = bySexCsv.body().lines().toList();
    assertTrue(bySexLines.get(0).startsWith("\"Sex\",\"Worse by 3 or more\""), bySexLines.get(0));
    assertTrue(
        bySexLines.stream()
            .filter(line -> line.startsWith("\"Total\","))
            .findFirst()
            .orElseThrow()
            .endsWith("\"" + words(wellbeingBySex.path("total")) + "\""),
        "the download suppressed as the API: " + bySexLines);
    for (JsonNode row : wellbeingBySex.path("rows")) {
      StringBuilder line = new StringBuilder("\"" + row.path("label").asText() + "\"");
      row.path("cells").forEach(cell -> line.append(",\"").append(words(cell)).append('"'));
      line.append(",\"").append(words(row.path("total"))).append('"');
      assertTrue(
          bySexLines.contains(line.toString()),
          "every count of the download as the API gives it: " + line + " in " + bySexLines);
    }

    HttpResponse<String> sexCsv =
        download("cara.commissioner", browser.find("download-sex-outcome").getAttribute("href"));
    assertEquals(200, sexCsv.statusCode(), sexCsv::body);
    List<String> sexLines = sexCsv.body().lines().toList();
    assertTrue(sexLines.get(0).startsWith("\"Sex\","), sexLines.get(0));
    assertTrue(
        sexLines.stream().anyMatch(line -> line.startsWith("\"Not recorded\",")),
        "not recorded is a row of the download too: " + sexLines);
    assertEquals(
        5,
        assertBeside(
            "sex-outcome",
            capacity.path("medianWaits"),
            wait -> days(wait.path("medianDaysWaiting")),
            "Median time on a waiting list so far: ",
            sexLines),
        "a median wait beside every sex, as the API gives them");
    assertEquals(
        5,
        assertBeside(
            "wellbeing-by-sex",
            after.path("wellbeing").path("meansByHeading"),
            mean -> points(mean.path("improvement")),
            "Mean change (of the four questions): ",
            bySexLines),
        "a mean change beside every sex, as the API gives them");
    for (String by : List.of("deprivation", "age-band", "sex", "ethnicity", "portal")) {
      String table = "reminded-by-" + by;
      assertTrue(browser.has("chart-" + table), "a chart of " + table);
      assertTrue(browser.has("download-" + table), "a download of " + table);
      assertEquals(
          words(capacity.path("reminded")),
          browser.text("row-" + table + "-total").replaceAll("^Total\\s*", ""),
          "the reminders by " + by + " add up to the figure beside the report");
    }

    assertEquals(days(capacity.path("daysPaused")), browser.text("days-paused"));
    for (JsonNode served : capacity.path("byCategory")) {
      WebElement row =
          browser
              .driver()
              .findElement(By.id("row-capacity-by-category-" + served.path("code").asText()));
      List<WebElement> cells = row.findElements(By.tagName("td"));
      assertEquals(served.path("label").asText(), row.findElement(By.tagName("th")).getText());
      assertEquals(words(served.path("referrals")), cells.get(0).getText(), "demand");
      assertEquals(
          served.path("servicesAccepting").asText(), cells.get(1).getText(), "declared capacity");
    }
    HttpResponse<String> capacityCsv =
        download(
            "cara.commissioner",
            browser.find("download-capacity-by-category").getAttribute("href"));
    assertEquals(200, capacityCsv.statusCode(), capacityCsv::body);
    List<String> capacityLines = capacityCsv.body().lines().toList();
    assertTrue(
        capacityLines.get(0).startsWith("\"Service category\",\"Referrals sent\","),
        capacityLines.get(0));
    assertEquals(
        capacity.path("byCategory").size() + 2,
        capacityLines.size(),
        "a line a category, between the headings and the totals: " + capacityLines);

    HttpResponse<String> csv =
        download("cara.commissioner", browser.find("download-month-category").getAttribute("href"));
    assertEquals(200, csv.statusCode(), csv::body);
    assertEquals(
        "text/csv;charset=UTF-8",
        csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
    assertEquals(
        "attachment; filename=\"referrals-month-category-" + month + "-to-" + month + ".csv\"",
        csv.headers().firstValue("Content-Disposition").orElse(""));
    List<String> lines = csv.body().lines().toList();
    assertEquals("\"Month\",\"Money and debt\"", lines.get(0), "one category: no total column");
    assertEquals(
        "\"" + monthLabel + "\",\"" + words(byMonth.path("rows").get(0).path("total")) + "\"",
        lines.get(1));
    assertEquals("\"Total\",\"" + words(byMonth.path("total")) + "\"", lines.get(2));
    List<org.dhatim.fastexcel.reader.Row> sheet =
        spreadsheet(
            "cara.commissioner", browser.find("download-xlsx-month-category").getAttribute("href"));
    assertEquals("Money and debt", sheet.get(0).getCell(1).asString(), "a heading is text");
    assertSpreadsheetCell(byMonth.path("rows").get(0).path("total"), sheet.get(1).getCell(1));
    assertSpreadsheetCell(byMonth.path("total"), sheet.get(2).getCell(1));

    browser.click("printable-view");
    browser.arrivedAt("print=true");
    assertFalse(browser.has("report-filter"), "the printable view has no form");
    assertEquals(words(whole), browser.text("referral-count"));
    assertTrue(browser.has("table-wellbeing-by-portal"), "the breakdowns are printed too");
    assertTrue(browser.has("table-commitments-by-age-band"), "the breakdowns are printed too");

    browser.open(REPORT);
    browser.arrivedAt(REPORT);
    browser.type("from", "2026-13");
    browser.click("show-report");
    browser.arrivedAt("from=2026-13");
    assertTrue(browser.has("error-summary"), "the error summary");
    assertTrue(browser.text("from-error").contains("like 2026-01"), browser.text("from-error"));
    assertEquals("2026-13", browser.find("from").getAttribute("value"), "what was typed, kept");
    SignIn.out(browser);

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    browser.open(REPORT);
    browser.arrivedAt(REPORT);
    assertEquals("You cannot see this page", browser.heading(), "link workers see no report");
    browser.open("/reports/referrals.csv?table=month-category");
    browser.arrivedAt("/reports/referrals.csv");
    assertEquals("You cannot see this page", browser.heading(), "nor its download");
  }

  /** A download as the signed-in user gets it, kept in the run's transcript like a page. */
  private HttpResponse<String> download(String user, String href) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", Browser.SESSION_COOKIE + "=" + browser.sessionId())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Transcript.page(user, href, response.body());
    return response;
  }

  /** A spreadsheet download's first sheet, read back, kept in the transcript as its cells' text. */
  private List<org.dhatim.fastexcel.reader.Row> spreadsheet(String user, String href)
      throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", Browser.SESSION_COOKIE + "=" + browser.sessionId())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), href);
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        response.headers().firstValue("Content-Type").orElse(""));
    try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
        new org.dhatim.fastexcel.reader.ReadableWorkbook(
            new java.io.ByteArrayInputStream(response.body()))) {
      List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
      StringBuilder text = new StringBuilder();
      rows.forEach(row -> row.forEach(cell -> text.append(cell.getText()).append('\n')));
      Transcript.page(user, href, text.toString());
      return rows;
    }
  }

  /** A cell as the spreadsheet holds it: a count shown is a number, a hidden one its words. */
  private static void assertSpreadsheetCell(JsonNode count, org.dhatim.fastexcel.reader.Cell cell) {
    if (count.path("suppressed").asBoolean()) {
      assertEquals(org.dhatim.fastexcel.reader.CellType.STRING, cell.getType(), cell::toString);
      assertEquals(words(count), cell.asString());
    } else {
      assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, cell.getType(), cell::toString);
      assertEquals(count.path("value").asLong(), cell.asNumber().longValueExact());
    }
  }

  private static void assertNamesNobody(Canary canary, String where, String text) {
    List<String> identifiers = new java.util.ArrayList<>();
    identifiers.add(canary.nhsNumber());
    identifiers.add(canary.personId());
    identifiers.add(canary.referralId());
    identifiers.add("Casey");
    canary.values().values().forEach(identifiers::addAll);
    for (String identifier : identifiers) {
      assertFalse(text.contains(identifier), where + " holds one of the canary's identifiers");
    }
  }

  @Test
  void anOrganisationsAdminReadsTheirOwnReportAndACommissionerAnyOrganisations(Canary canary)
      throws Exception {
    Reply own = setup.api().get("olive.admin", "/reports/organisations/" + GREEN_MINDS);
    assertEquals(200, own.status(), own::toString);
    JsonNode report = own.body();
    assertTrue(
        report.path("referrals").path("suppressed").asBoolean()
            || report.path("referrals").path("value").asLong() >= 1,
        "the canary's referral to Green Minds is counted");
    JsonNode results = report.path("tables").get(1);

    SignIn.as(browser, "olive.admin", "/admin/staff.xhtml");
    browser.click(By.id("nav-organisation-report"));
    browser.arrivedAt(ORGANISATION_REPORT);
    assertEquals("Green Minds Wellbeing", browser.heading());
    assertEquals(words(report.path("referrals")), browser.text("referral-count"));
    assertEquals(words(report.path("peopleTakenOn")), browser.text("people-taken-on"));
    assertFalse(browser.has("organisation"), "an admin reads their own organisation's only");
    String waiting = browser.text("row-result-AWAITING_ANSWER");
    assertTrue(waiting.startsWith("Waiting for an answer"), waiting);
    assertTrue(waiting.endsWith(words(results.path("rows").get(0).path("cells").get(0))), waiting);
    assertNamesNobody(canary, "the admin's report", browser.driver().getPageSource());

    String href = browser.find("download-result").getAttribute("href");
    HttpResponse<String> csv = download("olive.admin", href);
    assertEquals(200, csv.statusCode(), csv::body);
    assertEquals(
        "attachment; filename=\"organisation-result-"
            + report.path("from").asText()
            + "-to-"
            + report.path("to").asText()
            + ".csv\"",
        csv.headers().firstValue("Content-Disposition").orElse(""));
    List<String> lines = csv.body().lines().toList();
    assertEquals("\"What happened\",\"Referrals\"", lines.get(0), "one column: no totals");
    assertEquals(
        "\"Waiting for an answer\",\""
            + words(results.path("rows").get(0).path("cells").get(0))
            + "\"",
        lines.get(1));
    assertEquals("\"Total\",\"" + words(results.path("total")) + "\"", lines.get(lines.size() - 1));
    assertNamesNobody(canary, "the admin's download", csv.body());
    List<org.dhatim.fastexcel.reader.Row> sheet =
        spreadsheet("olive.admin", browser.find("download-xlsx-result").getAttribute("href"));
    assertEquals("What happened", sheet.get(0).getCell(0).asString());
    for (int r = 0; r < results.path("rows").size(); r++) {
      JsonNode row = results.path("rows").get(r);
      assertEquals(row.path("label").asText(), sheet.get(r + 1).getCell(0).asString());
      assertSpreadsheetCell(row.path("cells").get(0), sheet.get(r + 1).getCell(1));
    }
    assertSpreadsheetCell(
        results.path("total"), sheet.get(results.path("rows").size() + 1).getCell(1));

    browser.click("printable-view");
    browser.arrivedAt("print=true");
    assertFalse(browser.has("report-filter"), "the printable view has no form");
    assertEquals(words(report.path("referrals")), browser.text("referral-count"));

    browser.open(ORGANISATION_REPORT);
    browser.arrivedAt(ORGANISATION_REPORT);
    browser.type("from", "2026-13");
    browser.click("show-report");
    browser.arrivedAt("from=2026-13");
    assertTrue(browser.has("error-summary"), "the error summary");
    assertTrue(browser.text("from-error").contains("like 2026-01"), browser.text("from-error"));
    assertEquals("2026-13", browser.find("from").getAttribute("value"), "what was typed, kept");

    browser.open(ORGANISATION_REPORT + "?organisation=" + MONEY_MATTERS);
    browser.arrivedAt(ORGANISATION_REPORT);
    assertEquals("Green Minds Wellbeing", browser.heading(), "her own, whatever is asked");
    browser.open(REPORT);
    browser.arrivedAt(REPORT);
    assertEquals("You cannot see this page", browser.heading(), "not the area's report");
    SignIn.out(browser);

    SignIn.as(browser, "cara.commissioner", REPORT);
    browser.click("organisation-reports");
    browser.arrivedAt(ORGANISATION_REPORT);
    assertEquals("An organisation’s report", browser.heading());
    browser.click("show-report");
    browser.arrivedAt("show=true");
    assertTrue(browser.has("error-summary"), "the error summary");
    assertTrue(
        browser.text("organisation-error").contains("Choose an organisation"),
        browser.text("organisation-error"));
    browser.select("organisation", GREEN_MINDS);
    browser.click("show-report");
    browser.arrivedAt("organisation=" + GREEN_MINDS);
    assertEquals("Green Minds Wellbeing", browser.heading());
    JsonNode shared =
        setup.api().get("cara.commissioner", "/reports/organisations/" + GREEN_MINDS).body();
    assertEquals(words(shared.path("referrals")), browser.text("referral-count"));
    assertNamesNobody(canary, "the commissioner's report", browser.driver().getPageSource());
    HttpResponse<String> monthly =
        download("cara.commissioner", browser.find("download-month-service").getAttribute("href"));
    assertEquals(200, monthly.statusCode(), monthly::body);
    assertTrue(monthly.body().startsWith("\"Month\","), monthly::body);
    assertNamesNobody(canary, "the commissioner's download", monthly.body());
    SignIn.out(browser);

    SignIn.as(browser, "lina.link", "/people/find.xhtml");
    browser.open(ORGANISATION_REPORT);
    browser.arrivedAt(ORGANISATION_REPORT);
    assertEquals("You cannot see this page", browser.heading(), "link workers see no report");
    browser.open("/reports/organisation.csv?table=result");
    browser.arrivedAt("/reports/organisation.csv");
    assertEquals("You cannot see this page", browser.heading(), "nor its download");
  }
}
