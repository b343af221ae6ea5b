package org.openneighbourhood.deployment.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.GREEN_MINDS;
import static org.openneighbourhood.deployment.stack.Demo.MONEY_MATTERS;
import static org.openneighbourhood.deployment.stack.Demo.NORTHGATE_PCN;
import static org.openneighbourhood.deployment.stack.Demo.RIVERSIDE_SURGERY;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Accounts;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.BarsRequests;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.People;
import org.openneighbourhood.deployment.stack.Referrals;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Tokens;

/**
 * The records the FHIR API shows beside referrals and plans: the receiving organisation's {@code
 * Task} on each referral, the person's {@code Consent}s and their access log as {@code
 * AuditEvent}s. Made through the REST API as the portal makes them (Lina the link worker refers
 * someone to Green Minds' walking group, which puts them on its waiting list; a second referral
 * stays a draft; the person signs in), then read and searched as the receiver, the sender, the
 * person, another person, an unrelated VCFSE and a commissioner. Every resource and Bundle, errors
 * included, is valid UK Core 2.0.0.
 */
@ExtendWith(RunningStack.class)
@Tag("fhir")
class FhirRecordsApiIT {

  private static final String NHS = "https://fhir.nhs.uk/Id/nhs-number";
  private static final String REASON = "FHIR records test: would like company";

  static LocalStack stack;
  static Api api;
  static String person;
  static String nhs;
  static String referral;
  static String draft;
  static String username;
  static Instant before;
  static String answers;

  @BeforeAll
  static void referSomeone(LocalStack running) {
    stack = running;
    api = new Api(running);
    before = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    People.Registered registered =
        People.register(api, "lina.link", People.registration("Fhir", "Records", "1975-02-03"));
    person = registered.id();
    nhs = registered.nhsNumber();
    referral = Referrals.send(api, person, WALKING, REASON);
    Reply waitlisted =
        api.atVersionOf("vera.vcfse", referral)
            .post(
                "vera.vcfse",
                "/referrals/" + referral + "/waitlist",
                Map.of("note", "A place in a few weeks"));
    assertEquals(200, waitlisted.status(), waitlisted::toString);
    Map<String, Object> unsent = Referrals.referral(person, WALKING, "Not sent yet");
    unsent.put("draft", true);
    draft = Referrals.send(api, unsent);
    username = "records." + nhs;
    stack.provision(Accounts.person(username, "Fhir", "Records", nhs));
    Reply seen = fhir("vera.vcfse", "/ServiceRequest/" + referral);
    assertEquals(200, seen.status(), seen::toString);
    Reply asked =
        api.post(
            "lina.link",
            "/people/" + person + "/plan/wellbeing",
            Map.of(
                "occasion", "START",
                "lifeSatisfaction", 4,
                "worthwhile", 6,
                "happiness", 5,
                "anxiety", 8));
    assertEquals(201, asked.status(), asked::toString);
    JsonNode wellbeing = asked.body().path("wellbeing");
    answers = wellbeing.path(wellbeing.size() - 1).path("id").asText();
    Accounts.referringOnlyPartner(stack, api);
  }

  // ---- Procedure: the SNOMED CT codes the workflow yields ----

  @Test
  void aSentReferralAndThePersonDecliningAreCodedEventsAndEachReadIsAudited() throws SQLException {
    People.Registered declining =
        People.register(api, "lina.link", People.registration("Fhir", "Declines", "1981-06-07"));
    String declined = Referrals.send(api, declining.id(), WALKING, "FHIR records test: unsure");
    Reply no =
        api.atVersionOf("vera.vcfse", declined)
            .post(
                "vera.vcfse",
                "/referrals/" + declined + "/decline",
                Map.of("reason", "PERSON_DECLINED"));
    assertEquals(200, no.status(), no::toString);
    long reads =
        stack.count(
            "select count(*) from audit_event where operation = 'fhir.procedure.read'"
                + " and person_id = ?::uuid and outcome = 'ALLOWED'",
            declining.id());
    Reply sent = fhir("lina.link", "/Procedure/" + declined + "-referred");
    assertEquals(200, sent.status(), sent::toString);
    assertEquals("871731000000106", code(sent.body()));
    assertEquals("completed", sent.body().path("status").asText());
    assertEquals(
        "Patient/" + declining.id(), sent.body().path("subject").path("reference").asText());
    assertEquals(
        "ServiceRequest/" + declined,
        sent.body().path("basedOn").path(0).path("reference").asText());
    // Green Minds no longer has the person's referral open, so the sender reads the decline
    Reply refused = fhir("lina.link", "/Procedure/" + declined + "-declined");
    assertEquals(200, refused.status(), refused::toString);
    assertEquals("871711000000103", code(refused.body()));
    assertEquals(
        "Organization/" + GREEN_MINDS,
        refused.body().path("performer").path(0).path("actor").path("reference").asText());
    assertEquals(
        reads + 2,
        stack.count(
            "select count(*) from audit_event where operation = 'fhir.procedure.read'"
                + " and person_id = ?::uuid and outcome = 'ALLOWED'",
            declining.id()));
    // found by the person, newest first: the decline, then the referral
    for (String query :
        List.of(
            "patient=Patient/" + declining.id(),
            "subject=" + declining.id(),
            "patient:identifier=" + encode(NHS + "|" + declining.nhsNumber()),
            "patient=Patient/" + declining.id() + "&_lastUpdated=ge" + before)) {
      JsonNode found = searchOf("lina.link", "Procedure", query);
      assertEquals(2, found.path("entry").size(), query + " " + found);
      assertEquals("871711000000103", code(found.path("entry").path(0).path("resource")));
      assertEquals("871731000000106", code(found.path("entry").path(1).path("resource")));
    }
    JsonNode earlier =
        searchOf(
            "lina.link",
            "Procedure",
            "patient=Patient/" + declining.id() + "&_lastUpdated=lt" + before);
    assertEquals(0, earlier.path("entry").size(), earlier::toString);
    // a referral on the waiting list: only that it was sent, never a decline
    JsonNode waiting = searchOf("vera.vcfse", "Procedure", "patient=Patient/" + person);
    assertEquals(1, waiting.path("entry").size(), waiting::toString);
    assertEquals(404, fhir("vera.vcfse", "/Procedure/" + referral + "-declined").status());
    // a draft was never sent
    assertEquals(404, fhir("lina.link", "/Procedure/" + draft + "-referred").status());
  }

  /**
   * A GP system polls for every coded event of its practice's referrals since it last asked,
   * without naming anyone: each page of {@code Procedure?_lastUpdated=gt...} (and {@code date})
   * holds only events of referrals its organisation sent or received, paged by {@code _count}.
   * Users still name the person, and the bound is needed.
   */
  @Test
  void aPartnerSystemPollsItsOrganisationsCodedEventsSinceItLastAsked() {
    // the demo's GP system, which was given system/Procedure.read to poll
    String poller = Tokens.PARTNER_SYSTEM;
    String since = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS).toString();
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Reply acknowledged =
          api.post(
              Tokens.PARTNER_SYSTEM,
              BarsRequests.PROCESS_MESSAGE,
              BarsRequests.request(UUID.randomUUID().toString(), Demo.freshNhsNumber(), WALKING));
      assertEquals(200, acknowledged.status(), acknowledged::toString);
      sent.add(
          BarsRequests.resource(acknowledged.body(), "ServiceRequest").path("id").asText()
              + "-referred");
    }
    // someone of the test's own, so that the class's person keeps the referrals the others expect
    People.Registered other =
        People.register(api, "lina.link", People.registration("Fhir", "Elsewhere", "1979-04-05"));
    String elsewhere = Referrals.send(api, other.id(), WALKING, REASON) + "-referred";

    List<String> found = new ArrayList<>();
    String page = "/Procedure?_lastUpdated=" + encode("gt" + since) + "&_count=1";
    for (int pages = 0; page != null && pages < 100; pages++) {
      Reply reply = fhir(poller, page);
      assertEquals(200, reply.status(), reply::toString);
      assertTrue(reply.body().path("entry").size() <= 1, "a page of _count");
      assertTrue(reply.body().path("total").asInt() >= 2, reply::toString);
      reply.body().path("entry").forEach(e -> found.add(e.path("resource").path("id").asText()));
      page = null;
      for (JsonNode link : reply.body().path("link")) {
        if (link.path("relation").asText().equals("next")) {
          String next = link.path("url").asText();
          page = next.substring(next.indexOf("/fhir") + "/fhir".length());
        }
      }
    }
    assertTrue(found.containsAll(sent), found + " has " + sent);
    assertFalse(found.contains(elsewhere), "another organisation's referral is not its to see");
    assertEquals(found.size(), found.stream().distinct().count(), "no event twice: " + found);

    JsonNode byDate = searchOf(poller, "Procedure", "date=" + encode("ge" + since) + "&_count=100");
    List<String> dated = new ArrayList<>();
    byDate.path("entry").forEach(e -> dated.add(e.path("resource").path("id").asText()));
    assertTrue(dated.containsAll(sent), dated::toString);
    assertFalse(dated.contains(elsewhere), dated::toString);
    JsonNode later =
        searchOf(
            poller,
            "Procedure",
            "_lastUpdated="
                + encode("gt" + Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS)));
    assertEquals(0, later.path("entry").size(), later::toString);

    Reply unbounded = fhir(poller, "/Procedure?_count=10");
    assertEquals(400, unbounded.status(), "a poll says since when: " + unbounded);
    assertOutcome(unbounded, "invalid");
    Reply user = fhir("lina.link", "/Procedure?_lastUpdated=" + encode("gt" + since));
    assertEquals(400, user.status(), "a user names the person: " + user);
    assertOutcome(user, "invalid");
    Reply noScope =
        fhir(Tokens.PARTNER_WITHOUT_POLLING, "/Procedure?_lastUpdated=" + encode("gt" + since));
    assertEquals(403, noScope.status(), noScope::toString);
  }

  @Test
  void codedEventsAreRefusedOutsideTheReferralAndWithoutTheScope() {
    Reply other = fhir("mo.money", "/Procedure/" + referral + "-referred");
    assertEquals(404, other.status(), other::toString);
    assertOutcome(other, "not-found");
    JsonNode none = searchOf("mo.money", "Procedure", "patient=Patient/" + person);
    assertEquals(0, none.path("entry").size(), none::toString);
    for (String user : List.of("pat.person", "cara.commissioner")) {
      Reply read = fhir(user, "/Procedure/" + referral + "-referred");
      assertEquals(403, read.status(), user + " " + read);
    }
    // a partner system given no system/Procedure.read
    Reply partner = fhir(Tokens.PARTNER_WITHOUT_POLLING, "/Procedure?patient=Patient/" + person);
    assertEquals(403, partner.status(), partner::toString);
    assertTrue(partner.toString().contains("system/Procedure.read"), partner::toString);
  }

  @Test
  void badProcedureRequestsAreOperationOutcomes() {
    Map<String, Integer> cases = new LinkedHashMap<>();
    cases.put("/Procedure/" + referral, 404);
    cases.put("/Procedure/" + referral + "-completed", 404);
    cases.put("/Procedure/" + UUID.randomUUID() + "-referred", 404);
    cases.put("/Procedure/not-a-uuid-referred", 404);
    cases.put("/Procedure", 400);
    cases.put("/Procedure?code=871731000000106", 400);
    cases.put("/Procedure?patient=Organization/" + GREEN_MINDS, 400);
    cases.put("/Procedure?patient:identifier=" + encode(NHS + "|123"), 400);
    cases.put("/Procedure?patient=Patient/" + person + "&_lastUpdated=soon", 400);
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Integer> each : cases.entrySet()) {
      Reply reply = fhir("vera.vcfse", each.getKey());
      if (reply.status() != each.getValue()
          || !"OperationOutcome".equals(reply.body().path("resourceType").asText())) {
        wrong.add(each.getKey() + " -> " + reply);
      }
    }
    assertEquals(List.of(), wrong);
    for (String path :
        List.of("/Procedure/" + referral + "-referred", "/Procedure?patient=Patient/" + person)) {
      Reply anonymous = fhir(null, path);
      assertEquals(401, anonymous.status(), path + " " + anonymous);
      assertOutcome(anonymous, "login");
    }
  }

  // ---- Observation: the ONS4 wellbeing answers ----

  @Test
  void aSetOfWellbeingAnswersIsOneObservationAndItsReadIsAudited() throws SQLException {
    long reads = audited("fhir.observation.read", "ALLOWED");
    Reply read = fhir("lina.link", "/Observation/" + answers);
    assertEquals(200, read.status(), read::toString);
    assertEquals(reads + 1, audited("fhir.observation.read", "ALLOWED"));
    JsonNode observation = read.body();
    assertEquals("Observation", observation.path("resourceType").asText());
    assertEquals(answers, observation.path("id").asText());
    assertEquals("final", observation.path("status").asText());
    assertEquals("Patient/" + person, observation.path("subject").path("reference").asText());
    assertEquals(
        "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Observation",
        observation.path("meta").path("profile").path(0).asText());
    List<Integer> values = new ArrayList<>();
    observation.path("component").forEach(c -> values.add(c.path("valueInteger").asInt()));
    assertEquals(List.of(4, 6, 5, 8), values);
    assertTrue(
        observation.path("performer").path(0).path("display").asText().contains("Northgate"),
        observation::toString);
    // the receiver is in the person's care too: plan.read's cells
    Reply receiver = fhir("vera.vcfse", "/Observation/" + answers);
    assertEquals(200, receiver.status(), receiver::toString);
  }

  @Test
  void theWellbeingAnswersAreFoundByThePersonAndWhenTheyWereRecorded() throws SQLException {
    long searches = audited("fhir.observation.search", "ALLOWED");
    JsonNode byPatient = searchOf("lina.link", "Observation", "patient=Patient/" + person);
    assertEquals(searches + 1, audited("fhir.observation.search", "ALLOWED"));
    int held = api.get("lina.link", "/people/" + person + "/plan").body().path("wellbeing").size();
    assertEquals(held, byPatient.path("entry").size(), byPatient::toString);
    assertTrue(byPatient.toString().contains(answers), byPatient::toString);
    for (String query :
        List.of(
            "subject=Patient/" + person,
            "subject=" + person,
            "patient:identifier=" + encode(NHS + "|" + nhs),
            "subject:identifier=" + encode(NHS + "|" + nhs),
            "patient=Patient/" + person + "&_lastUpdated=ge" + before)) {
      JsonNode found = searchOf("lina.link", "Observation", query);
      assertEquals(held, found.path("entry").size(), query + " " + found);
    }
    JsonNode earlier =
        searchOf(
            "lina.link", "Observation", "patient=Patient/" + person + "&_lastUpdated=lt" + before);
    assertEquals(0, earlier.path("entry").size(), earlier::toString);
    JsonNode nobody = searchOf("lina.link", "Observation", "patient=Patient/" + UUID.randomUUID());
    assertEquals(0, nobody.path("entry").size(), nobody::toString);
  }

  @Test
  void someoneOutsideThePersonsCareIsRefusedTheirWellbeingAnswers() throws SQLException {
    long refusals = audited("fhir.observation.read", "DENIED");
    // Money Matters and Pat may read wellbeing answers, but not this person's: not found, and
    // found as no one is; a commissioner never reads them
    for (String user : List.of("mo.money", "pat.person", "cara.commissioner")) {
      boolean role = !user.equals("cara.commissioner");
      Reply read = fhir(user, "/Observation/" + answers);
      assertEquals(role ? 404 : 403, read.status(), user + " " + read);
      assertOutcome(read, role ? "not-found" : "forbidden");
      assertFalse(read.toString().contains(nhs), read::toString);
      Reply search = fhir(user, "/Observation?patient=Patient/" + person);
      assertEquals(role ? 200 : 403, search.status(), user + " " + search);
      if (role) {
        assertEquals(0, search.body().path("entry").size(), user + " " + search);
      } else {
        assertOutcome(search, "forbidden");
      }
    }
    assertTrue(audited("fhir.observation.read", "DENIED") > refusals);
    Reply partner = fhir(Tokens.PARTNER_SYSTEM, "/Observation/" + answers);
    assertEquals(403, partner.status(), partner::toString);
  }

  @Test
  void badObservationRequestsAreOperationOutcomes() {
    Map<String, Integer> cases = new LinkedHashMap<>();
    cases.put("/Observation/not-a-uuid", 404);
    cases.put("/Observation/" + UUID.randomUUID(), 404);
    cases.put("/Observation/" + referral, 404);
    cases.put("/Observation", 400);
    cases.put("/Observation?code=ons4", 400);
    cases.put("/Observation?patient=Organization/" + GREEN_MINDS, 400);
    cases.put("/Observation?patient=nonsense", 400);
    cases.put("/Observation?patient:identifier=" + encode(NHS + "|123"), 400);
    cases.put("/Observation?patient=Patient/" + person + "&_lastUpdated=yesterday", 400);
    cases.put(
        "/Observation?patient=Patient/" + person + "&subject=Patient/" + UUID.randomUUID(), 400);
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Integer> each : cases.entrySet()) {
      Reply reply = fhir("lina.link", each.getKey());
      if (reply.status() != each.getValue()
          || !"OperationOutcome".equals(reply.body().path("resourceType").asText())) {
        wrong.add(each.getKey() + " -> " + reply);
      }
    }
    assertEquals(List.of(), wrong);
    for (String path :
        List.of("/Observation/" + answers, "/Observation?patient=Patient/" + person)) {
      Reply anonymous = fhir(null, path);
      assertEquals(401, anonymous.status(), path + " " + anonymous);
      assertOutcome(anonymous, "login");
    }
  }

  @Test
  void theCapabilityStatementListsObservationAndItsSearchParameters() {
    Reply metadata = fhir(null, "/metadata");
    JsonNode observation = null;
    for (JsonNode resource : metadata.body().path("rest").path(0).path("resource")) {
      if (resource.path("type").asText().equals("Observation")) {
        observation = resource;
      }
    }
    assertTrue(observation != null, metadata::toString);
    String interactions = observation.path("interaction").toString();
    assertTrue(interactions.contains("\"read\""), interactions);
    assertTrue(interactions.contains("\"search-type\""), interactions);
    String params = observation.path("searchParam").toString();
    for (String name : List.of("patient", "subject", "_lastUpdated")) {
      assertTrue(params.contains("\"" + name + "\""), name + " in " + params);
    }
    assertTrue(metadata.body().toString().contains("\"Procedure\""), "Procedure is listed");
  }

  // ---- a partner system reading back ----

  @Test
  void aPartnerSystemReadsBackOnlyItsOwnOrganisationsReferralsWithTheScopesForThem() {
    String partner = Tokens.PARTNER_SYSTEM;
    People.Registered gpsOwn =
        People.register(api, "gary.gp", People.registration("Fhir", "Partner", "1966-04-05"));
    Reply sent =
        api.post(
            "gary.gp",
            "/referrals",
            Referrals.referral(gpsOwn.id(), WALKING, "FHIR records test: the GP's own"));
    assertEquals(201, sent.status(), sent::toString);
    String itsOwn = sent.body().path("id").asText();
    // system/ServiceRequest.read: the referral Riverside Surgery sent, read and found
    Reply read = fhir(partner, "/ServiceRequest/" + itsOwn);
    assertEquals(200, read.status(), read::toString);
    assertEquals(
        "Organization/" + RIVERSIDE_SURGERY,
        read.body().path("requester").path("reference").asText());
    JsonNode found = searchOf(partner, "ServiceRequest", "patient=Patient/" + gpsOwn.id());
    assertEquals(1, found.path("entry").size(), found::toString);
    // never a referral it neither sent nor receives, nor in a search
    Reply another = fhir(partner, "/ServiceRequest/" + referral);
    assertEquals(404, another.status(), another::toString);
    assertOutcome(another, "not-found");
    assertFalse(another.toString().contains(nhs), another::toString);
    JsonNode notIts = searchOf(partner, "ServiceRequest", "patient=Patient/" + person);
    assertEquals(0, notIts.path("entry").size(), notIts::toString);
    // system/Task.read and system/Procedure.read: what became of it, as the receiver records it
    Reply task = fhir(partner, "/Task/" + itsOwn);
    assertEquals(200, task.status(), task::toString);
    assertEquals(
        "ServiceRequest/" + itsOwn, task.body().path("focus").path("reference").asText(), "focus");
    JsonNode tasks = searchOf(partner, "Task", "focus=ServiceRequest/" + itsOwn);
    assertEquals(1, tasks.path("entry").size(), tasks::toString);
    Reply event = fhir(partner, "/Procedure/" + itsOwn + "-referred");
    assertEquals(200, event.status(), event::toString);
    // a partner system given neither scope reads the referral, and is refused its task and events
    String referrer = Tokens.PARTNER_WITHOUT_POLLING;
    assertEquals(200, fhir(referrer, "/ServiceRequest/" + itsOwn).status());
    Map<String, String> refusals =
        Map.of(
            "/Task/" + itsOwn, "system/Task.read",
            "/Task?focus=ServiceRequest/" + itsOwn, "system/Task.read",
            "/Procedure/" + itsOwn + "-referred", "system/Procedure.read");
    refusals.forEach(
        (path, scope) -> {
          Reply refused = fhir(referrer, path);
          assertEquals(403, refused.status(), path + " " + refused);
          assertOutcome(refused, "forbidden");
          assertTrue(refused.toString().contains(scope), refused::toString);
        });
    // and nothing the rows give it no part in
    for (String path :
        List.of(
            "/Patient/" + gpsOwn.id(),
            "/Consent?patient=Patient/" + gpsOwn.id(),
            "/AuditEvent?patient=Patient/" + gpsOwn.id())) {
      Reply refused = fhir(partner, path);
      assertEquals(403, refused.status(), path + " " + refused);
    }
  }

  /**
   * A partner system onboarded before its file gave it a scope (the demo's GP system in a Keycloak
   * kept from an earlier local run) is given the scope by provisioning again: its tokens carry it.
   */
  @Test
  void provisioningAgainGivesAPartnerSystemTheScopesItsFileNowLists() {
    String client = "riverside-gp-upgraded";
    stack.provision(Accounts.riversidePartner(client, "system/ServiceRequest.read"));
    stack.provision(
        Accounts.riversidePartner(client, "system/ServiceRequest.read", "system/Task.read"));
    api.tokens().client(client, Tokens.PARTNER_SECRET);
    // not Riverside Surgery's referral: found as none, where a missing scope would be a 403
    JsonNode none = searchOf(client, "Task", "focus=ServiceRequest/" + referral);
    assertEquals(0, none.path("entry").size(), none::toString);
  }

  // ---- Consent ----

  @Test
  void thePersonReadsTheirAgreementsToShareAndTheReadIsAudited() throws SQLException {
    long searches = audited("fhir.consent.search", "ALLOWED");
    JsonNode bundle = searchOf(username, "Consent", "patient=Patient/" + person);
    assertEquals(searches + 1, audited("fhir.consent.search", "ALLOWED"));
    JsonNode referralConsent = null;
    for (JsonNode entry : bundle.path("entry")) {
      JsonNode consent = entry.path("resource");
      assertEquals("Consent", consent.path("resourceType").asText());
      assertEquals("Patient/" + person, consent.path("patient").path("reference").asText());
      if (consent.path("provision").path("data").toString().contains(referral)) {
        referralConsent = consent;
      }
    }
    assertTrue(referralConsent != null, "the referral's agreement: " + bundle);
    assertEquals("active", referralConsent.path("status").asText());
    assertEquals(
        "Organization/" + GREEN_MINDS,
        referralConsent
            .path("provision")
            .path("actor")
            .path(0)
            .path("reference")
            .path("reference")
            .asText());
    String id = referralConsent.path("id").asText();
    long reads = audited("fhir.consent.read", "ALLOWED");
    Reply read = fhir(username, "/Consent/" + id);
    assertEquals(200, read.status(), read::toString);
    assertEquals(id, read.body().path("id").asText());
    assertEquals(reads + 1, audited("fhir.consent.read", "ALLOWED"));
    JsonNode byNumber =
        searchOf(username, "Consent", "patient:identifier=" + encode(NHS + "|" + nhs));
    assertEquals(bundle.path("entry").size(), byNumber.path("entry").size(), byNumber::toString);
    // the same agreements the REST API lists
    Reply rest = api.get(username, "/me/consents");
    assertEquals(rest.body().size(), bundle.path("entry").size(), rest::toString);
  }

  @Test
  void staffAndAnotherPersonAreRefusedSomeonesConsents() throws SQLException {
    String id =
        searchOf(username, "Consent", "patient=Patient/" + person)
            .path("entry")
            .path(0)
            .path("resource")
            .path("id")
            .asText();
    long refusals = audited("fhir.consent.read", "DENIED");
    // staff never read consents; another person may read consents, but not these: not found, and
    // found as no one is
    for (String user : List.of("lina.link", "vera.vcfse", "pat.person")) {
      boolean role = user.equals("pat.person");
      Reply read = fhir(user, "/Consent/" + id);
      assertEquals(role ? 404 : 403, read.status(), user + " " + read);
      assertOutcome(read, role ? "not-found" : "forbidden");
      Reply search = fhir(user, "/Consent?patient=Patient/" + person);
      assertEquals(role ? 200 : 403, search.status(), user + " " + search);
      if (role) {
        assertEquals(0, search.body().path("entry").size(), user + " " + search);
      } else {
        assertOutcome(search, "forbidden");
      }
    }
    assertEquals(refusals + 3, audited("fhir.consent.read", "DENIED"));
  }

  // ---- AuditEvent ----

  @Test
  void thePersonReadsWhoLookedAtTheirRecordAsAuditEvents() throws SQLException {
    long searches = audited("fhir.audit-event.search", "ALLOWED");
    JsonNode bundle = searchOf(username, "AuditEvent", "patient=Patient/" + person);
    assertEquals(searches + 1, audited("fhir.audit-event.search", "ALLOWED"));
    assertTrue(bundle.path("entry").size() > 0, bundle::toString);
    assertFalse(bundle.toString().contains("vera.vcfse"), "no login names");
    JsonNode aboutReferral =
        searchOf(
            username,
            "AuditEvent",
            "patient=Patient/" + person + "&entity=ServiceRequest/" + referral);
    assertTrue(aboutReferral.path("entry").size() > 0, aboutReferral::toString);
    boolean veraRead = false;
    for (JsonNode entry : aboutReferral.path("entry")) {
      JsonNode event = entry.path("resource");
      assertEquals("AuditEvent", event.path("resourceType").asText());
      assertTrue(
          event.path("entity").toString().contains("ServiceRequest/" + referral), "only its lines");
      veraRead |= event.path("outcomeDesc").asText().contains("Green Minds");
    }
    assertTrue(veraRead, "Green Minds' read of the referral: " + aboutReferral);
    JsonNode page = searchOf(username, "AuditEvent", "patient=Patient/" + person + "&_count=1");
    assertEquals(1, page.path("entry").size(), page::toString);
    assertTrue(page.path("total").asInt() > 1, page::toString);
  }

  @Test
  void staffAndAnotherPersonAreRefusedSomeonesAccessLog() throws SQLException {
    long refusals = audited("fhir.audit-event.search", "DENIED");
    for (String user : List.of("lina.link", "vera.vcfse", "olive.admin", "pat.person")) {
      Reply search = fhir(user, "/AuditEvent?patient=Patient/" + person);
      if (user.equals("pat.person")) {
        // a person reads access logs, but not this one: found as no one is
        assertEquals(200, search.status(), user + " " + search);
        assertEquals(0, search.body().path("entry").size(), user + " " + search);
      } else {
        assertEquals(403, search.status(), user + " " + search);
        assertOutcome(search, "forbidden");
      }
    }
    // the staff's roles are refused before anyone is looked up; the other person's is about them
    assertEquals(refusals + 1, audited("fhir.audit-event.search", "DENIED"));
  }

  @Test
  void badConsentAndAuditEventRequestsAreOperationOutcomes() {
    Map<String, Integer> cases = new LinkedHashMap<>();
    cases.put("/Consent/not-a-uuid", 404);
    cases.put("/Consent/" + UUID.randomUUID(), 404);
    cases.put("/Consent", 400);
    cases.put("/Consent?status=active", 400);
    cases.put("/Consent?patient=Organization/" + GREEN_MINDS, 400);
    cases.put("/Consent?patient:identifier=" + encode(NHS + "|123"), 400);
    cases.put("/AuditEvent", 400);
    cases.put("/AuditEvent?patient=Patient/" + person + "&entity=Goal/" + person, 400);
    cases.put("/AuditEvent?patient=Patient/" + person + "&entity=nonsense", 400);
    cases.put("/AuditEvent?patient=Patient/" + person + "&action=R", 400);
    cases.put("/AuditEvent?patient=Patient/" + person + "&_count=101", 400);
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Integer> each : cases.entrySet()) {
      Reply reply = fhir(username, each.getKey());
      if (reply.status() != each.getValue()
          || !"OperationOutcome".equals(reply.body().path("resourceType").asText())) {
        wrong.add(each.getKey() + " -> " + reply);
      }
    }
    assertEquals(List.of(), wrong);
    JsonNode nobody = searchOf(username, "Consent", "patient=Patient/" + UUID.randomUUID());
    assertEquals(0, nobody.path("entry").size(), nobody::toString);
    Reply noRead = fhir(username, "/AuditEvent/" + UUID.randomUUID());
    assertTrue(noRead.status() >= 400 && noRead.status() < 500, noRead::toString);
    assertOutcome(noRead, noRead.body().path("issue").path(0).path("code").asText());
  }

  @Test
  void withoutATokenConsentsAndTheAccessLogAreUnauthorised() {
    for (String path :
        List.of(
            "/Consent/" + UUID.randomUUID(),
            "/Consent?patient=Patient/" + person,
            "/AuditEvent?patient=Patient/" + person)) {
      Reply anonymous = fhir(null, path);
      assertEquals(401, anonymous.status(), path + " " + anonymous);
      assertOutcome(anonymous, "login");
    }
  }

  // ---- Task ----

  @Test
  void theCapabilityStatementListsTaskAndItsSearchParameters() {
    Reply metadata = fhir(null, "/metadata");
    assertEquals(200, metadata.status(), metadata::toString);
    JsonNode task = null;
    for (JsonNode resource : metadata.body().path("rest").path(0).path("resource")) {
      if (resource.path("type").asText().equals("Task")) {
        task = resource;
      }
    }
    assertTrue(task != null, metadata::toString);
    String interactions = task.path("interaction").toString();
    assertTrue(interactions.contains("\"read\""), interactions);
    assertTrue(interactions.contains("\"search-type\""), interactions);
    String params = task.path("searchParam").toString();
    for (String name : List.of("focus", "patient", "subject", "owner", "status", "_lastUpdated")) {
      assertTrue(params.contains("\"" + name + "\""), name + " in " + params);
    }
  }

  @Test
  void theReceiverReadsItsTaskOnTheReferralAndTheReadIsAudited() throws SQLException {
    long reads = audited("fhir.task.read", "ALLOWED");
    Reply read = fhir("vera.vcfse", "/Task/" + referral);
    assertEquals(200, read.status(), read::toString);
    JsonNode task = read.body();
    assertEquals("Task", task.path("resourceType").asText());
    assertEquals(referral, task.path("id").asText());
    assertEquals("accepted", task.path("status").asText());
    assertEquals("On the waiting list", task.path("businessStatus").path("text").asText());
    assertEquals("order", task.path("intent").asText());
    assertEquals("ServiceRequest/" + referral, task.path("focus").path("reference").asText());
    assertEquals("Patient/" + person, task.path("for").path("reference").asText());
    assertEquals(nhs, task.path("for").path("identifier").path("value").asText());
    assertEquals("Organization/" + GREEN_MINDS, task.path("owner").path("reference").asText());
    assertEquals(
        "Organization/" + NORTHGATE_PCN, task.path("requester").path("reference").asText());
    assertEquals(read.header("ETag"), "W/\"" + task.path("meta").path("versionId").asText() + "\"");
    assertEquals(reads + 1, audited("fhir.task.read", "ALLOWED"));
    // the same referral the ServiceRequest is
    Reply request = fhir("vera.vcfse", "/ServiceRequest/" + referral);
    assertEquals(
        request.body().path("meta").path("versionId").asText(),
        task.path("meta").path("versionId").asText());
  }

  @Test
  void theSenderFindsTheTaskByEachParameterAndNeverADraftsTask() throws SQLException {
    long searches = audited("fhir.task.search", "ALLOWED");
    for (String query :
        List.of(
            "focus=ServiceRequest/" + referral,
            "focus=" + referral,
            "patient=Patient/" + person,
            "subject=" + person,
            "patient:identifier=" + encode(NHS + "|" + nhs),
            "patient=Patient/" + person + "&owner=Organization/" + GREEN_MINDS,
            "patient=Patient/" + person + "&status=accepted",
            "patient=Patient/" + person + "&status=requested,accepted",
            "patient=Patient/" + person + "&_lastUpdated=ge" + before,
            "patient=Patient/"
                + person
                + "&_lastUpdated=gt"
                + before
                + "&_lastUpdated=lt2100-01-01")) {
      JsonNode bundle = search("lina.link", query);
      assertEquals(1, bundle.path("entry").size(), query + " " + bundle);
      assertEquals(1, bundle.path("total").asInt(), query);
      assertEquals(
          referral, bundle.path("entry").path(0).path("resource").path("id").asText(), query);
    }
    assertTrue(audited("fhir.task.search", "ALLOWED") > searches, "each task shown is audited");
    for (String query :
        List.of(
            "focus=ServiceRequest/" + draft,
            "patient=Patient/" + person + "&status=completed",
            "patient=Patient/" + person + "&owner=Organization/" + MONEY_MATTERS,
            "patient=Patient/" + person + "&_lastUpdated=lt" + before,
            "patient=Patient/" + UUID.randomUUID())) {
      JsonNode bundle = search("lina.link", query);
      assertEquals(0, bundle.path("entry").size(), query + " " + bundle);
    }
    Reply draftTask = fhir("lina.link", "/Task/" + draft);
    assertEquals(404, draftTask.status(), draftTask::toString);
    assertOutcome(draftTask, "not-found");
    Reply draftRequest = fhir("lina.link", "/ServiceRequest/" + draft);
    assertEquals(200, draftRequest.status(), "the draft itself is the sender's to read");
  }

  @Test
  void anUnrelatedVcfseAndACommissionerAreRefusedAndTheRefusalIsAudited() throws SQLException {
    long refusals = audited("fhir.task.read", "DENIED");
    Reply unrelated = fhir("mo.money", "/Task/" + referral);
    assertEquals(404, unrelated.status(), unrelated::toString);
    assertOutcome(unrelated, "not-found");
    assertFalse(unrelated.toString().contains(nhs), unrelated::toString);
    assertEquals(refusals + 1, audited("fhir.task.read", "DENIED"));
    JsonNode none = search("mo.money", "patient=Patient/" + person);
    assertEquals(0, none.path("entry").size(), "not its referral, so not in its search");
    Reply commissioner = fhir("cara.commissioner", "/Task?patient=Patient/" + person);
    assertEquals(403, commissioner.status(), commissioner::toString);
    assertOutcome(commissioner, "forbidden");
    Reply commissionerRead = fhir("cara.commissioner", "/Task/" + referral);
    assertEquals(403, commissionerRead.status(), commissionerRead::toString);
  }

  @Test
  void badTaskRequestsAreOperationOutcomesAndNeverServerErrors() {
    Map<String, Integer> cases = new LinkedHashMap<>();
    cases.put("/Task/not-a-uuid", 404);
    cases.put("/Task/" + UUID.randomUUID(), 404);
    cases.put("/Task?focus=Patient/" + person, 400);
    cases.put("/Task?focus=nonsense", 400);
    cases.put("/Task?owner=HealthcareService/" + WALKING, 400);
    cases.put("/Task?status=on-hold", 400);
    cases.put("/Task?business-status=waitlisted", 400);
    cases.put("/Task?patient:identifier=" + encode(NHS + "|123"), 400);
    cases.put("/Task?patient:identifier=" + encode("urn:other|" + nhs), 400);
    cases.put("/Task?patient=Patient/" + person + "&subject=Patient/" + UUID.randomUUID(), 400);
    cases.put("/Task?focus=" + referral + "&focus=" + referral, 400);
    cases.put("/Task?_lastUpdated=yesterday", 400);
    cases.put("/Task?_count=0", 400);
    cases.put("/Task?_count=101", 400);
    cases.put("/Task?_offset=-1", 400);
    List<String> wrong = new ArrayList<>();
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
  void withoutATokenEveryTaskInteractionIsUnauthorised() {
    for (String path : List.of("/Task/" + referral, "/Task?patient=Patient/" + person)) {
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
    return searchOf(user, "Task", query);
  }

  private static JsonNode searchOf(String user, String type, String query) {
    Reply reply = fhir(user, "/" + type + "?" + query);
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

  private static String code(JsonNode resource) {
    return resource.path("code").path("coding").path(0).path("code").asText();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
