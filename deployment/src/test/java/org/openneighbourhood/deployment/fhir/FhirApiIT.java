package org.openneighbourhood.deployment.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.DEBT_ADVICE;
import static org.openneighbourhood.deployment.stack.Demo.GREEN_MINDS;
import static org.openneighbourhood.deployment.stack.Demo.NORTHGATE_PCN;
import static org.openneighbourhood.deployment.stack.Demo.RIVERSIDE_SURGERY;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.access.PolicyText;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.sensitive.Canary;
import org.openneighbourhood.deployment.sensitive.CanaryFixture;
import org.openneighbourhood.deployment.stack.Accounts;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Tokens;

/**
 * The FHIR R4 API (/fhir) against the running stack with real Keycloak tokens: every read and
 * search, paging, masking, refusals and the audit rows they write. Every resource and Bundle it
 * receives, errors included, is validated against UK Core 2.0.0 with HAPI's validator: no errors.
 */
@ExtendWith({RunningStack.class, CanaryFixture.class})
@Tag("fhir")
class FhirApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NHS = "https://fhir.nhs.uk/Id/nhs-number";
  private static final String HIDDEN_LINE = "7 Quiet Fhir Lane";

  static LocalStack stack;
  static Api api;

  /** Restricted, with an address; referred to Walking (Green Minds) twice and Debt advice. */
  static String restricted;

  static String restrictedNhs;

  /** An ordinary record with an address, referred nowhere. */
  static String ordinary;

  static String walking;
  static String walkingAgain;
  static String debt;
  static Instant beforeReferrals;

  @BeforeAll
  static void referSomeone(LocalStack running) {
    stack = running;
    api = new Api(running);
    restrictedNhs = Demo.freshNhsNumber();
    restricted = register(restrictedNhs, true, HIDDEN_LINE);
    ordinary = register(Demo.freshNhsNumber(), false, "3 Open Fhir Street");
    beforeReferrals = Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
    walking = refer(restricted, WALKING);
    walkingAgain = refer(restricted, WALKING);
    debt = refer(restricted, DEBT_ADVICE);
  }

  @Test
  void theCapabilityStatementIsOpenAndSaysWhatTheServerDoes() {
    Reply metadata = fhir(null, "/metadata");
    assertEquals(200, metadata.status(), metadata::toString);
    assertEquals("CapabilityStatement", metadata.body().path("resourceType").asText());
    Set<String> types = new java.util.HashSet<>();
    for (JsonNode resource : metadata.body().path("rest").path(0).path("resource")) {
      types.add(resource.path("type").asText());
      if (resource.path("type").asText().equals("ServiceRequest")) {
        String params = resource.path("searchParam").toString();
        for (String name : List.of("subject", "patient", "status", "performer", "requester")) {
          assertTrue(params.contains("\"" + name + "\""), name + " in " + params);
        }
      }
    }
    assertTrue(
        types.containsAll(
            Set.of("ServiceRequest", "Patient", "HealthcareService", "Organization", "Location")),
        types::toString);
  }

  @Test
  void withoutAValidTokenEveryInteractionIsUnauthorised() {
    // (a resource type the server does not have is 404 before anything else, signed in or not:
    // the CapabilityStatement, open to anyone, lists the types there are)
    for (String path :
        List.of(
            "/ServiceRequest/" + walking,
            "/ServiceRequest?patient=Patient/" + restricted,
            "/Patient/" + restricted,
            "/Patient?identifier=" + encode(NHS + "|" + restrictedNhs),
            "/HealthcareService/" + WALKING,
            "/Organization?name=green")) {
      Reply anonymous = fhir(null, path);
      assertEquals(401, anonymous.status(), path + " " + anonymous);
      assertOutcome(anonymous, "login");
      Reply forged = api.with("Authorization", "Bearer not.a.token").get(null, "/fhir" + path);
      assertEquals(401, forged.status(), path + " " + forged);
      assertOutcome(forged, "login");
    }
  }

  @Test
  void theSenderReadsAReferralAsAServiceRequestAndTheReadIsAudited() throws SQLException {
    long before = audited("fhir.service-request.read", walking, "ALLOWED");
    Reply read = fhir("lina.link", "/ServiceRequest/" + walking);
    assertEquals(200, read.status(), read::toString);
    JsonNode request = read.body();
    assertEquals("ServiceRequest", request.path("resourceType").asText());
    assertEquals(walking, request.path("id").asText());
    assertEquals("active", request.path("status").asText());
    assertEquals("order", request.path("intent").asText());
    assertEquals("routine", request.path("priority").asText());
    assertEquals(
        "871731000000106", request.path("code").path("coding").path(0).path("code").asText());
    assertEquals("Patient/" + restricted, request.path("subject").path("reference").asText());
    assertEquals(restrictedNhs, request.path("subject").path("identifier").path("value").asText());
    assertEquals(
        "Organization/" + NORTHGATE_PCN, request.path("requester").path("reference").asText());
    assertEquals(
        "HealthcareService/" + WALKING,
        request.path("performer").path(0).path("reference").asText());
    assertEquals("FHIR test referral", request.path("reasonCode").path(0).path("text").asText());
    String version = request.path("meta").path("versionId").asText();
    assertEquals("W/\"" + version + "\"", read.header("ETag"));
    assertFalse(read.toString().contains(HIDDEN_LINE));
    assertEquals(before + 1, audited("fhir.service-request.read", walking, "ALLOWED"));
  }

  @Test
  void theReceiverReadsItAndAnUnrelatedVcfseWorkerIsRefusedAndAudited() throws SQLException {
    Reply receiver = fhir("vera.vcfse", "/ServiceRequest/" + walking);
    assertEquals(200, receiver.status(), receiver::toString);
    long refusals = audited("fhir.service-request.read", walking, "DENIED");
    Reply unrelated = fhir("mo.money", "/ServiceRequest/" + walking);
    assertEquals(404, unrelated.status(), unrelated::toString);
    assertOutcome(unrelated, "not-found");
    assertFalse(unrelated.toString().contains(restrictedNhs));
    assertEquals(refusals + 1, audited("fhir.service-request.read", walking, "DENIED"));
    Reply commissioner = fhir("cara.commissioner", "/ServiceRequest/" + walking);
    assertEquals(403, commissioner.status(), commissioner::toString);
  }

  @Test
  void searchesFindThePersonsReferralsByEachParameter() {
    Set<String> all = Set.of(walking, walkingAgain, debt);
    assertEquals(all, ids(search("lina.link", "patient=Patient/" + restricted)));
    assertEquals(all, ids(search("lina.link", "subject=Patient/" + restricted)));
    assertEquals(all, ids(search("lina.link", "subject=" + restricted)));
    assertEquals(
        all, ids(search("lina.link", "subject:identifier=" + encode(NHS + "|" + restrictedNhs))));
    assertEquals(
        all,
        ids(
            search(
                "lina.link",
                "patient=Patient/"
                    + restricted
                    + "&status=active&requester=Organization/"
                    + NORTHGATE_PCN)));
    assertEquals(
        Set.of(),
        ids(search("lina.link", "patient=Patient/" + restricted + "&status=completed,revoked")));
    assertEquals(
        Set.of(walking, walkingAgain),
        ids(
            search(
                "lina.link",
                "patient=Patient/" + restricted + "&performer=HealthcareService/" + WALKING)));
    assertEquals(
        all,
        ids(
            search(
                "lina.link",
                "patient=Patient/"
                    + restricted
                    + "&_lastUpdated="
                    + encode("ge" + beforeReferrals))));
    assertEquals(
        Set.of(),
        ids(
            search(
                "lina.link",
                "patient=Patient/"
                    + restricted
                    + "&_lastUpdated="
                    + encode("lt" + beforeReferrals))));
    // the receiver finds only what it received
    assertEquals(
        Set.of(walking, walkingAgain), ids(search("vera.vcfse", "patient=Patient/" + restricted)));
    assertEquals(Set.of(debt), ids(search("mo.money", "patient=Patient/" + restricted)));
  }

  /**
   * A search builds each {@code ServiceRequest} from the page's columns, a read from the referral's
   * whole view: the same resource either way, for an organisation's referral and a person's own,
   * each after a change of status, for its sender and its receiver ({@code AccessMatrixIT} compares
   * them in every cell of the access policy, the masked ones included).
   */
  @Test
  void aSearchedServiceRequestIsTheOneReadById() {
    String nhs = Demo.freshNhsNumber();
    String person = register(nhs, false, "9 Same Fhir Road");
    String username = "same." + nhs;
    stack.provision(Accounts.person(username, "Fhir", "Person", nhs));
    Reply own =
        api.post(
            username,
            "/me/referrals",
            Map.of("serviceId", WALKING, "reason", "I would like to walk with others"));
    assertEquals(201, own.status(), own::toString);
    String self = own.body().path("id").asText();
    Reply seen = api.get("vera.vcfse", "/referrals/" + self); // opening it marks it seen
    assertEquals("SEEN", seen.body().path("status").asText(), seen::toString);
    Reply sent =
        api.post(
            "lina.link",
            "/referrals",
            Map.of(
                "personId",
                person,
                "serviceId",
                WALKING,
                "reason",
                "Company outdoors",
                "urgency",
                "URGENT",
                "consentToShare",
                true));
    assertEquals(201, sent.status(), sent::toString);
    String referral = sent.body().path("id").asText();
    Reply accepted =
        api.atVersionOf("vera.vcfse", referral)
            .post("vera.vcfse", "/referrals/" + referral + "/accept", null);
    assertEquals(200, accepted.status(), accepted::toString);

    Map<String, String> created =
        Map.of(
            self, own.body().path("version").asText(),
            referral, sent.body().path("version").asText());
    JsonNode received = search("vera.vcfse", "patient=Patient/" + person);
    assertEquals(Set.of(self, referral), ids(received));
    JsonNode ofSender = search("lina.link", "patient=Patient/" + person);
    assertEquals(Set.of(referral), ids(ofSender));
    for (var searched : Map.of("vera.vcfse", received, "lina.link", ofSender).entrySet()) {
      for (JsonNode entry : searched.getValue().path("entry")) {
        JsonNode resource = entry.path("resource");
        String id = resource.path("id").asText();
        Reply read = fhir(searched.getKey(), "/ServiceRequest/" + id);
        assertEquals(200, read.status(), read::toString);
        assertEquals(read.body(), resource, searched.getKey() + " searched and read");
        // each changed status after it was sent, so its last update is that change
        assertNotEquals(
            created.get(id), resource.path("meta").path("versionId").asText(), id + " changed");
      }
    }
    JsonNode ownRequest = entryOf(received, self);
    assertEquals("Patient/" + person, ownRequest.path("requester").path("reference").asText());
    JsonNode answered = entryOf(received, referral);
    assertEquals("urgent", answered.path("priority").asText());
  }

  private static JsonNode entryOf(JsonNode bundle, String id) {
    for (JsonNode entry : bundle.path("entry")) {
      if (entry.path("resource").path("id").asText().equals(id)) {
        return entry.path("resource");
      }
    }
    throw new AssertionError(id + " not in " + bundle);
  }

  /**
   * FHIR's other way to search: {@code POST [type]/_search} with the parameters as a form body (no
   * parameters in the address, so none in a proxy's log) finds the same, page for page.
   */
  @Test
  void aSearchPostedAsAFormFindsWhatTheSameSearchByGetFinds() {
    String query =
        "patient=Patient/"
            + restricted
            + "&status=active&requester=Organization/"
            + NORTHGATE_PCN
            + "&_count=2";
    JsonNode byGet = search("lina.link", query);
    Reply posted = api.postForm("lina.link", "/fhir/ServiceRequest/_search", query);
    assertEquals(200, posted.status(), posted::toString);
    UkCore.assertValid(posted.body());
    assertEquals("searchset", posted.body().path("type").asText(), posted::toString);
    assertEquals(3, posted.body().path("total").asInt(), posted::toString);
    assertEquals(byGet.path("total"), posted.body().path("total"));
    assertEquals(byGet.path("entry"), posted.body().path("entry"), "the same page, entry by entry");
    Reply unknown =
        api.postForm(
            "lina.link",
            "/fhir/ServiceRequest/_search",
            "patient=Patient/" + restricted + "&colour=red");
    assertEquals(400, unknown.status(), "a form is read as strictly as a query: " + unknown);
    assertOutcome(unknown, "invalid");
  }

  /**
   * A page asked for plainly, as a partner system asks, is written from its resources' kept JSON
   * (the second time, all of it kept): it says what HAPI writes for the same page asked for pretty,
   * with the same headers. What {@code _elements} and {@code _summary} leave out, HAPI still leaves
   * out.
   */
  @Test
  void aPlainPageSaysWhatHapiWritesForThePrettyOne() {
    String query = "/ServiceRequest?patient=Patient/" + restricted;
    fhir("lina.link", query);
    Reply plain = fhir("lina.link", query);
    Reply pretty = fhir("lina.link", query + "&_pretty=true");
    assertEquals(200, plain.status(), plain::toString);
    assertEquals(200, pretty.status(), pretty::toString);
    assertFalse(plain.text().contains("\n"), "compact");
    assertTrue(pretty.text().contains("\n"), "pretty");
    assertEquals(withoutItsOwn(pretty.body()), withoutItsOwn(plain.body()));
    assertEquals(3, plain.body().path("entry").size(), plain::toString);
    for (String header : List.of("Content-Type", "Content-Location", "Last-Modified")) {
      assertEquals(
          pretty.header(header) == null,
          plain.header(header) == null,
          header + ": " + plain.headers());
    }
    assertEquals(pretty.header("Content-Type"), plain.header("Content-Type"));

    // a subsetted resource lacks what UK Core requires, and says so (its SUBSETTED tag): not
    // validated
    JsonNode statuses = api.get("lina.link", "/fhir" + query + "&_elements=status").body();
    assertEquals(3, statuses.path("entry").size(), statuses::toString);
    for (JsonNode entry : statuses.path("entry")) {
      assertTrue(entry.path("resource").has("status"), entry::toString);
      assertFalse(entry.path("resource").has("subject"), entry::toString);
    }
    JsonNode counted = api.get("lina.link", "/fhir" + query + "&_summary=count").body();
    assertEquals(3, counted.path("total").asInt(), counted::toString);
    assertFalse(counted.has("entry"), counted::toString);
  }

  /** A page's entries and total: its id, time and links are its own, each time it is written. */
  private static JsonNode withoutItsOwn(JsonNode page) {
    com.fasterxml.jackson.databind.node.ObjectNode entries = page.deepCopy();
    entries.remove(List.of("id", "meta", "link"));
    return entries;
  }

  @Test
  void aSearchIsPagedWithNextLinks() {
    JsonNode first = search("lina.link", "patient=Patient/" + restricted + "&_count=2");
    assertEquals("searchset", first.path("type").asText());
    assertEquals(3, first.path("total").asInt());
    assertEquals(2, first.path("entry").size());
    String next = link(first, "next");
    assertNotNull(next, first::toString);
    JsonNode second = get("lina.link", next);
    assertEquals(1, second.path("entry").size(), second::toString);
    assertNull(link(second, "next"), "the last page has no next");
    Set<String> seen = new java.util.HashSet<>(ids(first));
    seen.addAll(ids(second));
    assertEquals(Set.of(walking, walkingAgain, debt), seen);
  }

  @Test
  void aPatientIsMaskedAsTheRestApiMasksThem() throws SQLException {
    long before = auditedPerson("fhir.patient.read", restricted);
    Reply careTeam = fhir("lina.link", "/Patient/" + restricted);
    assertEquals(200, careTeam.status(), careTeam::toString);
    JsonNode patient = careTeam.body();
    assertEquals("Fhir", patient.path("name").path(0).path("given").path(0).asText());
    assertEquals(restrictedNhs, patient.path("identifier").path(0).path("value").asText());
    assertTrue(patient.path("meta").path("security").toString().contains("\"R\""));
    // a link worker is not shown a restricted record's address: it is marked as withheld
    assertFalse(careTeam.toString().contains(HIDDEN_LINE));
    assertEquals(
        "masked",
        patient.path("address").path(0).path("extension").path(0).path("valueCode").asText());
    assertEquals(before + 1, auditedPerson("fhir.patient.read", restricted));

    Reply receiver = fhir("vera.vcfse", "/Patient/" + restricted);
    assertEquals(200, receiver.status(), receiver::toString);
    assertFalse(receiver.toString().contains(HIDDEN_LINE));

    Reply unrelated = fhir("gary.gp", "/Patient/" + restricted);
    assertEquals(404, unrelated.status(), unrelated::toString);
    assertOutcome(unrelated, "not-found");

    // found by NHS number outside the practice's part in their care: masked, as person.find is
    JsonNode found =
        search("gary.gp", "/Patient", "identifier=" + encode(NHS + "|" + restrictedNhs));
    assertEquals(1, found.path("entry").size(), found::toString);
    JsonNode masked = found.path("entry").path(0).path("resource");
    assertTrue(masked.path("meta").path("security").toString().contains("MASKED"));
    assertTrue(masked.path("name").isMissingNode(), masked::toString);
    assertFalse(found.toString().contains(HIDDEN_LINE));

    Reply open = fhir("lina.link", "/Patient/" + ordinary);
    assertEquals(200, open.status(), open::toString);
    assertEquals(
        "3 Open Fhir Street", open.body().path("address").path(0).path("line").path(0).asText());
    assertEquals(
        0,
        search("lina.link", "/Patient", "identifier=" + Demo.freshNhsNumber())
            .path("entry")
            .size());
  }

  @Test
  void badRequestsAreOperationOutcomesAndNeverServerErrors() {
    Map<String, Integer> cases = new java.util.LinkedHashMap<>();
    cases.put("/ServiceRequest/" + java.util.UUID.randomUUID(), 404);
    cases.put("/ServiceRequest/not-an-id", 404);
    cases.put("/Patient/" + java.util.UUID.randomUUID(), 404);
    cases.put("/NoSuchType/1", 404);
    cases.put("/ServiceRequest?colour=blue", 400);
    cases.put("/ServiceRequest?status=bogus", 400);
    cases.put("/ServiceRequest?_count=1000", 400);
    cases.put("/ServiceRequest?_count=0", 400);
    cases.put("/ServiceRequest?_offset=-1", 400);
    cases.put("/ServiceRequest?patient=Organization/" + NORTHGATE_PCN, 400);
    cases.put("/ServiceRequest?patient=nonsense", 400);
    cases.put("/ServiceRequest?subject:identifier=" + encode("urn:other|1"), 400);
    cases.put("/ServiceRequest?subject:identifier=" + encode(NHS + "|123"), 400);
    cases.put("/ServiceRequest?_lastUpdated=yesterday", 400);
    cases.put("/Patient", 400);
    cases.put("/Patient?identifier=" + encode(NHS + "|not-a-number"), 400);
    cases.put("/Patient?name=Fhir", 400);
    cases.put("/Patient?identifier=" + encode(NHS + "|" + restrictedNhs) + "&name=x", 400);
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Integer> each : cases.entrySet()) {
      Reply reply = fhir("lina.link", each.getKey());
      if (reply.status() != each.getValue()
          || !"OperationOutcome".equals(reply.body().path("resourceType").asText())) {
        wrong.add(each.getKey() + " -> " + reply);
      } else {
        UkCore.assertValid(reply.body());
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theDirectoryIsReadAndSearchedByEveryoneSignedIn() {
    for (String user : List.of("vera.vcfse", "pat.person", "cara.commissioner")) {
      Reply service = fhir(user, "/HealthcareService/" + WALKING);
      assertEquals(200, service.status(), service::toString);
      assertEquals(
          "Organization/" + GREEN_MINDS,
          service.body().path("providedBy").path("reference").asText());
      assertTrue(service.body().path("active").asBoolean());
    }
    Reply organisation = fhir("lina.link", "/Organization/" + GREEN_MINDS);
    assertEquals(200, organisation.status(), organisation::toString);
    String name = organisation.body().path("name").asText();
    String start = name.substring(0, 4).toLowerCase(java.util.Locale.ROOT);
    assertTrue(
        ids(search("lina.link", "/Organization", "name=" + encode(start))).contains(GREEN_MINDS));
    assertEquals(Set.of(), ids(search("lina.link", "/Organization", "active=false")));

    Set<String> greenMinds =
        ids(search("lina.link", "/HealthcareService", "organization=Organization/" + GREEN_MINDS));
    assertTrue(greenMinds.contains(WALKING), greenMinds::toString);
    assertFalse(greenMinds.contains(DEBT_ADVICE), greenMinds::toString);
    String serviceName =
        fhir("lina.link", "/HealthcareService/" + WALKING).body().path("name").asText();
    assertTrue(
        ids(search(
                "lina.link",
                "/HealthcareService",
                "active=true&name="
                    + encode(serviceName.substring(0, 3).toUpperCase(java.util.Locale.ROOT))))
            .contains(WALKING));
    JsonNode paged = search("lina.link", "/HealthcareService", "_count=1");
    assertEquals(1, paged.path("entry").size());
    assertNotNull(link(paged, "next"), paged::toString);

    JsonNode places = search("lina.link", "/Location", "organization=Organization/" + GREEN_MINDS);
    for (JsonNode entry : places.path("entry")) {
      String place = entry.path("resource").path("id").asText();
      Reply read = fhir("lina.link", "/Location/" + place);
      assertEquals(200, read.status(), read::toString);
    }
    for (String bad :
        List.of(
            "/HealthcareService?active=maybe",
            "/HealthcareService?organization=Patient/" + restricted,
            "/HealthcareService?postcode=NG1",
            "/Location?near=1",
            "/Organization/" + java.util.UUID.randomUUID(),
            "/Location/" + java.util.UUID.randomUUID())) {
      Reply reply = fhir("lina.link", bad);
      assertTrue(reply.status() == 400 || reply.status() == 404, bad + " " + reply);
      assertEquals("OperationOutcome", reply.body().path("resourceType").asText(), bad);
    }
  }

  /**
   * The person's ethnic category is UK Core's {@code Extension-UKCore-EthnicCategory} on their
   * {@code Patient} exactly for those {@code field.ethnicity} shows it to: the care team's link
   * worker and GP, read or found by NHS number. The referral's VCFSE receiver reads the {@code
   * Patient} without it; a partner system reads no {@code Patient}. Each answer is valid UK Core.
   * The person's sex (9, neither male nor female) is their {@code gender}, {@code other} as UK Core
   * maps it, likewise exactly for those {@code field.sex} shows it to.
   */
  @Test
  void theEthnicCategoryIsOnThePatientOnlyForThoseThePolicyShowsItTo() {
    PolicyText policy = PolicyText.read();
    String nhs = Demo.freshNhsNumber();
    String person = register(nhs, false, "5 Category Fhir Road");
    Reply joined =
        api.post(
            "lina.link",
            "/people/" + person + "/care-team",
            Map.of("organisationId", RIVERSIDE_SURGERY, "personAgreed", true));
    assertEquals(200, joined.status(), joined::toString);
    refer(person, WALKING);
    long version =
        api.get("lina.link", "/people/" + person).body().path("ethnicity").path("version").asLong();
    Reply recorded =
        api.send(
            "lina.link",
            "PUT",
            "/people/" + person + "/ethnicity",
            Map.of("category", "N", "personAgreed", true),
            Map.of("If-Match", "\"" + version + "\""));
    assertEquals(200, recorded.status(), recorded::toString);
    Reply sexRecorded =
        api.send(
            "lina.link",
            "PUT",
            "/people/" + person + "/sex",
            Map.of("code", "9", "personAgreed", true),
            Map.of("If-Match", "\"0\""));
    assertEquals(200, sexRecorded.status(), sexRecorded::toString);

    Map<String, Set<String>> roles =
        Map.of(
            "lina.link", Set.of("link-worker"),
            "gary.gp", Set.of("gp-staff"),
            "vera.vcfse", Set.of("vcfse-staff"));
    Map<String, String> standing =
        Map.of("lina.link", "care team", "gary.gp", "care team", "vera.vcfse", "receiver");
    Set<String> shownTo = new java.util.TreeSet<>();
    for (String user : roles.keySet()) {
      boolean shown =
          policy.expect("field.ethnicity", roles.get(user), standing.get(user)).equals("allow");
      boolean sexShown =
          policy.expect("field.sex", roles.get(user), standing.get(user)).equals("allow");
      Reply read = fhir(user, "/Patient/" + person);
      assertEquals(200, read.status(), user + " " + read);
      assertEthnicCategory(shown, user, read.body());
      assertEquals(
          sexShown ? "other" : "",
          read.body().path("gender").asText(),
          user + " shown the sex as gender? " + read.body());
      // a VCFSE may not search for people (fhir.patient.search): refused, and shown nothing
      Reply found = fhir(user, "/Patient?identifier=" + encode(NHS + "|" + nhs));
      if (found.status() == 200) {
        JsonNode patient = found.body().path("entry").path(0).path("resource");
        assertEthnicCategory(shown, user, patient);
        assertEquals(sexShown ? "other" : "", patient.path("gender").asText(), user);
      } else {
        assertFalse(found.toString().contains(ETHNIC_CATEGORY), user + " " + found);
      }
      if (shown) {
        shownTo.add(user);
      }
    }
    // the policy's rows, not this test, decide: it proves something only if they tell apart
    assertEquals(Set.of("gary.gp", "lina.link"), shownTo, "shown to the care team's staff only");
    Reply partner = fhir(Tokens.PARTNER_SYSTEM, "/Patient/" + person);
    assertEquals(403, partner.status(), partner::toString);
    assertFalse(partner.toString().contains(ETHNIC_CATEGORY), partner::toString);
  }

  private static final String ETHNIC_CATEGORY =
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";

  /** The Patient has the category N (African) as UK Core codes it, or no trace of one at all. */
  private static void assertEthnicCategory(boolean shown, String user, JsonNode patient) {
    assertEquals("Patient", patient.path("resourceType").asText(), patient::toString);
    JsonNode extension = null;
    for (JsonNode candidate : patient.path("extension")) {
      if (candidate.path("url").asText().equals(ETHNIC_CATEGORY)) {
        extension = candidate;
      }
    }
    if (!shown) {
      assertNull(extension, user + " is not shown the ethnic category: " + patient);
      assertFalse(patient.toString().contains("EthnicCategory"), user + ": " + patient);
      return;
    }
    assertNotNull(extension, user + " is shown the ethnic category: " + patient);
    JsonNode coding = extension.path("valueCodeableConcept").path("coding").path(0);
    assertEquals(
        "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland",
        coding.path("system").asText());
    assertEquals("N", coding.path("code").asText());
    assertEquals("Black or Black British - African", coding.path("display").asText());
  }

  /**
   * The run's canary person (a restricted address and a safeguarding note with canary values), read
   * through FHIR by everyone: no answer gives a value to a user the policy withholds it from (here,
   * and again by {@code CanaryIT} at the end of a whole run). The care team's GP is shown the
   * address.
   */
  @Test
  void everyonesFhirReadsOfTheCanaryPersonAreCheckedByTheCanaryTest(Canary canary) {
    PolicyText policy = PolicyText.read();
    for (String user :
        List.of(
            "gary.gp",
            "lina.link",
            "vera.vcfse",
            "mo.money",
            "sam.social",
            "olive.admin",
            "cara.commissioner",
            "pat.person",
            Canary.PERSON_USER)) {
      for (String path :
          List.of(
              "/Patient/" + canary.personId(),
              "/Patient?identifier=" + encode(NHS + "|" + canary.nhsNumber()),
              "/ServiceRequest/" + canary.referralId(),
              "/ServiceRequest?patient=Patient/" + canary.personId())) {
        Reply reply = fhir(user, path);
        assertTrue(
            reply.status() == 200 || reply.status() == 403 || reply.status() == 404,
            user + " " + path + reply);
        for (Map.Entry<String, List<String>> field : canary.values().entrySet()) {
          boolean shown =
              field.getKey().equals(Canary.MESSAGES)
                  ? false // a ServiceRequest carries no message, whoever reads it
                  : canary.shows(policy, field.getKey(), user);
          for (String value : field.getValue()) {
            assertTrue(
                shown || !reply.toString().contains(value),
                user + " (" + canary.relationshipOf(user) + ") was given " + field.getKey());
          }
        }
      }
    }
    String address = canary.values().get(Canary.ADDRESS).get(0);
    assertTrue(fhir("gary.gp", "/Patient/" + canary.personId()).toString().contains(address));
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
    return search(user, "/ServiceRequest", query);
  }

  private static JsonNode search(String user, String type, String query) {
    Reply reply = fhir(user, type + "?" + query);
    assertEquals(200, reply.status(), reply::toString);
    assertEquals("Bundle", reply.body().path("resourceType").asText());
    return reply.body();
  }

  /** A link of a Bundle, followed as HAPI wrote it (an absolute URL below /api). */
  private static JsonNode get(String user, String url) {
    int at = url.indexOf("/fhir");
    Reply reply = fhir(user, url.substring(at + "/fhir".length()));
    assertEquals(200, reply.status(), reply::toString);
    return reply.body();
  }

  private static String link(JsonNode bundle, String relation) {
    for (JsonNode link : bundle.path("link")) {
      if (link.path("relation").asText().equals(relation)) {
        return link.path("url").asText();
      }
    }
    return null;
  }

  private static Set<String> ids(JsonNode bundle) {
    Set<String> ids = new java.util.HashSet<>();
    for (JsonNode entry : bundle.path("entry")) {
      ids.add(entry.path("resource").path("id").asText());
    }
    return ids;
  }

  private static void assertOutcome(Reply reply, String code) {
    assertEquals("OperationOutcome", reply.body().path("resourceType").asText(), reply::toString);
    assertEquals(code, reply.body().path("issue").path(0).path("code").asText(), reply::toString);
  }

  private static long audited(String operation, String record, String outcome) throws SQLException {
    return stack.count(
        "select count(*) from audit_event where operation = ? and record_id = ?::uuid"
            + " and outcome = ?",
        operation,
        record,
        outcome);
  }

  private static long auditedPerson(String operation, String person) throws SQLException {
    return stack.count(
        "select count(*) from audit_event where operation = ? and person_id = ?::uuid"
            + " and outcome = 'ALLOWED'",
        operation,
        person);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String register(String nhs, boolean isRestricted, String line) {
    Reply reply =
        api.post(
            "lina.link",
            "/people",
            Map.of(
                "nhsNumber",
                nhs,
                "givenName",
                "Fhir",
                "familyName",
                "Person",
                "dateOfBirth",
                "1970-01-01",
                "consentToRecord",
                true,
                "address",
                Map.of("lines", List.of(line), "postcode", "NG1 1AA"),
                "restricted",
                isRestricted));
    assertEquals(201, reply.status(), reply::toString);
    return reply.body().get("id").asText();
  }

  private static String refer(String person, String service) {
    Reply reply =
        api.post(
            "lina.link",
            "/referrals",
            Map.of(
                "personId",
                person,
                "serviceId",
                service,
                "reason",
                "FHIR test referral",
                "urgency",
                "ROUTINE",
                "consentToShare",
                true));
    assertEquals(201, reply.status(), reply::toString);
    return reply.body().get("id").asText();
  }
}
