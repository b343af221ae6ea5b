package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Api.PROBLEM;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.RunningStack;

/**
 * The commissioner's report and an organisation's own report through the API with real tokens: by
 * default the twelve months to this one; every count either a number or suppressed, never both; a
 * parameter that is not what it should be is a 400 problem naming its field; an organisation's
 * admin reads only their own organisation's report (another's is a 403 problem), commissioners any.
 */
@ExtendWith(RunningStack.class)
@Tag("reports")
class ReportsApiIT {

  static Api api;

  @BeforeAll
  static void start(LocalStack running) {
    api = new Api(running);
  }

  private static void assertCell(JsonNode cell) {
    boolean suppressed = cell.path("suppressed").asBoolean(false);
    assertEquals(!suppressed, cell.hasNonNull("value"), cell.toString());
    if (suppressed) {
      assertTrue(
          Set.of("SMALL", "PROTECTS_SMALL").contains(cell.path("reason").asText()), cell::toString);
    }
  }

  @Test
  void theReportCoversTheTwelveMonthsToThisOneByDefaultInCountsOnly() {
    Reply reply = api.get("cara.commissioner", "/reports/referrals");
    assertEquals(200, reply.status(), reply::toString);
    YearMonth thisMonth = YearMonth.from(LocalDate.now(ZoneId.of("Europe/London")));
    assertEquals(thisMonth.toString(), reply.body().path("to").asText());
    assertEquals(thisMonth.minusMonths(11).toString(), reply.body().path("from").asText());
    assertEquals(8, reply.body().path("threshold").asInt());
    assertTrue(reply.body().path("upToDate").asBoolean(), "the counts count every change");
    assertCellsOf(reply.body());
    assertEquals(12, reply.body().path("tables").get(0).path("rows").size(), "a row a month");
    List<String> ids =
        java.util.stream.StreamSupport.stream(reply.body().path("tables").spliterator(), false)
            .map(table -> table.path("id").asText())
            .toList();
    assertEquals(
        List.of("ethnicity-outcome", "ethnicity-answer", "sex-outcome", "sex-answer"),
        ids.subList(ids.indexOf("ethnicity-outcome"), ids.indexOf("ethnicity-outcome") + 4),
        "the sex tables after the ethnicity ones");
    assertEquals(
        List.of("age-band-outcome", "age-band-answer", "portal-outcome", "portal-answer"),
        ids.subList(ids.indexOf("sex-answer") + 1, ids.indexOf("sex-answer") + 5),
        "every equity heading by outcome and first answer");
    for (String id : ids.subList(ids.indexOf("sex-answer") + 1, ids.indexOf("sex-answer") + 5)) {
      assertEquals(
          reply.body().path("referrals").path("value").asText(),
          reply.body().path("tables").get(ids.indexOf(id)).path("total").path("value").asText(),
          "every referral counted: " + id);
    }
    for (String id : List.of("sex-outcome", "sex-answer")) {
      JsonNode table = reply.body().path("tables").get(ids.indexOf(id));
      assertEquals(
          List.of("MALE", "FEMALE", "INDETERMINATE", "NOT_KNOWN", "NOT_RECORDED"),
          java.util.stream.StreamSupport.stream(table.path("rows").spliterator(), false)
              .map(row -> row.path("code").asText())
              .toList(),
          "every value a row, not recorded too: " + id);
      assertEquals(
          reply.body().path("referrals").path("value").asText(),
          table.path("total").path("value").asText(),
          "every referral counted: " + id);
    }
    assertEquals(
        List.of(
            "commitments",
            "wellbeing-by-deprivation",
            "wellbeing-by-age-band",
            "wellbeing-by-sex",
            "wellbeing-by-ethnicity",
            "wellbeing-by-portal",
            "commitments-by-deprivation",
            "commitments-by-age-band",
            "commitments-by-sex",
            "commitments-by-ethnicity",
            "commitments-by-portal"),
        ids.subList(ids.indexOf("commitments"), ids.size()),
        "the outcomes people value by every equity heading, last");
    JsonNode measuredTwice = reply.body().path("wellbeing").path("measuredTwice");
    JsonNode actions = reply.body().path("tables").get(ids.indexOf("commitments")).path("total");
    for (String id : ids.subList(ids.indexOf("commitments") + 1, ids.size())) {
      JsonNode table = reply.body().path("tables").get(ids.indexOf(id));
      assertEquals(
          id.startsWith("wellbeing") ? measuredTwice : actions,
          table.path("total"),
          "the same whole, hidden in all or none: " + id);
      assertEquals(
          id.startsWith("wellbeing") ? 5 : 6,
          table.path("columns").size(),
          "a column a band of change or a way of keeping: " + id);
      JsonNode first =
          reply
              .body()
              .path("tables")
              .get(ids.indexOf(id.startsWith("wellbeing") ? "wellbeing-by-deprivation" : id))
              .path("columnTotals");
      assertEquals(
          id.startsWith("wellbeing")
              ? first
              : reply.body().path("tables").get(ids.indexOf("commitments")).path("columnTotals"),
          table.path("columnTotals"),
          "the shared column totals, hidden in all or none: " + id);
      for (JsonNode row : table.path("rows")) {
        for (JsonNode cell : row.path("cells")) {
          long value = cell.path("value").asLong(0);
          assertFalse(value > 0 && value < 8, "no small count shown: " + id + " " + row);
        }
      }
    }
    assertEquals(
        List.of("MALE", "FEMALE", "INDETERMINATE", "NOT_KNOWN", "NOT_RECORDED"),
        java.util.stream.StreamSupport.stream(
                reply
                    .body()
                    .path("tables")
                    .get(ids.indexOf("wellbeing-by-sex"))
                    .path("rows")
                    .spliterator(),
                false)
            .map(row -> row.path("code").asText())
            .toList(),
        "the referral tables' headings, not recorded too");
    JsonNode capacity = reply.body().path("capacity");
    for (String services :
        List.of("servicesAccepting", "servicesWaitlist", "servicesPaused", "servicesAtMaximum")) {
      assertTrue(capacity.path(services).asLong(-1) >= 0, services + ": " + capacity);
    }
    assertTrue(
        capacity.path("servicesAccepting").asLong() >= 1,
        "the demo's services accept: " + capacity);
    assertCell(capacity.path("waitlisted"));
    assertCell(capacity.path("reminded"));
    if (capacity.path("waitlisted").path("suppressed").asBoolean()) {
      assertTrue(capacity.path("medianDaysWaiting").isNull(), "no wait over a hidden count");
    }
    long accepting = 0;
    double daysPaused = 0;
    for (JsonNode category : capacity.path("byCategory")) {
      assertFalse(category.path("label").asText().isBlank(), category.toString());
      assertCell(category.path("referrals"));
      for (String services :
          List.of(
              "servicesAccepting",
              "servicesWaitlist",
              "servicesPaused",
              "servicesAtMaximum",
              "mostOpenReferralsDeclared",
              "servicesWithNoMostDeclared")) {
        assertTrue(category.path(services).asLong(-1) >= 0, services + ": " + category);
      }
      accepting += category.path("servicesAccepting").asLong();
      daysPaused += category.path("daysPaused").asDouble(-1);
      assertTrue(category.path("daysPaused").asDouble(-1) >= 0, category.toString());
    }
    assertEquals(
        capacity.path("servicesAccepting").asLong(),
        accepting,
        "each service under one category: " + capacity.path("byCategory"));
    assertEquals(
        capacity.path("daysPaused").asDouble(),
        daysPaused,
        0.051 * (1 + capacity.path("byCategory").size()),
        "the days paused by category add up, to a tenth each");
    List<String> reminders =
        List.of(
            "reminded-by-deprivation",
            "reminded-by-age-band",
            "reminded-by-sex",
            "reminded-by-ethnicity",
            "reminded-by-portal");
    assertEquals(
        reminders,
        ids.subList(ids.indexOf("portal-answer") + 1, ids.indexOf("portal-answer") + 6),
        "the reminders by every equity heading after the referral tables");
    for (String id : reminders) {
      JsonNode table = reply.body().path("tables").get(ids.indexOf(id));
      assertEquals(
          capacity.path("reminded"), table.path("total"), "the same whole, hidden in all or none");
      assertEquals(1, table.path("columns").size(), id);
    }
    for (JsonNode wait : capacity.path("medianWaits")) {
      String table = wait.path("table").asText();
      assertTrue(table.endsWith("-outcome") && !table.equals("outcome-answer"), wait.toString());
      JsonNode row = besideRow(reply.body().path("tables").get(ids.indexOf(table)), wait);
      if (!wait.path("medianDaysWaiting").isNull()) {
        assertTrue(
            row.path("cells").get(1).path("value").asLong(0) >= 8,
            "a median only beside a count on the waiting list (column 2) that is shown: "
                + wait
                + row);
        assertTrue(wait.path("medianDaysWaiting").asDouble() >= 0, wait.toString());
      }
    }
    assertTrue(
        capacity.path("medianWaits").size() >= 5 * 2,
        "one beside every row of the five tables: " + capacity.path("medianWaits"));
    JsonNode means = reply.body().path("wellbeing").path("meansByHeading");
    for (JsonNode mean : means) {
      String table = mean.path("table").asText();
      assertTrue(table.startsWith("wellbeing-by-"), mean.toString());
      JsonNode row = besideRow(reply.body().path("tables").get(ids.indexOf(table)), mean);
      if (!mean.path("improvement").isNull()) {
        assertTrue(
            row.path("total").path("value").asLong(0) >= 8,
            "a mean only beside a number of people that is shown: " + mean + row);
        assertTrue(Math.abs(mean.path("improvement").asDouble()) <= 10, mean.toString());
      }
    }
    assertTrue(means.size() >= 5 * 2, "one beside every row of the five breakdowns: " + means);
    String text = reply.body().toString();
    for (String personal :
        new String[] {"nhsNumber", "givenName", "familyName", "whatMattersToMe"}) {
      assertFalse(text.contains(personal), personal);
    }
  }

  /**
   * A neighbourhood area's report counts the referrals from its PCN and the organisations in its
   * area: in the demo every organisation but the commissioners' is in Northgate PCN's, so it counts
   * all but the self-referrals (and any a commissioner made), in every table alike.
   */
  @Test
  void anAreasReportCountsTheReferralsFromOrganisationsInIt() {
    Reply whole = api.get("cara.commissioner", "/reports/referrals");
    Reply area = api.get("cara.commissioner", "/reports/referrals?area=" + Demo.NORTHGATE_PCN);
    assertEquals(200, area.status(), area::toString);
    assertEquals(Demo.NORTHGATE_PCN, area.body().path("area").asText());
    assertCellsOf(area.body());
    JsonNode bySector = null;
    for (JsonNode table : area.body().path("tables")) {
      if (table.path("id").asText().equals("sector")) {
        bySector = table;
      }
    }
    assertTrue(bySector != null, area::toString);
    for (JsonNode row : bySector.path("rows")) {
      if (List.of("SELF", "COMMISSIONER").contains(row.path("code").asText())
          && !row.path("total").path("suppressed").asBoolean()) {
        assertEquals(0, row.path("total").path("value").asLong(-1), "not from the area: " + row);
      }
    }
    if (!whole.body().path("referrals").path("suppressed").asBoolean()
        && !area.body().path("referrals").path("suppressed").asBoolean()) {
      assertTrue(
          area.body().path("referrals").path("value").asLong()
              <= whole.body().path("referrals").path("value").asLong(),
          "an area counts some of the whole's");
    }
  }

  @Test
  void aParameterThatIsNotWhatItShouldBeIsAProblemNamingItsField() {
    String[][] cases = {
      {"from=2026-13", "from"},
      {"from=2026-1", "from"},
      {"from=2026-02&to=2026-01", "to"},
      {"from=2020-01&to=2026-01", "from"},
      {"category=walking", "category"},
      {"category=" + UUID.randomUUID(), "category"},
      {"organisation=" + UUID.randomUUID(), "organisation"},
      {"area=northgate", "area"},
      {"area=" + UUID.randomUUID(), "area"},
      {"area=" + Demo.RIVERSIDE_SURGERY, "area"}
    };
    for (String[] bad : cases) {
      Reply reply = api.get("cara.commissioner", "/reports/referrals?" + bad[0]);
      assertEquals(400, reply.status(), bad[0] + ": " + reply);
      assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
      assertEquals(PROBLEM + "validation", reply.problemType(), reply::toString);
      assertTrue(reply.hasFieldError(bad[1]), bad[0] + ": " + reply);
    }
  }

  private static void assertCellsOf(JsonNode report) {
    assertCell(report.path("referrals"));
    JsonNode wellbeing = report.path("wellbeing");
    assertCell(wellbeing.path("measuredTwice"));
    assertCell(wellbeing.path("notMeasuredTwice"));
    assertEquals(4, wellbeing.path("means").size(), "a mean a question: " + wellbeing);
    if (wellbeing.path("measuredTwice").path("suppressed").asBoolean()) {
      wellbeing
          .path("means")
          .forEach(
              mean ->
                  assertTrue(
                      mean.path("improvement").isNull() || mean.path("improvement").isMissingNode(),
                      "no mean over a hidden number of people: " + wellbeing));
    }
    for (JsonNode table : report.path("tables")) {
      table.path("rows").forEach(row -> row.path("cells").forEach(ReportsApiIT::assertCell));
      table.path("rows").forEach(row -> assertCell(row.path("total")));
      table.path("columnTotals").forEach(ReportsApiIT::assertCell);
      assertCell(table.path("total"));
    }
  }

  @Test
  void anOrganisationsAdminReadsItsOwnReportInCountsOnlyAndCommissionersReadAny() {
    Reply own = api.get("olive.admin", "/reports/organisations/" + Demo.GREEN_MINDS);
    assertEquals(200, own.status(), own::toString);
    JsonNode report = own.body();
    YearMonth thisMonth = YearMonth.from(LocalDate.now(ZoneId.of("Europe/London")));
    assertEquals(thisMonth.toString(), report.path("to").asText());
    assertEquals("Green Minds Wellbeing", report.path("organisationName").asText());
    assertEquals(8, report.path("threshold").asInt());
    assertTrue(report.path("upToDate").asBoolean(), "the counts count every change");
    assertCellsOf(report);
    assertCell(report.path("peopleTakenOn"));
    JsonNode time = report.path("timeInService");
    assertCell(time.path("completed"));
    if (time.path("completed").path("suppressed").asBoolean()) {
      assertTrue(time.path("medianDays").isNull(), "no time over a hidden count: " + time);
      assertTrue(time.path("meanDays").isNull(), time::toString);
    }
    assertEquals(
        List.of(
            "month-service",
            "result",
            "sector",
            "deprivation",
            "wellbeing-life-satisfaction",
            "wellbeing-worthwhile",
            "wellbeing-happiness",
            "wellbeing-anxiety",
            "commitments"),
        java.util.stream.StreamSupport.stream(report.path("tables").spliterator(), false)
            .map(table -> table.path("id").asText())
            .toList());
    assertEquals(12, report.path("tables").get(0).path("rows").size(), "a row a month");
    String text = report.toString();
    for (String personal :
        new String[] {"nhsNumber", "givenName", "familyName", "declineNote", "personId"}) {
      assertFalse(text.contains(personal), personal);
    }

    Reply shared = api.get("cara.commissioner", "/reports/organisations/" + Demo.GREEN_MINDS);
    assertEquals(200, shared.status(), shared::toString);
    assertEquals(
        report.path("referrals"), shared.body().path("referrals"), "the same report, shared");

    Reply another = api.get("olive.admin", "/reports/organisations/" + Demo.MONEY_MATTERS);
    assertEquals(403, another.status(), another::toString);
    assertTrue(another.contentType().startsWith("application/problem+json"), another::toString);
    assertEquals(
        200, api.get("cara.commissioner", "/reports/organisations/" + Demo.MONEY_MATTERS).status());
    assertEquals(403, api.get("vera.vcfse", "/reports/organisations/" + Demo.GREEN_MINDS).status());

    Reply nowhere = api.get("cara.commissioner", "/reports/organisations/" + UUID.randomUUID());
    assertEquals(404, nowhere.status(), nowhere::toString);
    assertTrue(nowhere.contentType().startsWith("application/problem+json"), nowhere::toString);
  }

  @Test
  void aMonthThatIsNotOneIsAProblemNamingItsFieldInAnOrganisationsReport() {
    String[][] cases = {
      {"from=2026-13", "from"}, {"to=twelve", "to"}, {"from=2026-02&to=2026-01", "to"}
    };
    for (String[] bad : cases) {
      Reply reply =
          api.get("olive.admin", "/reports/organisations/" + Demo.GREEN_MINDS + "?" + bad[0]);
      assertEquals(400, reply.status(), bad[0] + ": " + reply);
      assertEquals(PROBLEM + "validation", reply.problemType(), reply::toString);
      assertTrue(reply.hasFieldError(bad[1]), bad[0] + ": " + reply);
    }
  }

  /** The row of a table a figure beside it is beside: the same code and label. */
  private static JsonNode besideRow(JsonNode table, JsonNode beside) {
    for (JsonNode row : table.path("rows")) {
      if (row.path("code").equals(beside.path("code"))) {
        assertEquals(row.path("label"), beside.path("label"));
        return row;
      }
    }
    throw new AssertionError("beside a row of its table: " + beside);
  }
}
