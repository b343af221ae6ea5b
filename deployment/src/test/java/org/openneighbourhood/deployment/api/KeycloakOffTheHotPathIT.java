package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Api.PROBLEM;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Accounts;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.SecondLane;
import org.openneighbourhood.deployment.stack.Wait;

/**
 * Staff requests do not wait on Keycloak: each API instance keeps a user's organisations for a
 * short while. Two instances share the database, as production runs several: a deactivation made
 * through one is refused at the very next request on the other; a membership ended in Keycloak's
 * own console is seen within a minute; and a hung Keycloak (frozen, not killed) fails fast only the
 * requests that truly need it, while what it last said of a user's organisations stands.
 */
@ExtendWith(RunningStack.WithMovableClock.class)
@Tag("resilience")
@SecondLane
class KeycloakOffTheHotPathIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration KEYS_KEPT_BY_PAYARA = Duration.ofSeconds(30);

  static LocalStack stack;
  static LocalStack.Instance second;
  static Api first;
  static Api other;

  @BeforeAll
  static void startASecondInstance(LocalStack running) {
    stack = running;
    second = running.startAnotherInstance();
    first = new Api(running).actingFor("green-minds");
    other = first.against(second.apiUrl());
  }

  @AfterAll
  static void stopIt() {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void aDeactivationThroughOneInstanceIsRefusedAtTheNextRequestOnEveryInstance() {
    String username = newMember();

    Reply deactivated =
        first.post(
            "olive.admin",
            "/organisations/mine/staff/"
                + Accounts.staffId(first, username + "@green-minds.example")
                + "/deactivate",
            null);
    assertEquals(200, deactivated.status(), deactivated::toString);

    Reply there = other.get(username, "/referrals/inbox");
    assertEquals(401, there.status(), () -> "the other instance still let them in: " + there);
    assertEquals(PROBLEM + "session-ended", there.problemType());
    assertEquals(401, first.get(username, "/referrals/inbox").status());
  }

  @Test
  void aMembershipEndedInKeycloakItselfIsSeenByEveryInstanceWithinAMinute() {
    String username = newMember();

    stack.removeInKeycloak(username, "green-minds");

    Wait.until(
        () -> first.get(username, "/referrals/inbox").status() == 403,
        "the first instance refuses " + username);
    Wait.until(
        () -> other.get(username, "/referrals/inbox").status() == 403,
        "the second instance refuses " + username);
  }

  @Test
  void aHungKeycloakFailsFastOnlyWhatNeedsIt() throws Exception {
    // Known to both instances before Keycloak hangs: tokens minted, memberships read.
    assertEquals(200, first.get("olive.admin", "/organisations/mine").status());
    assertEquals(200, other.get("olive.admin", "/organisations/mine").status());
    assertEquals(200, first.get("pat.person", "/me").status());

    try (AutoCloseable hung = stack.hangKeycloak()) {
      for (Api instance : new Api[] {first, other}) {
        assertEquals(200, instance.get("olive.admin", "/organisations/mine").status(), "cached");
        assertEquals(200, instance.get("pat.person", "/me").status(), "a person needs no Keycloak");
        assertEquals(200, instance.get(null, "/openreferral/services").status(), "public");
        for (int attempt = 0; attempt < 6; attempt++) {
          long started = System.nanoTime();
          Reply staff = instance.get("olive.admin", "/organisations/mine/staff");
          long millis = (System.nanoTime() - started) / 1_000_000;
          assertEquals(503, staff.status(), staff::toString);
          assertEquals(PROBLEM + "identity-unavailable", staff.problemType());
          assertTrue(millis < 2_000, "failed closed in " + millis + " ms, not within 2 s");
        }
      }
      // Past the time MicroProfile JWT keeps the realm's keys (payara-mp-jwt.properties): it reads
      // them again from what the API last fetched, not from the frozen Keycloak.
      Thread.sleep(KEYS_KEPT_BY_PAYARA.toMillis() + 5_000);
      for (Api instance : new Api[] {first, other}) {
        long started = System.nanoTime();
        Reply mine = instance.get("pat.person", "/me");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, mine.status(), () -> "tokens still checked: " + mine);
        assertTrue(millis < 2_000, "answered in " + millis + " ms");
        // Past the membership cache's 30 s too: Keycloak's last answer stands while it is hung.
        Reply organisations = instance.get("olive.admin", "/organisations/mine");
        assertEquals(200, organisations.status(), () -> "the last answer stands: " + organisations);
      }
    }
    Wait.until(
        () -> first.get("olive.admin", "/organisations/mine/staff").status() == 200,
        "the staff list once Keycloak answers again");
  }

  @Test
  void aLogoutTokenTheRealmDidNotSignEndsNoSession() throws Exception {
    String token = first.tokens().of("lina.link");
    String[] parts = token.split("\\.");
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    String forgedClaims =
        JSON.writeValueAsString(
            Map.of(
                "iss", claims.path("iss").asText(),
                "aud", "portal-web",
                "iat", Instant.now().getEpochSecond(),
                "sid", claims.path("sid").asText(),
                "events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of())));
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(forgedClaims.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    for (String logoutToken : List.of(forged, "not-a-token", "")) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(stack.apiUrl() + "/sessions/backchannel-logout"))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "logout_token="
                                  + URLEncoder.encode(logoutToken, StandardCharsets.UTF_8)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(400, answer.statusCode(), answer::body);
      assertTrue(answer.body().contains("logout_token"), answer::body);
    }
    Api northgate = new Api(stack);
    assertEquals(200, northgate.get("lina.link", "/referrals/sent").status(), "the session lives");
    assertEquals(
        200,
        northgate.against(second.apiUrl()).get("lina.link", "/referrals/sent").status(),
        "on both instances");
  }

  /** A new Green Minds worker, whose token and memberships both instances have used. */
  private static String newMember() {
    String username = "kim.keycloak." + ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999);
    stack.provision(Accounts.staffMember(username, "green-minds"));
    assertEquals(200, first.get(username, "/referrals/inbox").status(), "a member works here");
    assertEquals(200, other.get(username, "/referrals/inbox").status(), "and there");
    return username;
  }
}
