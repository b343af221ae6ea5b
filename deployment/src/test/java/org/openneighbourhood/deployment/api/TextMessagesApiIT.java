package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.local.NotifyCatcher;
import org.openneighbourhood.deployment.stack.Accounts;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.People;
import org.openneighbourhood.deployment.stack.Referrals;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Wait;

/**
 * Text messages through GOV.UK Notify against the running stack (issue 15): the API sends them to
 * the launcher's fake Notify, which checks the token and the template as Notify does. A person and
 * staff choose texts with a UK mobile number (a bad one is a 400 naming it); a text tells them only
 * that there is something to look at, with a link; a text Notify could not take is sent later,
 * exactly once, and one it refuses for good is given up on and recorded.
 */
@ExtendWith(RunningStack.class)
@Tag("referrals")
class TextMessagesApiIT {

  /** What no text may hold: names, the service, the organisations, the reason, what was written. */
  private static final List<String> NEVER =
      List.of(
          "Tia",
          "Texter",
          "Walking",
          "Green Minds",
          "Northgate",
          "Lina",
          "Vera",
          "Lonely since",
          "blue pot",
          "decline",
          "accept");

  static LocalStack stack;
  static Api api;

  @BeforeAll
  static void start(LocalStack running) {
    stack = running;
    api = new Api(running);
  }

  /** Every text the stack sent in these tests, and in any test before: none tells anything. */
  @AfterAll
  static void noTextEverSentHeldAnyDetail() {
    for (NotifyCatcher.Text text : stack.texts().received()) {
      assertTrue(text.body().startsWith("Neighbourhood portal: "), text::toString);
      for (String never : NEVER) {
        assertFalse(text.body().contains(never), never + " in " + text);
      }
      assertEquals(1, text.links().size(), text::toString);
      assertTrue(text.links().get(0).startsWith(stack.portalUrl() + "/"), text::toString);
    }
  }

  @Test
  void aPersonChoosesTextsWithAUkMobileAndABadNumberIsAFieldProblem() {
    String username = freshPerson();
    Reply offered = api.get(username, "/me/contact");
    assertEquals(200, offered.status(), offered::toString);
    assertTrue(offered.body().path("textsOffered").asBoolean(), offered::toString);
    assertFalse(offered.body().path("textUpdates").asBoolean());

    for (String bad : List.of("020 7946 0018", "0770090098", "+33 6 12 34 56 78", "")) {
      Reply refused = api.put(username, "/me/contact", Map.of("mobile", bad, "textUpdates", true));
      assertEquals(400, refused.status(), bad + " " + refused);
      assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
      assertTrue(refused.hasFieldError("mobile"), refused::toString);
      if (!bad.isEmpty()) {
        assertFalse(refused.toString().contains(bad), "the number is not repeated back");
      }
    }
    Reply chosen =
        api.put(
            username,
            "/me/contact",
            Map.of("mobile", "+44 7700 900 123", "textUpdates", true, "emailUpdates", false));
    assertEquals(200, chosen.status(), chosen::toString);
    assertEquals("07700 900123", chosen.body().path("mobile").asText());
    assertTrue(chosen.body().path("textUpdates").asBoolean());
    assertEquals("07700 900123", api.get(username, "/me/contact").body().path("mobile").asText());

    Reply stopped = api.put(username, "/me/contact", Map.of("mobile", "", "textUpdates", false));
    assertEquals(200, stopped.status(), stopped::toString);
    assertFalse(stopped.body().path("textUpdates").asBoolean());
    assertTrue(stopped.body().path("mobile").isNull(), stopped::toString);
  }

  @Test
  void staffChooseTextsForThemselvesAndOnlyStaffMay() {
    String vera = freshStaff();
    Reply bad =
        api.put(
            vera,
            "/organisations/mine/staff/me/contact",
            Map.of("mobile", "01632 960001", "textUpdates", true));
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.hasFieldError("mobile"), bad::toString);
    String mobile = freshMobile();
    Reply chosen =
        api.put(
            vera,
            "/organisations/mine/staff/me/contact",
            Map.of("mobile", mobile, "textUpdates", true));
    assertEquals(200, chosen.status(), chosen::toString);
    assertTrue(chosen.body().path("textUpdates").asBoolean());
    assertTrue(chosen.body().path("textsOffered").asBoolean());
    assertEquals(
        "0" + mobile.substring(3, 7) + " " + mobile.substring(7),
        chosen.body().path("mobile").asText());
    Reply person = api.get("pat.person", "/organisations/mine/staff/me/contact");
    assertEquals(403, person.status(), person::toString);
    Reply stopped =
        api.put(vera, "/organisations/mine/staff/me/contact", Map.of("textUpdates", false));
    assertEquals(200, stopped.status(), stopped::toString);
    assertTrue(stopped.body().path("mobile").isNull(), stopped::toString);
  }

  @Test
  void thePersonAndTheStaffWhoChoseTextsAreTextedALinkAndNothingMore() {
    String username = freshPerson();
    String personMobile = freshMobile();
    assertEquals(
        200,
        api.put(username, "/me/contact", Map.of("mobile", personMobile, "textUpdates", true))
            .status());
    String staff = freshStaff();
    String staffMobile = freshMobile();
    assertEquals(
        200,
        api.put(
                staff,
                "/organisations/mine/staff/me/contact",
                Map.of("mobile", staffMobile, "textUpdates", true))
            .status());

    try {
      newReferralAndMessage(username, personMobile, staffMobile);
    } finally {
      // Other tests' referrals to Green Minds text no one.
      api.put(staff, "/organisations/mine/staff/me/contact", Map.of("textUpdates", false));
    }
  }

  private static void newReferralAndMessage(
      String username, String personMobile, String staffMobile) {
    String id = send(personIdOf(username));
    Wait.until(() -> !stack.texts().receivedBy(staffMobile).isEmpty(), "the receiver's staff");
    NotifyCatcher.Text newReferral = stack.texts().receivedBy(staffMobile).get(0);
    assertEquals(
        "Neighbourhood portal: there is a new referral for your organisation. Sign in to see it: "
            + stack.portalUrl()
            + "/inbox/referral.xhtml?id="
            + id,
        newReferral.body());
    Wait.until(() -> !stack.texts().receivedBy(personMobile).isEmpty(), "the person");
    assertEquals(
        "Neighbourhood portal: there is news about a referral. Sign in to see it: "
            + stack.portalUrl()
            + "/my/referrals.xhtml",
        stack.texts().receivedBy(personMobile).get(0).body());

    Reply written =
        api.post(
            "lina.link",
            "/referrals/" + id + "/messages",
            Map.of("text", "Pat's key is under the blue pot"));
    assertEquals(201, written.status(), written::toString);
    Wait.until(() -> stack.texts().receivedBy(personMobile).size() == 2, "the person, again");
    Wait.until(() -> stack.texts().receivedBy(staffMobile).size() == 2, "the staff, again");
    assertEquals(
        "Neighbourhood portal: you have a new message about a referral. Sign in to read it: "
            + stack.portalUrl()
            + "/my/referrals.xhtml",
        stack.texts().receivedBy(personMobile).get(1).body());
    assertEquals(
        "Neighbourhood portal: you have a new message about a referral. Sign in to read it: "
            + stack.portalUrl()
            + "/inbox/referral.xhtml?id="
            + id,
        stack.texts().receivedBy(staffMobile).get(1).body());
  }

  @Test
  void aTextNotifyCouldNotTakeIsSentLaterOnceAndOneItRefusesIsGivenUpOn() throws Exception {
    String username = freshPerson();
    String mobile = freshMobile();
    assertEquals(
        200,
        api.put(username, "/me/contact", Map.of("mobile", mobile, "textUpdates", true)).status());
    String person = personIdOf(username);

    stack.texts().failNext(500, 1);
    stack.texts().failNext(429, 1);
    String id = send(person);
    Wait.until(() -> attempts(id) == 1, "the first attempt, refused with 500");
    Map<String, Object> first = row(id);
    assertEquals("Notify 500 Exception", first.get("last_error"));
    Duration wait = Duration.between(Instant.now(), (Instant) first.get("next_attempt"));
    assertTrue(wait.toSeconds() > 30, "it waits about a minute, not at once: " + wait);
    due(id);
    Wait.until(() -> attempts(id) == 2, "the second attempt, refused with 429");
    assertEquals("Notify 429 RateLimitError", row(id).get("last_error"));
    due(id);
    Wait.until(() -> row(id).get("sent_at") != null, "the third attempt, accepted");
    assertEquals(1, stack.texts().receivedBy(mobile).size(), "sent once");

    stack.texts().failNext(400, 1);
    String refused = send(person);
    Wait.until(() -> row(refused).get("given_up_at") != null, "given up on");
    assertEquals("Notify 400 BadRequestError", row(refused).get("last_error"));
    due(refused);
    // The outbox takes texts in the order they are due: once a text sent after this one has gone,
    // the scheduler has passed the refused one, and would have tried it again by then.
    String later = send(person);
    Wait.until(() -> row(later).get("sent_at") != null, "a later text, sent");
    assertEquals(1, attempts(refused), "never tried again");
    assertEquals(2, stack.texts().receivedBy(mobile).size(), "the first text and the later one");
  }

  // ---- helpers ----

  private static String freshMobile() {
    return "+447700" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  private static String freshPerson() {
    String username = "tia.texter" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
    String nhs =
        People.register(api, "lina.link", People.registration("Tia", "Texter", "1980-04-05"))
            .nhsNumber();
    stack.provision(Accounts.person(username, "Tia", "Texter", nhs));
    return username;
  }

  private static String personIdOf(String username) {
    return api.get(username, "/me").body().path("id").asText();
  }

  /** A new member of Green Minds (the walking group's organisation). */
  private static String freshStaff() {
    String username = "val.texts" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
    stack.provision(Accounts.staffMember(username, "green-minds"));
    return username;
  }

  private static String send(String personId) {
    return Referrals.send(api, personId, WALKING, "Lonely since moving " + UUID.randomUUID());
  }

  /** The person's text about the referral being sent: its outbox row. */
  private static Map<String, Object> row(String referralId) {
    try (Connection db = stack.connectToDatabase();
        PreparedStatement select =
            db.prepareStatement(
                "select attempts, last_error, next_attempt, sent_at, given_up_at from notification"
                    + " where channel = 'TEXT' and referral_id = ?::uuid and event_key like"
                    + " '%:person:text'")) {
      select.setString(1, referralId);
      try (ResultSet rows = select.executeQuery()) {
        Map<String, Object> row = new HashMap<>();
        if (rows.next()) {
          row.put("attempts", rows.getInt(1));
          row.put("last_error", rows.getString(2));
          row.put("next_attempt", rows.getTimestamp(3).toInstant());
          row.put("sent_at", rows.getTimestamp(4));
          row.put("given_up_at", rows.getTimestamp(5));
        }
        return row;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int attempts(String referralId) {
    return (Integer) row(referralId).getOrDefault("attempts", 0);
  }

  /** Brings the next attempt forward to now: the backoff is minutes, the test seconds. */
  private static void due(String referralId) throws SQLException {
    try (Connection db = stack.connectToDatabase();
        PreparedStatement update =
            db.prepareStatement(
                "update notification set next_attempt = now() where channel = 'TEXT'"
                    + " and referral_id = ?::uuid and event_key like '%:person:text'")) {
      update.setString(1, referralId);
      update.executeUpdate();
    }
  }
}
