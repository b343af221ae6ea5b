package org.openneighbourhood.deployment.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.BENEFITS_CHECK;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.local.PartnerSystemCatcher;
import org.openneighbourhood.deployment.stack.Accounts;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.BarsRequests;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Tokens;
import org.openneighbourhood.deployment.stack.Wait;

/**
 * BaRS referrals in and out against the running stack (issue 17): Riverside Surgery's own GP
 * system, signed in as its Keycloak client (client credentials), sends the standard's example
 * referral request to {@code /fhir/$process-message}; it becomes a referral in Green Minds' inbox,
 * once however often it is sent, and the acknowledgement is valid UK Core. Each way a message can
 * be wrong is refused with the OperationOutcome of the standard's example for it. When Green Minds
 * accepts, waitlists, declines, starts or completes, the person does not take it up, the practice
 * withdraws it or nobody answers by the deadline, the GP system (a real HTTP server in this JVM) is
 * sent the update, once as it sees it, also after it first failed.
 */
@ExtendWith(RunningStack.class)
@Tag("fhir")
class BarsApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PARTNER = Tokens.PARTNER_SYSTEM;
  private static final String PROCESS_MESSAGE = BarsRequests.PROCESS_MESSAGE;
  private static final String EVENTS = "https://fhir.nhs.uk/CodeSystem/message-events-bars";

  static LocalStack stack;
  static Api api;

  @BeforeAll
  static void start(LocalStack running) {
    stack = running;
    api = new Api(running);
  }

  /** The validator's warnings of the run, for a look (docs/fhir.md, "Validation"). */
  @AfterAll
  static void keepTheWarnings() {
    UkCore.writeWarnings();
  }

  @Test
  void aReferralRequestIsAcknowledgedAndIsAReferralInTheServicesInbox() throws SQLException {
    String messageId = UUID.randomUUID().toString();
    String nhs = Demo.freshNhsNumber();
    Reply answer = send(request(messageId, nhs, WALKING));
    assertEquals(200, answer.status(), answer::toString);
    JsonNode ack = answer.body();
    UkCore.assertValid(ack);
    assertEquals("message", ack.path("type").asText());
    JsonNode header = entry(ack, "MessageHeader");
    assertEquals(EVENTS, header.path("eventCoding").path("system").asText());
    assertEquals("servicerequest-request", header.path("eventCoding").path("code").asText());
    assertEquals(messageId, header.path("response").path("identifier").asText());
    assertEquals("ok", header.path("response").path("code").asText());
    JsonNode request = entry(ack, "ServiceRequest");
    assertEquals("active", request.path("status").asText());
    assertEquals(
        "871731000000106", request.path("code").path("coding").path(0).path("code").asText());
    assertEquals(nhs, entry(ack, "Patient").path("identifier").path(0).path("value").asText());
    String referral = request.path("id").asText();

    JsonNode inbox = api.get("vera.vcfse", "/referrals/inbox?status=SENT&size=100").body();
    JsonNode row = null;
    for (JsonNode r : inbox) {
      if (r.path("id").asText().equals(referral)) {
        row = r;
      }
    }
    assertTrue(row != null, "in Green Minds' inbox: " + inbox);
    assertEquals(
        "Riverside Surgery", row.path("referringOrganisationName").asText(), row::toString);
    assertEquals(nhs, row.path("person").path("nhsNumber").asText(), row::toString);
    assertTrue(row.path("respondBy").isTextual(), "the deadline runs: " + row);
    assertTrue(row.path("reason").asText().length() > 0, row::toString);
    assertEquals(
        1,
        stack.count(
            "select count(*) from audit_event where operation = 'bars.process-message'"
                + " and record_id = ?::uuid and outcome = 'ALLOWED'",
            referral),
        "the referral made is audited");
    assertTrue(
        stack.count(
                "select count(*) from notification where referral_id = ?::uuid"
                    + " and channel = 'EMAIL'",
                referral)
            > 0,
        "the receiver is e-mailed, as for any referral");
  }

  @Test
  void theSameMessageTwiceMakesOneReferralAndGetsTheSameAcknowledgement() throws SQLException {
    String messageId = UUID.randomUUID().toString();
    String nhs = Demo.freshNhsNumber();
    String message = request(messageId, nhs, WALKING);
    Reply first = send(message);
    Reply again = send(message);
    assertEquals(200, first.status(), first::toString);
    assertEquals(200, again.status(), again::toString);
    assertEquals(first.body(), again.body(), "the same acknowledgement");
    assertEquals(
        1,
        stack.count(
            "select count(*) from referral r join person p on p.id = r.person_id"
                + " where p.nhs_number = ?",
            nhs),
        "one referral");

    Reply another = send(request(messageId, Demo.freshNhsNumber(), WALKING));
    assertRefused(another, 409, "409-REC_CONFLICT-duplicate.json");
  }

  /** The acknowledgement is answered as kept in JSON, and in XML when XML is asked for. */
  @Test
  void theAcknowledgementIsInXmlWhenXmlIsAskedFor() {
    String message = request(UUID.randomUUID().toString(), Demo.freshNhsNumber(), WALKING);
    Reply json = send(message);
    Reply xml = api.post(PARTNER, PROCESS_MESSAGE + "?_format=xml", message);
    assertEquals(200, json.status(), json::toString);
    assertEquals(200, xml.status(), xml::toString);
    assertTrue(xml.text().startsWith("<Bundle xmlns=\"http://hl7.org/fhir\">"), xml::toString);
    String acknowledgement = json.body().path("id").asText();
    assertTrue(
        xml.text().contains("<id value=\"" + acknowledgement + "\">"),
        "the same acknowledgement: " + xml.text());
  }

  @Test
  void theSameMessageSentTwiceAtOnceMakesOneReferral() throws Exception {
    String nhs = Demo.freshNhsNumber();
    String message = request(UUID.randomUUID().toString(), nhs, WALKING);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Future<Reply> first = two.submit(() -> send(message));
      Future<Reply> second = two.submit(() -> send(message));
      Reply a = first.get(60, TimeUnit.SECONDS);
      Reply b = second.get(60, TimeUnit.SECONDS);
      assertEquals(200, a.status(), a::toString);
      assertEquals(200, b.status(), b::toString);
      assertEquals(a.body(), b.body(), "the same acknowledgement");
    } finally {
      two.shutdownNow();
    }
    assertEquals(
        1,
        stack.count(
            "select count(*) from referral r join person p on p.id = r.person_id"
                + " where p.nhs_number = ?",
            nhs),
        "one referral");
  }

  @Test
  void eachWrongMessageIsRefusedWithTheStandardsOperationOutcome() {
    String nhs = Demo.freshNhsNumber();
    assertRefused(send("{\"resourceType\": \"Bundle\", "), 400, "bad-request.json");
    assertRefused(
        send("{\"resourceType\": \"Patient\", \"id\": \"x\"}"),
        400,
        "400-REC_BAD_REQUEST-invalid.json");
    assertRefused(
        send(changed(nhs, WALKING, bundle -> ((ArrayNode) bundle.path("entry")).remove(0))),
        400,
        "400-REC_BAD_REQUEST-required.json");
    assertRefused(
        send(
            changed(
                nhs,
                WALKING,
                bundle ->
                    ((ObjectNode) resource(bundle, "MessageHeader").path("eventCoding"))
                        .put("code", "booking-request"))),
        422,
        "422-REC_UNPROCESSABLE_ENTITY-not-supported.json");
    assertRefused(
        send(
            changed(
                nhs,
                WALKING,
                bundle -> ((ObjectNode) resource(bundle, "Patient")).remove("identifier"))),
        400,
        "400-REC_BAD_REQUEST-required.json");
    assertRefused(
        send(request(UUID.randomUUID().toString(), "9990000000", WALKING)),
        400,
        "400-REC_BAD_REQUEST-value.json");
    assertRefused(
        send(request(UUID.randomUUID().toString(), nhs, UUID.randomUUID().toString())),
        422,
        "unprocessable-entity.json");
    assertRefused(
        send(request(UUID.randomUUID().toString(), nhs, BENEFITS_CHECK)),
        422,
        "unprocessable-entity.json");
    Reply tooLarge =
        send(
            changed(
                nhs,
                WALKING,
                bundle ->
                    ((ObjectNode) resource(bundle, "ServiceRequest"))
                        .putArray("note")
                        .addObject()
                        .put("text", "x".repeat(1_100_000))));
    assertEquals(413, tooLarge.status(), tooLarge::toString);
    assertEquals("OperationOutcome", tooLarge.body().path("resourceType").asText());
    UkCore.assertValid(tooLarge.body());
  }

  @Test
  void onlyAPartnerSystemMaySendAMessage() {
    String message = request(UUID.randomUUID().toString(), Demo.freshNhsNumber(), WALKING);
    for (String user : List.of("lina.link", "gary.gp", "vera.vcfse", "paula.platform")) {
      assertRefused(
          api.post(user, PROCESS_MESSAGE, message), 403, "403-REC_FORBIDDEN-forbidden.json");
    }
    Reply anonymous = api.post(null, PROCESS_MESSAGE, message);
    assertEquals(401, anonymous.status(), anonymous::toString);
  }

  @Test
  void theSendingSystemIsToldOnceOfAnAcceptanceAndACompletion() throws SQLException {
    String messageId = UUID.randomUUID().toString();
    String referral = referralFrom(messageId);
    Reply accepted =
        api.atVersionOf("vera.vcfse", referral)
            .post("vera.vcfse", "/referrals/" + referral + "/accept", null);
    assertEquals(200, accepted.status(), accepted::toString);
    Wait.until(() -> partner().about(referral).size() == 1, "the acceptance at the GP system");
    PartnerSystemCatcher.Message update = partner().about(referral).get(0);
    assertUpdate(update, messageId, "active", "871731000000106");
    assertEquals(update.messageId(), entry(update.bundle(), "MessageHeader").path("id").asText());

    Reply completed =
        api.atVersionOf("vera.vcfse", referral)
            .post(
                "vera.vcfse",
                "/referrals/" + referral + "/complete",
                Map.of("outcome", "Walked every week"));
    assertEquals(200, completed.status(), completed::toString);
    Wait.until(() -> partner().about(referral).size() == 2, "the completion at the GP system");
    PartnerSystemCatcher.Message done = partner().about(referral).get(1);
    assertUpdate(done, messageId, "completed", "871731000000106");
    assertNotEquals(update.messageId(), done.messageId(), "each update is a message of its own");
  }

  @Test
  void aDeclineTheSystemFirstFailedToTakeIsSentAgainAndSeenOnce() throws Exception {
    String messageId = UUID.randomUUID().toString();
    String referral = referralFrom(messageId);
    partner().failNext(500, 1);
    int before = partner().requests();
    Reply declined =
        api.atVersionOf("vera.vcfse", referral)
            .post(
                "vera.vcfse",
                "/referrals/" + referral + "/decline",
                Map.of("reason", "NO_CAPACITY"));
    assertEquals(200, declined.status(), declined::toString);
    Wait.until(() -> attempts(referral) == 1, "the first attempt, refused with 500");
    assertEquals("Partner system 500", lastError(referral));
    assertTrue(partner().requests() > before, "it was tried");
    assertEquals(List.of(), partner().about(referral), "not taken yet");
    due(referral);
    Wait.until(() -> partner().about(referral).size() == 1, "the second attempt, taken");
    Thread.sleep(5_000);
    assertEquals(1, partner().about(referral).size(), "taken once");
    assertEquals(2, attempts(referral));
    assertUpdate(partner().about(referral).get(0), messageId, "revoked", "871711000000103");
  }

  @Test
  void theSendingSystemIsToldOfEveryStepTheServiceTakes() throws SQLException {
    String messageId = UUID.randomUUID().toString();
    String referral = referralFrom(messageId);
    step("vera.vcfse", referral, "waitlist", null);
    step("vera.vcfse", referral, "accept", null);
    step("vera.vcfse", referral, "start", null);
    step("vera.vcfse", referral, "did-not-engage", null);
    Wait.until(() -> partner().about(referral).size() == 4, "four updates at the GP system");
    List<PartnerSystemCatcher.Message> updates = partner().about(referral);
    assertUpdate(updates.get(0), messageId, "active", "871731000000106");
    assertNote(updates.get(0), "The referral is on the waiting list.");
    assertUpdate(updates.get(1), messageId, "active", "871731000000106");
    assertNote(updates.get(1), "The referral is accepted.");
    assertUpdate(updates.get(2), messageId, "active", "871731000000106");
    assertNote(updates.get(2), "The referral is in progress.");
    assertUpdate(updates.get(3), messageId, "revoked", "871731000000106");
    assertNote(updates.get(3), "The referral is closed because the person did not take it up.");
    assertEquals(
        4,
        updates.stream().map(PartnerSystemCatcher.Message::messageId).distinct().count(),
        "each step is a message of its own");
  }

  @Test
  void theSendingSystemIsToldWhenItsOwnPracticeWithdrawsTheReferral() {
    String messageId = UUID.randomUUID().toString();
    String referral = referralFrom(messageId);
    step("gary.gp", referral, "withdraw", null);
    Wait.until(() -> partner().about(referral).size() == 1, "the withdrawal at the GP system");
    assertUpdate(partner().about(referral).get(0), messageId, "revoked", "871731000000106");
    assertNote(partner().about(referral).get(0), "The referral is withdrawn.");
  }

  /**
   * The person's own withdrawal (through /me, not the referrer's) is a change of the referral like
   * any other: the system that sent it is told, once, that it is withdrawn.
   */
  @Test
  void theSendingSystemIsToldWhenThePersonWithdrawsTheReferralThemselves() {
    String messageId = UUID.randomUUID().toString();
    String nhs = Demo.freshNhsNumber();
    Reply sent = send(request(messageId, nhs, WALKING));
    assertEquals(200, sent.status(), sent::toString);
    String referral = entry(sent.body(), "ServiceRequest").path("id").asText();
    String username = "bars.person." + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    stack.provision(Accounts.person(username, "Bea", "Bars", nhs));
    JsonNode mine = null;
    for (JsonNode own : api.get(username, "/me/referrals").body()) {
      if (own.path("id").asText().equals(referral)) {
        mine = own;
      }
    }
    assertNotNull(mine, "the referral is among the person's own");
    Reply withdrawn =
        api.with("If-Match", "\"" + mine.path("version").asText() + "\"")
            .post(username, "/me/referrals/" + referral + "/withdraw", Map.of("note", "Better"));
    assertEquals(200, withdrawn.status(), withdrawn::toString);
    Wait.until(() -> partner().about(referral).size() == 1, "the withdrawal at the GP system");
    PartnerSystemCatcher.Message update = partner().about(referral).get(0);
    assertUpdate(update, messageId, "revoked", "871731000000106");
    assertNote(update, "The referral is withdrawn.");
    assertFalse(update.bundle().toString().contains("Better"), "the person's note stays here");
  }

  @Test
  void theSendingSystemIsToldWhenNobodyAnsweredByTheDeadline() throws SQLException {
    String messageId = UUID.randomUUID().toString();
    String referral = referralFrom(messageId);
    try (Connection db = stack.connectToDatabase();
        PreparedStatement update =
            db.prepareStatement(
                "update referral set respond_by = now() - interval '1 minute' where id = ?::uuid")) {
      update.setString(1, referral);
      assertEquals(1, update.executeUpdate());
    }
    Wait.until(() -> partner().about(referral).size() == 1, "the expiry at the GP system");
    assertUpdate(partner().about(referral).get(0), messageId, "revoked", "871731000000106");
    assertNote(partner().about(referral).get(0), "The referral is expired.");
  }

  @Test
  void updatesCarryATokenFromThePartnersOwnTokenEndpointAndWithoutOneAreRefused() throws Exception {
    HttpResponse<String> bare =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(partner().url() + "/$process-message"))
                    .header("Content-Type", "application/fhir+json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"resourceType\":\"Bundle\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(401, bare.statusCode(), "the test partner refuses a message without a token");

    String messageId = UUID.randomUUID().toString();
    String referral = referralFrom(messageId);
    int tokensBefore = partner().tokenRequests();
    step("vera.vcfse", referral, "accept", null);
    Wait.until(() -> partner().about(referral).size() == 1, "the acceptance, with a token");
    step("vera.vcfse", referral, "start", null);
    Wait.until(() -> partner().about(referral).size() == 2, "the start, with a token");
    assertTrue(
        partner().tokenRequests() - tokensBefore <= 1,
        "one token serves several updates: " + (partner().tokenRequests() - tokensBefore));
  }

  @Test
  void aDeliveredUpdateIsDeletedOnceItsRetentionHasPassedAndNothingElseIs() throws Exception {
    String referral = referralFrom(UUID.randomUUID().toString());
    step("vera.vcfse", referral, "accept", null);
    Wait.until(() -> partner().about(referral).size() == 1, "the acceptance, delivered");
    step("vera.vcfse", referral, "start", null);
    Wait.until(() -> partner().about(referral).size() == 2, "the start, delivered");
    long others = notifications(referral, "channel <> 'BARS'");
    try (Connection db = stack.connectToDatabase();
        PreparedStatement age =
            db.prepareStatement(
                "update notification set sent_at = now() - interval '31 days'"
                    + " where referral_id = ?::uuid and sent_at is not null"
                    + " and (channel <> 'BARS' or event_key like '%:accepted')")) {
      age.setString(1, referral);
      age.executeUpdate();
    }
    Wait.until(
        () -> notifications(referral, "channel = 'BARS'") == 1,
        "the acceptance delivered 31 days ago deleted (bars.retention-days 30)");
    Thread.sleep(3_000);
    assertEquals(
        1,
        notifications(referral, "channel = 'BARS' and event_key like '%:in_progress'"),
        "the start, delivered now, is kept");
    assertEquals(
        others, notifications(referral, "channel <> 'BARS'"), "mail is not BaRS's to delete");
  }

  private static long notifications(String referral, String where) {
    try {
      return stack.count(
          "select count(*) from notification where referral_id = ?::uuid and " + where, referral);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- helpers ----

  private static void step(String user, String referral, String action, Object body) {
    Reply answer =
        api.atVersionOf(user, referral).post(user, "/referrals/" + referral + "/" + action, body);
    assertEquals(200, answer.status(), () -> action + ": " + answer);
  }

  private static void assertNote(PartnerSystemCatcher.Message update, String note) {
    JsonNode request = entry(update.bundle(), "ServiceRequest");
    assertEquals(note, request.path("note").path(0).path("text").asText(), request::toString);
  }

  private static PartnerSystemCatcher partner() {
    return stack.partner();
  }

  private static void assertUpdate(
      PartnerSystemCatcher.Message update, String answered, String status, String code) {
    UkCore.assertValid(update.bundle());
    assertTrue(update.contentType().startsWith("application/fhir+json"), update::toString);
    JsonNode header = entry(update.bundle(), "MessageHeader");
    assertEquals("servicerequest-response", header.path("eventCoding").path("code").asText());
    assertEquals(answered, header.path("response").path("identifier").asText());
    JsonNode request = entry(update.bundle(), "ServiceRequest");
    assertEquals(status, request.path("status").asText(), request::toString);
    assertEquals(code, request.path("code").path("coding").path(0).path("code").asText());
    assertEquals(update.requestId(), update.requestId().strip());
  }

  /** A referral Riverside Surgery's system sent to Walking, with the message's id. */
  private static String referralFrom(String messageId) {
    Reply answer = send(request(messageId, Demo.freshNhsNumber(), WALKING));
    assertEquals(200, answer.status(), answer::toString);
    return entry(answer.body(), "ServiceRequest").path("id").asText();
  }

  private static Reply send(String message) {
    return api.post(PARTNER, PROCESS_MESSAGE, message);
  }

  private static String request(String messageId, String nhs, String service) {
    return BarsRequests.request(messageId, nhs, service);
  }

  private static String changed(String nhs, String service, Consumer<ObjectNode> change) {
    return BarsRequests.changed(nhs, service, change);
  }

  private static JsonNode resource(JsonNode bundle, String type) {
    return BarsRequests.resource(bundle, type);
  }

  private static JsonNode entry(JsonNode bundle, String type) {
    return BarsRequests.resource(bundle, type);
  }

  /** The refusal has the status, and the issue code and BaRS error code of the example. */
  private static void assertRefused(Reply reply, int status, String example) {
    assertEquals(status, reply.status(), reply::toString);
    JsonNode outcome = reply.body();
    assertEquals("OperationOutcome", outcome.path("resourceType").asText(), reply::toString);
    UkCore.assertValid(outcome);
    JsonNode expected;
    try (InputStream in = BarsApiIT.class.getResourceAsStream("/bars/" + example)) {
      expected = JSON.readTree(in).path("issue").path(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode issue = outcome.path("issue").path(0);
    assertEquals(expected.path("code").asText(), issue.path("code").asText(), reply::toString);
    assertEquals(
        expected.path("details").path("coding").path(0),
        issue.path("details").path("coding").path(0),
        reply::toString);
    assertTrue(issue.path("diagnostics").asText().length() > 10, reply::toString);
  }

  private static int attempts(String referral) {
    try {
      return (int)
          stack.count(
              "select coalesce(sum(attempts), 0) from notification where channel = 'BARS'"
                  + " and referral_id = ?::uuid and event_key like '%:declined'",
              referral);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String lastError(String referral) throws SQLException {
    try (Connection db = stack.connectToDatabase();
        PreparedStatement select =
            db.prepareStatement(
                "select last_error from notification where channel = 'BARS'"
                    + " and referral_id = ?::uuid and event_key like '%:declined'")) {
      select.setString(1, referral);
      try (var rows = select.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  /** Brings the next attempt forward to now: the backoff is minutes, the test seconds. */
  private static void due(String referral) throws SQLException {
    try (Connection db = stack.connectToDatabase();
        PreparedStatement update =
            db.prepareStatement(
                "update notification set next_attempt = now() where channel = 'BARS'"
                    + " and referral_id = ?::uuid")) {
      update.setString(1, referral);
      update.executeUpdate();
    }
  }
}
