package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Api.PROBLEM;
import static org.openneighbourhood.deployment.stack.Demo.ALLOTMENT;
import static org.openneighbourhood.deployment.stack.Demo.DEBT_ADVICE;
import static org.openneighbourhood.deployment.stack.Demo.PAT;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;
import static org.openneighbourhood.deployment.stack.Demo.WELLBEING_COACH;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.local.MailCatcher.Mail;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.People;
import org.openneighbourhood.deployment.stack.Referrals;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.SecondLane;
import org.openneighbourhood.deployment.stack.Wait;

/**
 * The referral lifecycle through the API against the running stack: every kind of change, drafts
 * and self-referrals, capacity, deadlines with a clock moved ahead (not by waiting), the e-mails
 * that follow, and safety under retries and races. Its tests run in any order: each makes the
 * referrals it needs, and what sends a thousand withdraws them after, so that no test is left with
 * another's referrals waiting for an answer when the clock moves. The class runs after the other
 * API and browser classes of its stack (it leaves 1,100 referrals behind), before the canary check.
 */
@ExtendWith(RunningStack.WithMovableClock.class)
@Order(Integer.MAX_VALUE - 1)
@Tag("referrals")
@SecondLane
class ReferralLifecycleApiIT {

  private static final String GREEN_MINDS_MAIL = "referrals@green-minds.example";
  private static final String LINA_MAIL = "lina.link@northgate-pcn.example";
  private static final String PAT_MAIL = "pat.person@people.example";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  static LocalStack stack;
  static Api api;

  /** A person of this class, in Northgate PCN's care team. */
  static String person;

  static String personName;

  @BeforeAll
  static void start(LocalStack running) {
    stack = running;
    api = new Api(running);
    personName = "Lifecycle" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    person = People.register(api, personName, "Tester", "1966-06-06");
  }

  @Test
  void declineNeedsACodedReasonAndANoteForOtherAndTheReferrerIsOfferedAlternatives() {
    String id = send(person, WALKING);
    Reply noNote = change("vera.vcfse", id, "decline", Map.of("reason", "OTHER"));
    assertEquals(400, noNote.status(), noNote::toString);
    assertTrue(noNote.hasFieldError("note"), noNote::toString);
    assertEquals("SEEN", status(id), "refused, and nothing changed");

    Reply declined =
        change("vera.vcfse", id, "decline", Map.of("reason", "OTHER", "note", "Moved away"));
    assertEquals(200, declined.status(), declined::toString);
    assertEquals("DECLINED", declined.body().path("status").asText());

    JsonNode forReferrer = api.get("lina.link", "/referrals/" + id).body();
    assertEquals("OTHER", forReferrer.path("declineReason").asText());
    assertEquals("Moved away", forReferrer.path("declineNote").asText());
    assertEquals(List.of("SENT", "SEEN", "DECLINED"), statuses(forReferrer), "the whole timeline");
    assertEquals("Vera Volunteer", forReferrer.path("timeline").get(2).path("by").asText());
    assertTrue(
        names(forReferrer.path("alternatives")).contains("Community allotment"),
        "a service in the same category that takes referrals: " + forReferrer);
    assertEquals(List.of("ENTERED_IN_ERROR"), texts(forReferrer.path("nextStatuses")));
  }

  /**
   * Issue 15: one deadline, read two ways. {@code respondBy} is the midnight in London that ends
   * the time to answer; {@code answerBy} is the working day it ends, and the e-mail names that day.
   */
  @Test
  void theDeadlineIsAnInstantForMachinesAndItsLastWorkingDayForPeople() throws Exception {
    String id = send(person, WALKING);
    JsonNode referral = api.get("lina.link", "/referrals/" + id).body();
    Instant respondBy = Instant.parse(referral.path("respondBy").asText());
    LocalDate answerBy = LocalDate.parse(referral.path("answerBy").asText());
    ZonedDateTime end = respondBy.atZone(LONDON);
    assertEquals(LocalTime.MIDNIGHT, end.toLocalTime(), "the deadline is a midnight in London");
    assertEquals(end.toLocalDate().minusDays(1), answerBy, "the day that midnight ends");
    assertFalse(
        answerBy.getDayOfWeek() == DayOfWeek.SATURDAY
            || answerBy.getDayOfWeek() == DayOfWeek.SUNDAY,
        "a working day: " + answerBy);
    assertFalse(referral.path("overdue").asBoolean(), referral::toString);
    Wait.until(
        () ->
            mailsFor(GREEN_MINDS_MAIL, id).stream()
                .anyMatch(m -> m.body().contains("Please answer it by " + DAY.format(answerBy))),
        "the new referral e-mail names " + DAY.format(answerBy));

    JsonNode document = openApiDocument();
    JsonNode view = schemaWith(document.path("components").path("schemas"), "answerBy");
    assertTrue(
        view.path("properties").path("answerBy").path("description").asText().contains("last"),
        view::toString);
    assertTrue(
        view.path("properties").path("respondBy").path("description").asText().contains("strictly"),
        view::toString);
  }

  private static JsonNode openApiDocument() throws Exception {
    String root = stack.apiUrl().substring(0, stack.apiUrl().length() - "/api".length());
    java.net.http.HttpResponse<String> answer =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(root + "/openapi?format=JSON"))
                    .header("Accept", "application/json")
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer::body);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
  }

  /** The schema among {@code schemas} that has a property {@code name}. */
  private static JsonNode schemaWith(JsonNode schemas, String name) {
    for (Iterator<JsonNode> each = schemas.elements(); each.hasNext(); ) {
      JsonNode schema = each.next();
      if (schema.path("properties").has(name)) {
        return schema;
      }
    }
    throw new AssertionError("no schema has " + name + ": " + schemas.fieldNames());
  }

  @Test
  void waitlistThenAcceptThenWorkToCompletion() {
    String id = send(person, WALKING);
    assertEquals(
        "WAITLISTED", ok(change("vera.vcfse", id, "waitlist", Map.of())).path("status").asText());
    assertEquals(
        "ACCEPTED", ok(change("vera.vcfse", id, "accept", Map.of())).path("status").asText());
    assertTrue(inCareTeam(person, "Green Minds Wellbeing"), "accepting joins the care team");
    assertEquals(
        "IN_PROGRESS", ok(change("vera.vcfse", id, "start", Map.of())).path("status").asText());

    Reply noOutcome = change("vera.vcfse", id, "complete", Map.of());
    assertEquals(400, noOutcome.status());
    assertTrue(noOutcome.hasFieldError("outcome"), noOutcome::toString);
    JsonNode done =
        ok(change("vera.vcfse", id, "complete", Map.of("outcome", "Walks weekly with the group")));
    assertEquals("COMPLETED", done.path("status").asText());
    assertEquals("Walks weekly with the group", done.path("outcome").asText());
    assertEquals(
        List.of("SENT", "SEEN", "WAITLISTED", "ACCEPTED", "IN_PROGRESS", "COMPLETED"),
        statuses(done));

    Reply again = change("vera.vcfse", id, "accept", Map.of());
    assertEquals(409, again.status());
    assertEquals(PROBLEM + "invalid-transition", again.problemType());
    assertTrue(again.body().path("detail").asText().contains("it is closed"), again::toString);
  }

  @Test
  void socialCareRefersSomeoneItSupportsToAGpPractice() {
    Reply registered =
        api.post(
            "sam.social",
            "/people",
            Map.of(
                "nhsNumber", Demo.freshNhsNumber(),
                "givenName", "Sector",
                "familyName", "Crossing",
                "dateOfBirth", "1950-02-02",
                "consentToRecord", true));
    assertEquals(201, registered.status(), registered::toString);
    Reply sent =
        api.post(
            "sam.social",
            "/referrals",
            Map.of(
                "personId",
                registered.body().path("id").asText(),
                "serviceId",
                WELLBEING_COACH,
                "reason",
                "Low mood since a fall; would like support to get moving again",
                "urgency",
                "ROUTINE",
                "consentToShare",
                true));
    assertEquals(201, sent.status(), sent::toString);
    String id = sent.body().path("id").asText();
    JsonNode atThePractice = api.get("gary.gp", "/referrals/" + id).body();
    assertEquals("SEEN", atThePractice.path("status").asText());
    assertEquals(
        "Northgate Council Adult Social Care",
        atThePractice.path("referringOrganisationName").asText());
    assertEquals("ACCEPTED", ok(change("gary.gp", id, "accept", Map.of())).path("status").asText());
  }

  @Test
  void theReceiverCannotWithdrawAndTheReferrerCannotAccept() {
    String id = send(person, WALKING);
    // VCFSE staff may withdraw and decide, but not this referral (the table's receiver and none
    // columns): answered as no such referral. Link workers never decide: refused as such.
    assertEquals(404, change("vera.vcfse", id, "withdraw", Map.of()).status());
    assertEquals(403, change("lina.link", id, "accept", Map.of()).status());
    assertEquals(404, change("mo.money", id, "accept", Map.of()).status());
    Reply error = change("lina.link", id, "entered-in-error", Map.of());
    assertEquals(400, error.status(), "entered in error needs a note");
    JsonNode wrong =
        ok(change("lina.link", id, "entered-in-error", Map.of("note", "Wrong person chosen")));
    assertEquals("ENTERED_IN_ERROR", wrong.path("status").asText());
    assertEquals(List.of(), texts(wrong.path("nextStatuses")));
  }

  @Test
  void aPersonWithdrawsTheirReferralAndTheReceiverIsTold() {
    String id = send(PAT, WALKING);
    int toldBefore = mailsAbout(GREEN_MINDS_MAIL, "withdrawn").size();
    JsonNode mine = findIn(api.get("pat.person", "/me/referrals").body(), id);
    assertTrue(texts(mine.path("nextStatuses")).contains("WITHDRAWN"), mine::toString);
    Reply withdrawn =
        api.with("If-Match", "\"" + mine.path("version").asText() + "\"")
            .post(
                "pat.person",
                "/me/referrals/" + id + "/withdraw",
                Map.of("note", "Feeling better"));
    assertEquals(200, withdrawn.status(), withdrawn::toString);
    assertEquals("WITHDRAWN", withdrawn.body().path("status").asText());
    JsonNode last = lastEntry(api.get("lina.link", "/referrals/" + id).body());
    assertEquals("PERSON", last.path("actor").asText());
    assertTrue(last.path("organisationName").isNull(), last::toString);
    Wait.until(
        () -> mailsAbout(GREEN_MINDS_MAIL, "withdrawn").size() > toldBefore, "receiver told");
    Reply someoneElses =
        api.with("If-Match", "\"1\"")
            .post("peter.person", "/me/referrals/" + id + "/withdraw", Map.of());
    assertEquals(404, someoneElses.status(), "not Peter's to withdraw");
  }

  @Test
  void aDraftIsTheReferrersAloneUntilItIsSentWithConsent() {
    Reply draft =
        api.post(
            "lina.link",
            "/referrals",
            Map.of(
                "personId",
                person,
                "serviceId",
                WALKING,
                "reason",
                "Draft reason",
                "urgency",
                "ROUTINE",
                "draft",
                true));
    assertEquals(201, draft.status(), draft::toString);
    String id = draft.body().path("id").asText();
    assertEquals("DRAFT", draft.body().path("status").asText());
    assertEquals(404, api.get("vera.vcfse", "/referrals/" + id).status(), "not sent yet");

    Reply edited =
        api.with("If-Match", draft.header("ETag"))
            .put(
                "lina.link",
                "/referrals/" + id,
                Map.of("reason", "Company on walks", "urgency", "URGENT"));
    assertEquals(200, edited.status(), edited::toString);
    Reply noConsent =
        api.with("If-Match", edited.header("ETag"))
            .post("lina.link", "/referrals/" + id + "/send", Map.of("consentToShare", false));
    assertEquals(400, noConsent.status());
    assertTrue(noConsent.hasFieldError("consentToShare"), noConsent::toString);
    Reply sent =
        api.with("If-Match", edited.header("ETag"))
            .post("lina.link", "/referrals/" + id + "/send", Map.of("consentToShare", true));
    assertEquals(200, sent.status(), sent::toString);
    assertEquals("SENT", sent.body().path("status").asText());
    assertEquals("Company on walks", sent.body().path("reason").asText());
    assertEquals(List.of("DRAFT", "SENT"), statuses(sent.body()));
    assertEquals(200, api.get("vera.vcfse", "/referrals/" + id).status());
  }

  @Test
  void aPersonRefersThemselvesOnlyWhereTheServiceTakesSelfReferrals() {
    Reply walking =
        api.post(
            "pat.person",
            "/me/referrals",
            Map.of("serviceId", WALKING, "reason", "I would like to walk with others"));
    assertEquals(201, walking.status(), walking::toString);
    assertTrue(walking.body().path("selfReferral").asBoolean());
    assertTrue(walking.body().path("referringOrganisationId").isNull());
    String id = walking.body().path("id").asText();
    JsonNode received = api.get("vera.vcfse", "/referrals/" + id).body();
    assertEquals("SEEN", received.path("status").asText());
    assertEquals("I would like to walk with others", received.path("reason").asText());

    Reply debt =
        api.post(
            "pat.person", "/me/referrals", Map.of("serviceId", DEBT_ADVICE, "reason", "Debts"));
    assertEquals(409, debt.status());
    assertEquals(PROBLEM + "service-not-accepting", debt.problemType());
    assertEquals(
        403,
        api.post("lina.link", "/me/referrals", Map.of("serviceId", WALKING, "reason", "x"))
            .status());
  }

  @Test
  void capacityIsDeclaredByTheServicesOwnOrganisationAndAPauseRefusesReferrals() {
    String reopens = java.time.LocalDate.now().plusDays(30).toString();
    Reply notTheirs =
        api.put("mo.money", "/services/" + ALLOTMENT + "/capacity", Map.of("capacity", "PAUSED"));
    assertEquals(403, notTheirs.status());
    try {
      Reply paused =
          api.put(
              "vera.vcfse",
              "/services/" + ALLOTMENT + "/capacity",
              Map.of("capacity", "PAUSED", "reopensOn", reopens));
      assertEquals(200, paused.status(), paused::toString);
      assertEquals(reopens, paused.body().path("reopensOn").asText());
      Reply refused = trySend(person, ALLOTMENT);
      assertEquals(409, refused.status());
      assertEquals(PROBLEM + "service-not-accepting", refused.problemType());
      String detail = refused.body().path("detail").asText();
      assertTrue(detail.contains("paused new referrals until"), detail);

      Reply badDate =
          api.put(
              "vera.vcfse",
              "/services/" + ALLOTMENT + "/capacity",
              Map.of("capacity", "ACCEPTING", "reopensOn", reopens));
      assertEquals(400, badDate.status());
      assertTrue(badDate.hasFieldError("reopensOn"), badDate::toString);
    } finally {
      assertEquals(
          200,
          api.put(
                  "vera.vcfse",
                  "/services/" + ALLOTMENT + "/capacity",
                  Map.of("capacity", "WAITLIST"))
              .status());
    }
  }

  @Test
  void reachingTheMostOpenReferralsMovesTheServiceToItsWaitingList() {
    send(person, WALKING);
    try {
      JsonNode roomy =
          ok(
              api.put(
                  "vera.vcfse",
                  "/services/" + WALKING + "/capacity",
                  Map.of("capacity", "ACCEPTING", "maxOpenReferrals", 1_000_000)));
      assertEquals("ACCEPTING", roomy.path("capacity").asText());
      assertEquals(1_000_000, roomy.path("maxOpenReferrals").asInt());
      JsonNode full =
          ok(
              api.put(
                  "vera.vcfse",
                  "/services/" + WALKING + "/capacity",
                  Map.of("capacity", "ACCEPTING", "maxOpenReferrals", 1)));
      assertEquals("WAITLIST", full.path("capacity").asText(), "already holds one open referral");
      assertEquals(201, trySend(person, WALKING).status(), "a waiting list still takes referrals");
    } finally {
      ok(
          api.put(
              "vera.vcfse", "/services/" + WALKING + "/capacity", Map.of("capacity", "ACCEPTING")));
    }
  }

  @Test
  void emailsTellOfNewReferralsAndDecisionsWithALinkAndNoPersonalDetails() {
    Reply chosen =
        api.put("pat.person", "/me/contact", Map.of("email", PAT_MAIL, "emailUpdates", true));
    assertEquals(200, chosen.status(), chosen::toString);
    String id = send(PAT, WALKING);
    Wait.until(
        () -> !mailsFor(GREEN_MINDS_MAIL, id).isEmpty(), "new referral e-mail to Green Minds");
    change("vera.vcfse", id, "accept", Map.of());
    Wait.until(
        () -> mailsFor(LINA_MAIL, id).stream().anyMatch(m -> m.subject().contains("accepted")),
        "decision e-mail to the referrer");
    Wait.until(() -> !mailsFor(PAT_MAIL, null).isEmpty(), "Pat chose e-mail updates");
    List<Mail> all = new ArrayList<>(mailsFor(GREEN_MINDS_MAIL, id));
    all.addAll(mailsFor(LINA_MAIL, id));
    all.addAll(mailsFor(PAT_MAIL, null));
    for (Mail mail : all) {
      String text = mail.subject() + "\n" + mail.body();
      assertFalse(text.contains("Pat"), text);
      assertFalse(text.contains("9990000018"), text);
      assertFalse(text.contains("Lonely"), text);
      assertTrue(mail.links().stream().anyMatch(link -> link.startsWith(stack.portalUrl())), text);
    }
  }

  /**
   * With two instances of the application running their scheduled work against one database, each
   * referral is reminded once, expires once and each e-mail goes once.
   */
  @Test
  void remindersAndExpiryHappenExactlyOnceWithTwoInstancesRunning() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ids.add(send(person, WALKING));
    }
    Instant respondBy =
        Instant.parse(
            api.get("lina.link", "/referrals/" + ids.get(0)).body().path("respondBy").asText());
    try (LocalStack.Instance second = stack.startAnotherInstance()) {
      stack.setClockAhead(Duration.between(Instant.now(), respondBy.minus(Duration.ofHours(1))));
      for (String id : ids) {
        Wait.until(() -> reminders(id) > 0, "the reminder for " + id);
        String day =
            DAY.format(
                LocalDate.parse(
                    api.get("lina.link", "/referrals/" + id).body().path("answerBy").asText()));
        assertTrue(
            mailsFor(GREEN_MINDS_MAIL, id).stream()
                .anyMatch(m -> m.subject().equals("A referral needs an answer by " + day)),
            "the reminder names " + day);
        Reply before = api.get("lina.link", "/referrals/" + id);
        assertTrue(
            before.body().path("status").asText().matches("SENT|SEEN"),
            () -> "not expired before the deadline " + respondBy + ": " + before);
        assertFalse(before.body().path("overdue").asBoolean(), before::toString);
      }
      stack.setClockAhead(Duration.between(Instant.now(), respondBy.plus(Duration.ofMinutes(1))));
      for (String id : ids) {
        Wait.until(() -> status(id).equals("EXPIRED"), id + " expired after the deadline");
        Wait.until(
            () -> mailsFor(LINA_MAIL, id).stream().anyMatch(m -> m.subject().contains("expired")),
            "the referrer is told of " + id);
      }
      pause(Duration.ofSeconds(6)); // both instances' scheduled work has run again since
      for (String id : ids) {
        JsonNode expired = api.get("lina.link", "/referrals/" + id).body();
        assertEquals(1, statuses(expired).stream().filter("EXPIRED"::equals).count(), id);
        assertEquals("SYSTEM", lastEntry(expired).path("actor").asText());
        assertEquals(1, reminders(id), "reminded exactly once: " + id);
        assertEquals(
            1,
            mailsFor(LINA_MAIL, id).stream().filter(m -> m.subject().contains("expired")).count(),
            "told exactly once: " + id);
      }
      JsonNode one = api.get("lina.link", "/referrals/" + ids.get(0)).body();
      assertTrue(names(one.path("alternatives")).contains("Community allotment"), one::toString);
      assertEquals(401, statusOf(second.apiUrl() + "/services"), "the second instance serves too");
    } finally {
      stack.setClockAhead(Duration.ZERO);
    }
  }

  private static int statusOf(String url) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
              java.net.http.HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static long reminders(String id) {
    return mailsFor(GREEN_MINDS_MAIL, id).stream()
        .filter(m -> m.subject().contains("needs an answer"))
        .count();
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void listsFilterByStatusPageAndPutTheSoonestDeadlineFirst() {
    String newest = send(person, WALKING);
    Reply page = api.get("vera.vcfse", "/referrals/inbox?status=SENT&status=SEEN&size=2&page=1");
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().size() <= 2);
    assertTrue(Integer.parseInt(page.header("X-Total-Count")) >= 1);
    for (JsonNode row : page.body()) {
      assertTrue(row.path("status").asText().matches("SENT|SEEN"), row::toString);
    }
    List<String> deadlines = new ArrayList<>();
    for (JsonNode row :
        api.get("vera.vcfse", "/referrals/inbox?status=SENT&status=SEEN&size=100").body()) {
      deadlines.add(row.path("respondBy").asText());
    }
    List<String> sorted = new ArrayList<>(deadlines);
    sorted.sort(null);
    assertEquals(sorted, deadlines, "soonest deadline first");
    assertTrue(
        api.get("lina.link", "/referrals/sent?status=SENT&size=100")
            .body()
            .toString()
            .contains(newest));
    Reply bad = api.get("vera.vcfse", "/referrals/inbox?status=LOST&size=1000");
    assertEquals(400, bad.status());
    assertTrue(bad.hasFieldError("status") && bad.hasFieldError("size"), bad::toString);
  }

  /**
   * A list's pages link on by the position of the row next to them (never OFFSET): walking next and
   * back finds the same rows without repeating one, and a position the API did not write is a field
   * error.
   */
  @Test
  void listPagesLinkOnByPositionAndBack() {
    for (int i = 0; i < 5; i++) {
      send(person, WALKING);
    }
    Reply first = api.get("vera.vcfse", "/referrals/inbox?size=2");
    assertNull(first.link("prev"), "the first page has no page before it");
    String next = first.link("next");
    assertTrue(next.contains("page=2") && next.contains("after="), next);
    Reply second = api.get("vera.vcfse", next);
    assertEquals(200, second.status(), second::toString);
    assertTrue(second.link("prev").contains("page=1"), second.link("prev"));
    assertFalse(second.link("prev").contains("before="), "back to page 1 is the list's start");
    Reply third = api.get("vera.vcfse", second.link("next"));
    List<String> seen = new ArrayList<>(ids(first));
    seen.addAll(ids(second));
    seen.addAll(ids(third));
    assertEquals(seen.size(), Set.copyOf(seen).size(), "no row twice: " + seen);
    String back = third.link("prev");
    assertTrue(back.contains("page=2") && back.contains("before="), back);
    assertEquals(ids(second), ids(api.get("vera.vcfse", back)), "back to the same rows");
    Reply bad = api.get("vera.vcfse", "/referrals/inbox?after=bm90LWEtcG9zaXRpb24");
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.contentType().startsWith("application/problem+json"), bad::toString);
    assertTrue(bad.hasFieldError("after"), bad::toString);
  }

  private static List<String> ids(Reply page) {
    List<String> ids = new ArrayList<>();
    page.body().forEach(row -> ids.add(row.path("id").asText()));
    return ids;
  }

  @Test
  void ofTwoSimultaneousAcceptsExactlyOneWinsInEachOf100Trials() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int trial = 0; trial < 100; trial++) {
        String id = send(person, ALLOTMENT);
        Api atVersion = api.atVersionOf("vera.vcfse", id);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Integer> accept =
            () -> {
              go.await();
              return atVersion.post("vera.vcfse", "/referrals/" + id + "/accept", null).status();
            };
        Future<Integer> first = pool.submit(accept);
        Future<Integer> second = pool.submit(accept);
        go.countDown();
        List<Integer> answers = List.of(first.get(), second.get());
        assertEquals(
            1, answers.stream().filter(s -> s == 200).count(), "trial " + trial + " " + answers);
        assertTrue(
            answers.stream().allMatch(s -> s == 200 || s == 409 || s == 412), answers::toString);
        JsonNode after = api.get("lina.link", "/referrals/" + id).body();
        assertEquals(1, statuses(after).stream().filter("ACCEPTED"::equals).count());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void thousandSubmissionsEachRetriedUpToThreeTimesMakeExactlyOneReferralEach() throws Exception {
    // Lists count up to 1,000 only, so the rows are counted in the database, by this run's words.
    String run = UUID.randomUUID().toString();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    Map<String, Set<String>> idsByKey = new ConcurrentHashMap<>();
    List<Future<?>> work = new ArrayList<>();
    try {
      for (int i = 0; i < 1000; i++) {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", person);
        body.put("serviceId", ALLOTMENT);
        body.put("reason", "Retry test " + run + " " + i);
        body.put("urgency", "ROUTINE");
        body.put("consentToShare", true);
        int attempts = 1 + ThreadLocalRandom.current().nextInt(4);
        for (int attempt = 0; attempt < attempts; attempt++) {
          work.add(
              pool.submit(
                  () -> {
                    Reply reply =
                        api.with("Idempotency-Key", key).post("lina.link", "/referrals", body);
                    assertTrue(reply.status() == 201 || reply.status() == 200, reply::toString);
                    idsByKey
                        .computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
                        .add(reply.body().path("id").asText());
                    return null;
                  }));
        }
      }
      for (Future<?> done : work) {
        done.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1000, idsByKey.size(), "every submission answered: none lost");
    Set<String> distinct = new HashSet<>();
    idsByKey.forEach(
        (key, ids) -> {
          assertEquals(1, ids.size(), "every retry of " + key + " got the same referral");
          distinct.addAll(ids);
        });
    assertEquals(1000, distinct.size());
    assertEquals(
        1000,
        stack.count(
            "select count(*) from referral where reason like ?", "Retry test " + run + " %"),
        "exactly 1000 stored: no duplicates");
    Reply sent = api.get("lina.link", "/referrals/sent?size=1");
    assertEquals("1000", sent.header("X-Total-Count"), "counted no further than 1,000");
    assertEquals("true", sent.header("X-Total-Count-Capped"), "and said so");
    withdrawAll(distinct);
  }

  /** Withdraws the referrals as their referrer, so that none is left waiting for an answer. */
  private static void withdrawAll(Set<String> ids) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (String id : ids) {
        answers.add(
            pool.submit(
                () -> change("lina.link", id, "withdraw", Map.of("note", "Test over")).status()));
      }
      for (Future<Integer> answer : answers) {
        assertEquals(200, answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // --- helpers

  private static final String REASON = "Lonely since moving; would like company";

  private static String send(String personId, String service) {
    return Referrals.send(api, personId, service, REASON);
  }

  private static Reply trySend(String personId, String service) {
    return Referrals.trySend(api, Referrals.referral(personId, service, REASON));
  }

  /** A change as a client makes it: read the referral, then change that version. */
  private static Reply change(String user, String id, String action, Map<String, ?> body) {
    String reader =
        Set.of("lina.link", "vera.vcfse", "gary.gp").contains(user) ? user : "lina.link";
    return api.atVersionOf(reader, id).post(user, "/referrals/" + id + "/" + action, body);
  }

  private static JsonNode ok(Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    return reply.body();
  }

  private static String status(String id) {
    return api.get("lina.link", "/referrals/" + id).body().path("status").asText();
  }

  private static List<String> statuses(JsonNode referral) {
    List<String> statuses = new ArrayList<>();
    referral.path("timeline").forEach(entry -> statuses.add(entry.path("status").asText()));
    return statuses;
  }

  private static JsonNode lastEntry(JsonNode referral) {
    JsonNode timeline = referral.path("timeline");
    return timeline.get(timeline.size() - 1);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static List<String> names(JsonNode alternatives) {
    List<String> names = new ArrayList<>();
    alternatives.forEach(node -> names.add(node.path("serviceName").asText()));
    return names;
  }

  private static JsonNode findIn(JsonNode list, String id) {
    for (JsonNode row : list) {
      if (row.path("id").asText().equals(id)) {
        return row;
      }
    }
    throw new AssertionError(id + " not in " + list);
  }

  private static boolean inCareTeam(String personId, String organisationName) {
    for (JsonNode member : api.get("lina.link", "/people/" + personId + "/care-team").body()) {
      if (member.path("organisationName").asText().equals(organisationName)
          && member.path("current").asBoolean()) {
        return true;
      }
    }
    return false;
  }

  private static List<Mail> mailsFor(String address, String referralId) {
    return stack.mail().receivedBy(address).stream()
        .filter(mail -> referralId == null || mail.body().contains(referralId))
        .toList();
  }

  private static List<Mail> mailsAbout(String address, String word) {
    return stack.mail().receivedBy(address).stream()
        .filter(mail -> mail.subject().contains(word))
        .toList();
  }
}
