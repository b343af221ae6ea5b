package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.People;
import org.openneighbourhood.deployment.stack.Referrals;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.SecondLane;
import org.openneighbourhood.deployment.stack.Wait;

/**
 * For how long the person agreed to share (issue 15): a dated agreement ends the receiving
 * organisation's access the moment its day ends in London (the stack's clock moved past it, then
 * put back); one that ends with its referral ends the moment the referral is completed, declined or
 * withdrawn; and the choice is checked.
 */
@ExtendWith(RunningStack.WithMovableClock.class)
@Tag("consent")
@SecondLane
class ConsentTermApiIT {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  static LocalStack stack;
  static Api api;

  @BeforeAll
  static void start(LocalStack running) {
    stack = running;
    api = new Api(running);
  }

  @Test
  void aDatedAgreementEndsTheOrganisationsAccessTheMomentItsDayEnds() {
    String person = register();
    LocalDate lastDay = today().plusDays(20);
    String id = send(person, Map.of("until", lastDay.toString()));
    JsonNode before = api.get("vera.vcfse", "/referrals/" + id).body();
    assertTrue(before.path("consentActive").asBoolean(), before::toString);
    assertEquals(lastDay.toString(), before.path("consentUntil").asText());
    assertFalse(before.path("consentUntilReferralEnds").asBoolean());
    assertTrue(before.path("reason").isTextual(), "the receiver sees why");
    Instant end = lastDay.plusDays(1).atStartOfDay(LONDON).toInstant();
    try {
      stack.setClockAhead(Duration.between(Instant.now(), end.minus(Duration.ofMinutes(10))));
      pause(); // the API reads the moved clock within 100 ms
      JsonNode lastMinutes = api.get("vera.vcfse", "/referrals/" + id).body();
      assertTrue(lastMinutes.path("consentActive").asBoolean(), lastMinutes::toString);
      assertTrue(lastMinutes.path("reason").isTextual(), "still shared in the last minutes");
      stack.setClockAhead(Duration.between(Instant.now(), end.plus(Duration.ofMinutes(1))));
      Wait.until(
          () -> !api.get("vera.vcfse", "/referrals/" + id).body().path("consentActive").asBoolean(),
          "no longer shared once " + lastDay + " has ended in London");
      JsonNode after = api.get("vera.vcfse", "/referrals/" + id).body();
      assertTrue(
          after.path("reason").isNull() || after.path("reason").isMissingNode(), after::toString);
      assertEquals(404, api.get("vera.vcfse", "/people/" + person).status());
    } finally {
      stack.setClockAhead(Duration.ZERO);
    }
    pause();
    assertTrue(
        api.get("vera.vcfse", "/referrals/" + id).body().path("consentActive").asBoolean(),
        "the clock put back, the agreement is in force again");
  }

  @Test
  void anAgreementUntilTheReferralEndsEndsWhenItIsCompleted() {
    String person = register();
    String id = send(person, Map.of("untilReferralEnds", true));
    assertTrue(
        api.get("vera.vcfse", "/referrals/" + id)
            .body()
            .path("consentUntilReferralEnds")
            .asBoolean());
    assertEquals(200, change("vera.vcfse", id, "accept", Map.of()).status());
    assertEquals(200, api.get("vera.vcfse", "/people/" + person).status(), "in the care team");
    Reply completed = change("vera.vcfse", id, "complete", Map.of("outcome", "Walks every week"));
    assertEquals(200, completed.status(), completed::toString);
    assertFalse(completed.body().path("consentActive").asBoolean(), completed::toString);
    assertEquals(404, api.get("vera.vcfse", "/people/" + person).status(), "access ended at once");
    assertFalse(api.get("vera.vcfse", "/referrals/" + id).body().path("reason").isTextual());
  }

  @Test
  void anAgreementUntilTheReferralEndsEndsWhenItIsDeclined() {
    String id = send(register(), Map.of("untilReferralEnds", true));
    Reply declined =
        change("vera.vcfse", id, "decline", Map.of("reason", "OTHER", "note", "Moved away"));
    assertEquals(200, declined.status(), declined::toString);
    assertFalse(api.get("vera.vcfse", "/referrals/" + id).body().path("consentActive").asBoolean());
  }

  @Test
  void anAgreementUntilTheReferralEndsEndsWhenItIsWithdrawn() {
    String id = send(register(), Map.of("untilReferralEnds", true));
    Reply withdrawn = change("lina.link", id, "withdraw", Map.of("note", "No longer wanted"));
    assertEquals(200, withdrawn.status(), withdrawn::toString);
    JsonNode seen = api.get("vera.vcfse", "/referrals/" + id).body();
    assertFalse(seen.path("consentActive").asBoolean(), seen::toString);
    assertFalse(seen.path("reason").isTextual(), seen::toString);
  }

  @Test
  void aDatedAgreementOutlivesItsReferral() {
    String person = register();
    String id = send(person, Map.of("until", today().plusDays(30).toString()));
    change("vera.vcfse", id, "decline", Map.of("reason", "OTHER", "note", "Moved away"));
    assertTrue(api.get("vera.vcfse", "/referrals/" + id).body().path("consentActive").asBoolean());
  }

  @Test
  void theDateMustBeTodayOrLaterAndWithinThreeYears() {
    String person = register();
    Reply past = trySend(person, Map.of("until", today().minusDays(1).toString()));
    assertEquals(400, past.status(), past::toString);
    assertTrue(past.hasFieldError("until"), past::toString);
    Reply far = trySend(person, Map.of("until", today().plusYears(3).plusDays(1).toString()));
    assertEquals(400, far.status(), far::toString);
    assertTrue(far.hasFieldError("until"), far::toString);
    Reply both =
        trySend(person, Map.of("until", today().plusDays(3).toString(), "untilReferralEnds", true));
    assertEquals(400, both.status(), both::toString);
    assertTrue(both.hasFieldError("untilReferralEnds"), both::toString);
    assertEquals(
        201, trySend(person, Map.of("until", today().toString())).status(), "today is allowed");
  }

  @Test
  void thePersonSeesUntilWhenTheyShare() {
    String person = register();
    LocalDate lastDay = today().plusDays(40);
    Reply added =
        api.post(
            "lina.link",
            "/people/" + person + "/care-team",
            Map.of(
                "organisationId",
                Demo.GREEN_MINDS,
                "personAgreed",
                true,
                "until",
                lastDay.toString()));
    assertEquals(200, added.status() / 100 * 100, added::toString);
    JsonNode consents = api.get("lina.link", "/people/" + person + "/care-team").body();
    assertTrue(consents.toString().contains("Green Minds"), consents::toString);
    Reply tooLate =
        api.post(
            "lina.link",
            "/people/" + person + "/care-team",
            Map.of(
                "organisationId", Demo.GREEN_MINDS, "personAgreed", true, "until", "2001-01-01"));
    assertEquals(400, tooLate.status(), tooLate::toString);
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static LocalDate today() {
    return LocalDate.now(LONDON);
  }

  private static String register() {
    return People.register(
        api,
        "Term" + ThreadLocalRandom.current().nextInt(100_000, 999_999),
        "Tester",
        "1970-07-07");
  }

  private static String send(String person, Map<String, ?> term) {
    Reply reply = trySend(person, term);
    assertEquals(201, reply.status(), reply::toString);
    return reply.body().path("id").asText();
  }

  private static Reply trySend(String person, Map<String, ?> term) {
    Map<String, Object> body =
        Referrals.referral(person, WALKING, "Would like to walk with others");
    body.putAll(term);
    return Referrals.trySend(api, body);
  }

  private static Reply change(String user, String id, String action, Map<String, ?> body) {
    return api.atVersionOf(user, id).post(user, "/referrals/" + id + "/" + action, body);
  }
}
