package org.openneighbourhood.deployment.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.NORTHGATE_PCN;
import static org.openneighbourhood.deployment.stack.Demo.RIVERSIDE_SURGERY;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
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
 * A person's plan through the FHIR API as a {@code CarePlan}, its {@code Goal}s and their {@code
 * CareTeam}: made through the REST API as a link worker makes it (the GP's surgery joins the care
 * team and owns the action; the person is referred to Green Minds' walking group), then read and
 * searched as the care team's GP, the VCFSE that received their referral, an unrelated VCFSE and a
 * commissioner. Each answer is the REST API's plan for the same caller, and every resource and
 * Bundle, errors included, is valid UK Core 2.0.0 (0 errors).
 */
@ExtendWith(RunningStack.class)
@Tag("fhir")
class FhirPlanApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NHS = "https://fhir.nhs.uk/Id/nhs-number";
  private static final String GOAL = "Get out of the house more, in my words";
  private static final String ACTION = "Join the Tuesday walking group";
  private static final String NOTE = "Went to the first walk and enjoyed it";
  private static final LocalDate DUE = LocalDate.of(2030, 3, 14);

  static LocalStack stack;
  static Api api;
  static String person;
  static String nhs;
  static String goalId;

  @BeforeAll
  static void makeAPlan(LocalStack running) {
    stack = running;
    api = new Api(running);
    nhs = Demo.freshNhsNumber();
    person = register(nhs);
    Reply joined =
        api.post(
            "lina.link",
            "/people/" + person + "/care-team",
            Map.of("organisationId", RIVERSIDE_SURGERY, "personAgreed", true));
    assertEquals(200, joined.status(), joined::toString);
    Reply referred =
        api.post(
            "lina.link",
            "/referrals",
            Map.of(
                "personId",
                person,
                "serviceId",
                WALKING,
                "reason",
                "FHIR plan test referral",
                "urgency",
                "ROUTINE",
                "consentToShare",
                true));
    assertEquals(201, referred.status(), referred::toString);
    Reply goal =
        api.post(
            "lina.link",
            "/people/" + person + "/plan/goals",
            Map.of("description", GOAL, "importance", 8, "confidence", 6));
    assertEquals(201, goal.status(), goal::toString);
    goalId = goal.body().path("goals").path(0).path("id").asText();
    Map<String, Object> action = new HashMap<>();
    action.put("description", ACTION);
    action.put("ownerOrganisationId", RIVERSIDE_SURGERY);
    action.put("dueOn", DUE.toString());
    Reply added =
        api.post("lina.link", "/people/" + person + "/plan/goals/" + goalId + "/actions", action);
    assertEquals(201, added.status(), added::toString);
    Reply note =
        api.post(
            "lina.link",
            "/people/" + person + "/plan/notes",
            Map.of("text", NOTE, "goalId", goalId));
    assertEquals(201, note.status(), note::toString);
  }

  @Test
  void theCapabilityStatementListsCarePlanAndItsSearchParameters() {
    Reply metadata = fhir(null, "/metadata");
    assertEquals(200, metadata.status(), metadata::toString);
    for (String type : List.of("CarePlan", "Goal", "CareTeam")) {
      JsonNode found = null;
      for (JsonNode resource : metadata.body().path("rest").path(0).path("resource")) {
        if (resource.path("type").asText().equals(type)) {
          found = resource;
        }
      }
      assertTrue(found != null, type + " " + metadata);
      String interactions = found.path("interaction").toString();
      assertTrue(interactions.contains("\"read\""), found::toString);
      assertTrue(interactions.contains("\"search-type\""), found::toString);
      String params = found.path("searchParam").toString();
      for (String name : List.of("subject", "patient")) {
        assertTrue(params.contains("\"" + name + "\""), type + " " + name + " in " + params);
      }
    }
  }

  @Test
  void theCareTeamsGpReadsThePlanAsACarePlanAndTheReadIsAudited() throws SQLException {
    long before = audited("fhir.care-plan.read", "ALLOWED");
    Reply read = fhir("gary.gp", "/CarePlan/" + person);
    assertEquals(200, read.status(), read::toString);
    JsonNode plan = read.body();
    assertEquals("CarePlan", plan.path("resourceType").asText());
    assertEquals(person, plan.path("id").asText());
    assertEquals("active", plan.path("status").asText());
    assertEquals("plan", plan.path("intent").asText());
    assertEquals("Patient/" + person, plan.path("subject").path("reference").asText());
    assertEquals(
        "Person-centred plan (social prescribing)",
        plan.path("category").path(0).path("text").asText());
    assertEquals("Goal/" + goalId, plan.path("goal").path(0).path("reference").asText());
    assertEquals("CareTeam/" + person, plan.path("careTeam").path(0).path("reference").asText());
    JsonNode detail = plan.path("activity").path(0).path("detail");
    assertEquals("Goal/" + goalId, detail.path("goal").path(0).path("reference").asText());
    assertEquals(ACTION, detail.path("description").asText());
    assertEquals("not-started", detail.path("status").asText());
    assertEquals(
        "Organization/" + RIVERSIDE_SURGERY,
        detail.path("performer").path(0).path("reference").asText());
    assertEquals(DUE.toString(), detail.path("scheduledPeriod").path("end").asText());
    assertEquals(NOTE, plan.path("note").path(0).path("text").asText());
    assertEquals(before + 1, audited("fhir.care-plan.read", "ALLOWED"));
    // the same plan the REST API shows the same caller
    Reply rest = api.get("gary.gp", "/people/" + person + "/plan");
    assertEquals(GOAL, rest.body().path("goals").path(0).path("description").asText());
    assertEquals(
        rest.body().path("goals").path(0).path("actions").size(), plan.path("activity").size());
  }

  @Test
  void theCareTeamsGpReadsAGoalInThePersonsOwnWordsAndTheReadIsAudited() throws SQLException {
    long before = audited("fhir.goal.read", "ALLOWED");
    Reply read = fhir("gary.gp", "/Goal/" + goalId);
    assertEquals(200, read.status(), read::toString);
    JsonNode goal = read.body();
    assertEquals("Goal", goal.path("resourceType").asText());
    assertEquals(goalId, goal.path("id").asText());
    assertEquals("active", goal.path("lifecycleStatus").asText());
    assertEquals(GOAL, goal.path("description").path("text").asText());
    assertEquals("Patient/" + person, goal.path("subject").path("reference").asText());
    assertEquals(before + 1, audited("fhir.goal.read", "ALLOWED"));
    for (String query :
        List.of("patient=Patient/" + person, "subject:identifier=" + encode(NHS + "|" + nhs))) {
      Reply search = fhir("gary.gp", "/Goal?" + query);
      assertEquals(200, search.status(), search::toString);
      assertEquals(1, search.body().path("entry").size(), search::toString);
      assertEquals(
          goalId, search.body().path("entry").path(0).path("resource").path("id").asText());
    }
    Reply vcfse = fhir("vera.vcfse", "/Goal/" + goalId);
    assertEquals(200, vcfse.status(), vcfse::toString);
  }

  @Test
  void theCareTeamIsTheOrganisationsTheRestApiListsAndTheReadIsAudited() throws SQLException {
    long before = audited("fhir.care-team.read", "ALLOWED");
    Reply read = fhir("gary.gp", "/CareTeam/" + person);
    assertEquals(200, read.status(), read::toString);
    JsonNode team = read.body();
    assertEquals("CareTeam", team.path("resourceType").asText());
    assertEquals(person, team.path("id").asText());
    assertEquals("active", team.path("status").asText());
    assertEquals("Patient/" + person, team.path("subject").path("reference").asText());
    String participants = team.path("participant").toString();
    for (String organisation : List.of(RIVERSIDE_SURGERY, NORTHGATE_PCN)) {
      assertTrue(participants.contains("\"Organization/" + organisation + "\""), participants);
    }
    assertTrue(team.path("participant").path(0).path("period").has("start"), participants);
    assertEquals(before + 1, audited("fhir.care-team.read", "ALLOWED"));
    Reply rest = api.get("gary.gp", "/people/" + person + "/care-team");
    assertEquals(rest.body().size(), team.path("participant").size(), rest::toString);
    for (String query :
        List.of("patient=Patient/" + person, "subject:identifier=" + encode(NHS + "|" + nhs))) {
      Reply search = fhir("lina.link", "/CareTeam?" + query);
      assertEquals(200, search.status(), search::toString);
      assertEquals(1, search.body().path("entry").size(), search::toString);
      assertEquals(
          person, search.body().path("entry").path(0).path("resource").path("id").asText());
    }
    Reply receiver = fhir("vera.vcfse", "/CareTeam/" + person);
    assertEquals(200, receiver.status(), receiver::toString);
  }

  @Test
  void theReceivingVcfseReadsItAsPlanReadLetsIt() {
    Reply read = fhir("vera.vcfse", "/CarePlan/" + person);
    assertEquals(200, read.status(), read::toString);
    assertEquals(
        ACTION, read.body().path("activity").path(0).path("detail").path("description").asText());
  }

  @Test
  void anUnrelatedVcfseAndACommissionerAreRefusedAndTheRefusalIsAudited() throws SQLException {
    long refusals = audited("fhir.care-plan.read", "DENIED");
    // Money Matters may read plans, but has no part in this person's: as if there were none
    Reply unrelated = fhir("mo.money", "/CarePlan/" + person);
    assertEquals(404, unrelated.status(), unrelated::toString);
    assertOutcome(unrelated, "not-found");
    assertFalse(unrelated.toString().contains(ACTION));
    assertEquals(refusals + 1, audited("fhir.care-plan.read", "DENIED"));
    Reply search = fhir("mo.money", "/CarePlan?patient=Patient/" + person);
    assertEquals(200, search.status(), search::toString);
    assertEquals(0, search.body().path("entry").size(), "found as no one is");
    Reply goal = fhir("mo.money", "/Goal/" + goalId);
    assertEquals(404, goal.status(), goal::toString);
    assertOutcome(goal, "not-found");
    assertFalse(goal.toString().contains(GOAL));
    Reply goals = fhir("mo.money", "/Goal?patient=Patient/" + person);
    assertEquals(200, goals.status(), goals::toString);
    assertEquals(0, goals.body().path("entry").size(), goals::toString);
    Reply team = fhir("mo.money", "/CareTeam/" + person);
    assertEquals(404, team.status(), team::toString);
    assertOutcome(team, "not-found");
    Reply teams = fhir("mo.money", "/CareTeam?patient=Patient/" + person);
    assertEquals(200, teams.status(), teams::toString);
    assertEquals(0, teams.body().path("entry").size(), teams::toString);
    Reply commissioner = fhir("cara.commissioner", "/CarePlan?patient=Patient/" + person);
    assertEquals(403, commissioner.status(), commissioner::toString);
    assertOutcome(commissioner, "forbidden");
  }

  @Test
  void aSearchByEachParameterFindsThePersonsOnePlan() {
    for (String query :
        List.of(
            "patient=Patient/" + person,
            "patient=" + person,
            "subject=Patient/" + person,
            "patient:identifier=" + encode(NHS + "|" + nhs),
            "subject:identifier=" + encode(NHS + "|" + nhs),
            "subject=Patient/" + person + "&patient:identifier=" + encode(NHS + "|" + nhs))) {
      JsonNode bundle = search("lina.link", query);
      assertEquals(1, bundle.path("entry").size(), query + " " + bundle);
      assertEquals(
          person, bundle.path("entry").path(0).path("resource").path("id").asText(), query);
    }
    JsonNode nobody = search("lina.link", "patient=Patient/" + UUID.randomUUID());
    assertEquals(0, nobody.path("entry").size(), nobody::toString);
    JsonNode twoPeople =
        search(
            "lina.link",
            "subject=Patient/"
                + person
                + "&patient:identifier="
                + encode(NHS + "|" + Demo.freshNhsNumber()));
    assertEquals(0, twoPeople.path("entry").size(), twoPeople::toString);
    JsonNode unknownNumber =
        search("lina.link", "patient:identifier=" + encode(NHS + "|" + Demo.freshNhsNumber()));
    assertEquals(0, unknownNumber.path("entry").size(), unknownNumber::toString);
  }

  @Test
  void badRequestsAreOperationOutcomesAndNeverServerErrors() {
    Map<String, Integer> cases = new java.util.LinkedHashMap<>();
    cases.put("/CarePlan/not-a-uuid", 404);
    cases.put("/CarePlan/" + UUID.randomUUID(), 404);
    cases.put("/CarePlan", 400);
    cases.put("/CarePlan?status=active", 400);
    cases.put("/CarePlan?patient=Organization/" + UUID.randomUUID(), 400);
    cases.put("/CarePlan?patient=nonsense", 400);
    cases.put("/CarePlan?patient:identifier=" + encode(NHS + "|123"), 400);
    cases.put("/CarePlan?patient:identifier=" + encode("urn:other|" + nhs), 400);
    cases.put("/CarePlan?patient=Patient/" + person + "&subject=Patient/" + UUID.randomUUID(), 400);
    cases.put("/CarePlan?patient=Patient/" + person + "&patient=Patient/" + person, 400);
    cases.put(
        "/CarePlan?patient=Patient/" + person + "&patient:identifier=" + encode(NHS + "|" + nhs),
        400);
    cases.put("/Goal/not-a-uuid", 404);
    cases.put("/Goal/" + UUID.randomUUID(), 404);
    cases.put("/Goal/" + person, 404);
    cases.put("/Goal", 400);
    cases.put("/Goal?lifecycle-status=active", 400);
    cases.put("/Goal?patient=Organization/" + UUID.randomUUID(), 400);
    cases.put("/CareTeam/not-a-uuid", 404);
    cases.put("/CareTeam/" + UUID.randomUUID(), 404);
    cases.put("/CareTeam", 400);
    cases.put("/CareTeam?status=active", 400);
    List<String> wrong = new java.util.ArrayList<>();
    for (Map.Entry<String, Integer> each : cases.entrySet()) {
      Reply reply = fhir("lina.link", each.getKey());
      if (reply.status() != each.getValue()
          || !"OperationOutcome".equals(reply.body().path("resourceType").asText())) {
        wrong.add(each.getKey() + " -> " + reply);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void withoutATokenEveryCarePlanInteractionIsUnauthorised() {
    for (String path :
        List.of(
            "/CarePlan/" + person,
            "/CarePlan?patient=Patient/" + person,
            "/Goal/" + goalId,
            "/Goal?patient=Patient/" + person,
            "/CareTeam/" + person,
            "/CareTeam?patient=Patient/" + person)) {
      Reply anonymous = fhir(null, path);
      assertEquals(401, anonymous.status(), path + " " + anonymous);
      assertOutcome(anonymous, "login");
    }
  }

  @AfterAll
  static void listTheWarnings() {
    UkCore.writeWarnings();
  }

  // ---- helpers ----

  /** A FHIR request; every JSON answer is validated against UK Core (0 errors). */
  private static Reply fhir(String user, String path) {
    Reply reply = api.get(user, "/fhir" + path);
    if (reply.body() != null && reply.body().has("resourceType")) {
      UkCore.assertValid(reply.body());
    }
    return reply;
  }

  private static JsonNode search(String user, String query) {
    Reply reply = fhir(user, "/CarePlan?" + query);
    assertEquals(200, reply.status(), reply::toString);
    assertEquals("Bundle", reply.body().path("resourceType").asText());
    return reply.body();
  }

  private static void assertOutcome(Reply reply, String code) {
    assertEquals("OperationOutcome", reply.body().path("resourceType").asText(), reply::toString);
    assertEquals(code, reply.body().path("issue").path(0).path("code").asText(), reply::toString);
  }

  private static long audited(String operation, String outcome) throws SQLException {
    return stack.count(
        "select count(*) from audit_event where operation = ? and person_id = ?::uuid"
            + " and outcome = ?",
        operation,
        person,
        outcome);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String register(String number) {
    Reply reply =
        api.post(
            "lina.link",
            "/people",
            Map.of(
                "nhsNumber", number,
                "givenName", "Fhir",
                "familyName", "Planner",
                "dateOfBirth", "1980-05-06",
                "consentToRecord", true));
    assertEquals(201, reply.status(), reply::toString);
    return reply.body().get("id").asText();
  }
}
