package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Api.PROBLEM;
import static org.openneighbourhood.deployment.stack.Demo.BENEFITS_CHECK;
import static org.openneighbourhood.deployment.stack.Demo.DEBT_ADVICE;
import static org.openneighbourhood.deployment.stack.Demo.PAT;
import static org.openneighbourhood.deployment.stack.Demo.PETER;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.Referrals;
import org.openneighbourhood.deployment.stack.RunningStack;

@ExtendWith(RunningStack.class)
@Tag("referrals")
class ReferralApiIT {

  static Api api;
  static LocalStack stack;

  @BeforeAll
  static void connect(LocalStack running) {
    stack = running;
    api = new Api(running);
  }

  /** Peter's referrals, counted in the database (a list's count stops at 1,000). */
  private static long petersReferrals() throws SQLException {
    return stack.count("select count(*) from referral where person_id = ?::uuid", PETER);
  }

  /** The inbox's referrals waiting for an answer. */
  private static final String WAITING = "/referrals/inbox?status=SENT&status=SEEN";

  private static String sendReferral(String personId, String serviceId) {
    String id =
        Referrals.send(
            api, personId, serviceId, "Lonely since moving; would like company on walks.");
    assertEquals("SENT", api.get("lina.link", "/referrals/" + id).body().path("status").asText());
    return id;
  }

  @Test
  void everyEndpointRefusesARequestWithoutAToken() {
    for (String path :
        new String[] {
          "/services", "/people?nhsNumber=9990000018", "/referrals/inbox", "/referrals/sent", "/me"
        }) {
      Reply reply = api.get(null, path);
      assertEquals(401, reply.status(), path);
      assertTrue(reply.contentType().startsWith("application/problem+json"), path);
    }
    assertEquals(401, api.post(null, "/referrals", Map.of()).status());
  }

  @Test
  void wrongRoleIsForbidden() {
    Reply personReadsInbox = api.get("pat.person", "/referrals/inbox");
    assertEquals(403, personReadsInbox.status());
    assertTrue(personReadsInbox.contentType().startsWith("application/problem+json"));
    assertEquals(403, api.get("vera.vcfse", "/people?nhsNumber=9990000018").status());
    assertEquals(403, api.get("cara.commissioner", "/people/" + PAT + "/plan").status());
    assertEquals(403, api.get("lina.link", "/me").status());
    // VCFSE staff may refer onwards, but only for people their organisation supports.
    Reply stranger =
        api.post(
            "lina.link",
            "/people",
            Map.of(
                "nhsNumber", Demo.freshNhsNumber(),
                "givenName", "Not",
                "familyName", "Known",
                "dateOfBirth", "1980-01-01",
                "consentToRecord", true));
    assertEquals(201, stranger.status(), stranger::toString);
    Reply vcfseSends =
        api.post(
            "vera.vcfse",
            "/referrals",
            Map.of(
                "personId",
                stranger.body().get("id").asText(),
                "serviceId",
                DEBT_ADVICE,
                "reason",
                "x",
                "urgency",
                "ROUTINE",
                "consentToShare",
                true));
    assertEquals(404, vcfseSends.status(), "not in their care team: as if no such person");
  }

  @Test
  void vcfseWorkerOfAnotherOrganisationCannotSeeOrDecideTheReferral() {
    String id = sendReferral(PETER, WALKING);

    // not their organisation's referral: answered as if there were none, so nothing says it exists
    Reply read = api.get("mo.money", "/referrals/" + id);
    assertEquals(404, read.status());
    assertEquals(PROBLEM + "not-found", read.problemType());
    assertEquals(404, api.post("mo.money", "/referrals/" + id + "/accept", null).status());
    assertEquals(
        404,
        api.post("mo.money", "/referrals/" + id + "/decline", Map.of("reason", "NO_CAPACITY"))
            .status());
    for (JsonNode r : api.get("mo.money", WAITING + "&size=100").body()) {
      assertFalse(id.equals(r.get("id").asText()), "other organisation's inbox shows it");
    }
    assertEquals(
        "SEEN",
        api.get("vera.vcfse", "/referrals/" + id).body().get("status").asText(),
        "opened by the receiving organisation");

    boolean inOwnInbox = false;
    for (JsonNode r : api.get("vera.vcfse", WAITING + "&size=100").body()) {
      inOwnInbox |= id.equals(r.get("id").asText());
    }
    assertTrue(inOwnInbox, "the receiving organisation's inbox shows it");
  }

  @Test
  void personSeesOnlyTheirOwnRecord() {
    Reply own = api.get("pat.person", "/me/plan");
    assertEquals(200, own.status(), own::toString);
    assertEquals(PAT, own.body().get("personId").asText());

    assertEquals(404, api.get("pat.person", "/people/" + PETER + "/plan").status(), "not hers");
    assertEquals(403, api.get("pat.person", "/people/" + PETER).status());
    String petersReferral = sendReferral(PETER, DEBT_ADVICE);
    assertEquals(403, api.get("pat.person", "/referrals/" + petersReferral).status());
    for (JsonNode r : api.get("pat.person", "/me/referrals").body()) {
      assertEquals(PAT, r.get("person").get("id").asText());
    }
    assertEquals(PETER, api.get("peter.person", "/me").body().get("id").asText());
  }

  @Test
  void decidingAnAlreadyDecidedReferralIsRefusedAndChangesNothing() {
    String id = sendReferral(PETER, WALKING);
    Reply accepted =
        api.atVersionOf("vera.vcfse", id).post("vera.vcfse", "/referrals/" + id + "/accept", null);
    assertEquals(200, accepted.status(), accepted::toString);
    assertEquals("ACCEPTED", accepted.body().get("status").asText());

    Api current = api.with("If-Match", accepted.header("ETag"));
    Reply again =
        current.post(
            "vera.vcfse", "/referrals/" + id + "/decline", Map.of("reason", "NOT_ELIGIBLE"));
    assertEquals(409, again.status());
    assertEquals(PROBLEM + "invalid-transition", again.problemType());
    assertEquals(409, current.post("vera.vcfse", "/referrals/" + id + "/accept", null).status());

    JsonNode after = api.get("vera.vcfse", "/referrals/" + id).body();
    assertEquals("ACCEPTED", after.get("status").asText());
    assertEquals(3, after.get("timeline").size(), "sent, seen and accepted, nothing more");
  }

  @Test
  void invalidNhsNumberIsRefusedAndNothingIsStored() {
    Reply find = api.get("lina.link", "/people?nhsNumber=9990000019");
    assertEquals(400, find.status());
    assertTrue(find.hasFieldError("nhsNumber"), find::toString);

    Reply register =
        api.post(
            "lina.link",
            "/people",
            Map.of(
                "nhsNumber", "9990000019",
                "givenName", "Bad",
                "familyName", "Number",
                "dateOfBirth", "1980-01-01",
                "consentToRecord", true));
    assertEquals(400, register.status());
    assertTrue(register.hasFieldError("nhsNumber"), register::toString);
    assertEquals(404, api.get("lina.link", "/people?nhsNumber=9990000034").status());
  }

  @Test
  void missingFieldsAreListedAndNothingIsStored() throws SQLException {
    Reply register =
        api.post("lina.link", "/people", Map.of("nhsNumber", "9990000042", "givenName", ""));
    assertEquals(400, register.status());
    assertTrue(register.contentType().startsWith("application/problem+json"));
    assertTrue(register.hasFieldError("givenName"), register::toString);
    assertTrue(register.hasFieldError("familyName"), register::toString);
    assertTrue(register.hasFieldError("dateOfBirth"), register::toString);
    assertEquals(404, api.get("lina.link", "/people?nhsNumber=9990000042").status());

    long before = petersReferrals();
    Reply referral =
        api.post(
            "lina.link",
            "/referrals",
            Map.of("personId", PETER, "serviceId", WALKING, "consentToShare", false));
    assertEquals(400, referral.status());
    assertTrue(referral.hasFieldError("reason"), referral::toString);
    Reply noConsent =
        api.post(
            "lina.link",
            "/referrals",
            Map.of(
                "personId",
                PETER,
                "serviceId",
                WALKING,
                "reason",
                "Company",
                "urgency",
                "ROUTINE",
                "consentToShare",
                false));
    assertEquals(400, noConsent.status());
    assertTrue(noConsent.hasFieldError("consentToShare"), noConsent::toString);
    assertEquals(before, petersReferrals(), "nothing stored");
  }

  @Test
  void pausedServiceRefusesReferralsAndMalformedJsonIsABadRequest() {
    Reply paused =
        api.post(
            "lina.link",
            "/referrals",
            Map.of(
                "personId",
                PETER,
                "serviceId",
                BENEFITS_CHECK,
                "reason",
                "Check their benefits",
                "urgency",
                "ROUTINE",
                "consentToShare",
                true));
    assertEquals(409, paused.status());
    assertEquals(PROBLEM + "service-not-accepting", paused.problemType());

    Reply malformed = api.post("lina.link", "/referrals", "{\"personId\": ");
    assertEquals(400, malformed.status());
    assertTrue(malformed.contentType().startsWith("application/problem+json"));
  }

  /**
   * The platform admin loads GOV.UK's bank holidays file: a title longer than its column is a field
   * error and loads nothing; a good file adds its days.
   */
  @Test
  void bankHolidaysLoadOnlyWhenEveryEventFits() {
    Reply tooLong = api.put("paula.platform", "/calendar/bank-holidays", holidays("x".repeat(201)));
    assertEquals(400, tooLong.status(), tooLong::toString);
    assertTrue(tooLong.hasFieldError("events"), tooLong::toString);
    assertFalse(
        api.get("lina.link", "/calendar/bank-holidays").body().toString().contains("2031-12-25"));
    Reply loaded = api.put("paula.platform", "/calendar/bank-holidays", holidays("Christmas Day"));
    assertEquals(200, loaded.status(), loaded::toString);
    assertTrue(
        api.get("lina.link", "/calendar/bank-holidays").body().toString().contains("2031-12-25"));
  }

  private static Map<String, Object> holidays(String title) {
    return Map.of(
        "england-and-wales",
        Map.of(
            "division",
            "england-and-wales",
            "events",
            List.of(Map.of("title", title, "date", "2031-12-25"))));
  }

  /**
   * Control characters, content after the JSON value and bytes that are not UTF-8 are field errors
   * before anything reads them, never a 500 from the database.
   */
  @Test
  void controlCharactersAndTrailingContentAreFieldErrors() {
    Reply nul =
        api.post(
            "lina.link",
            "/people",
            "{\"nhsNumber\": \"9990000034\", \"givenName\": \"Al\\u0000ex\","
                + " \"familyName\": \"Test\", \"dateOfBirth\": \"1990-01-02\","
                + " \"consentToRecord\": true}");
    assertEquals(400, nul.status(), nul::toString);
    assertTrue(nul.contentType().startsWith("application/problem+json"), nul::toString);
    assertTrue(nul.hasFieldError("givenName"), nul::toString);
    Reply search = api.get("lina.link", "/services/search?q=debt%00advice");
    assertEquals(400, search.status(), search::toString);
    assertTrue(search.hasFieldError("q"), search::toString);
    Reply trailing = api.post("lina.link", "/referrals", "{\"reason\": \"Company\"} and then some");
    assertEquals(400, trailing.status(), trailing::toString);
    assertTrue(trailing.hasFieldError("body"), trailing::toString);
  }

  /**
   * JSON is read as written: a boolean is true or false, a whole number is one, and a field the
   * request does not take is refused; each a 400 naming the field, and nothing is stored.
   */
  @Test
  void booleansNumbersAndFieldNamesAreStrict() throws SQLException {
    long before = petersReferrals();
    for (Object notABoolean : List.of(1, "yes", "true")) {
      Reply draft = api.post("lina.link", "/referrals", walkingReferralWith("draft", notABoolean));
      assertEquals(400, draft.status(), draft::toString);
      assertTrue(draft.hasFieldError("draft"), draft::toString);
    }
    Reply unknown = api.post("lina.link", "/referrals", walkingReferralWith("priority", "high"));
    assertEquals(400, unknown.status(), unknown::toString);
    assertTrue(unknown.hasFieldError("priority"), unknown::toString);
    assertEquals(before, petersReferrals(), "nothing stored");

    Reply restricted =
        api.post(
            "lina.link",
            "/people",
            Map.of(
                "nhsNumber", "9990000034",
                "givenName", "Strict",
                "familyName", "Json",
                "dateOfBirth", "1990-01-02",
                "consentToRecord", true,
                "restricted", 1));
    assertEquals(400, restricted.status(), restricted::toString);
    assertTrue(restricted.hasFieldError("restricted"), restricted::toString);
    assertEquals(404, api.get("lina.link", "/people?nhsNumber=9990000034").status());

    Reply fraction =
        api.put(
            "vera.vcfse",
            "/services/" + WALKING + "/capacity",
            Map.of("capacity", "ACCEPTING", "maxOpenReferrals", 1.9));
    assertEquals(400, fraction.status(), fraction::toString);
    assertTrue(fraction.hasFieldError("maxOpenReferrals"), fraction::toString);
  }

  /** A good referral of Peter to the walking group, with one more field. */
  /**
   * The contract says how long free text may be (bean validation published as maxLength), the limit
   * the portal tells people before they send (its TextLimits.LONG, 2000).
   */
  @Test
  void theContractSaysHowLongFreeTextMayBe() throws Exception {
    java.net.http.HttpResponse<String> document =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(stack.portalUrl() + "/openapi?format=JSON"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, document.statusCode(), document::body);
    JsonNode schemas =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(document.body())
            .path("components")
            .path("schemas");
    for (String[] field :
        new String[][] {
          {"NewReferral", "reason"},
          {"SelfReferral", "reason"},
          {"NewNote", "text"},
          {"StatusUpdate", "note"},
          {"AboutMeText", "whatMattersToMe"}
        }) {
      JsonNode property = schemas.path(field[0]).path("properties").path(field[1]);
      assertEquals(
          2000, property.path("maxLength").asInt(), field[0] + "." + field[1] + " " + property);
    }
  }

  private static Map<String, Object> walkingReferralWith(String field, Object value) {
    return Map.of(
        "personId",
        PETER,
        "serviceId",
        WALKING,
        "reason",
        "Company",
        "urgency",
        "ROUTINE",
        "consentToShare",
        true,
        field,
        value);
  }

  /** A body over the limit (1 MiB) is a 413 problem, and nothing of it is stored. */
  @Test
  void aBodyOverOneMebibyteIsRefusedWith413() throws Exception {
    long before = petersReferrals();
    String reason = "x".repeat(1024 * 1024);
    Reply huge =
        api.post(
            "lina.link",
            "/referrals",
            Map.of("personId", PETER, "serviceId", DEBT_ADVICE, "reason", reason));
    assertEquals(413, huge.status(), () -> huge.status() + " " + huge.contentType());
    assertTrue(huge.contentType().startsWith("application/problem+json"), huge::toString);
    assertEquals("urn:neighbourhood:problem:too-large", huge.problemType());
    assertEquals(before, petersReferrals());
  }
}
