package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Accounts;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Wait;

/**
 * Staff requests do not wait on Keycloak: each API instance keeps a user's organisations for a
 * short while. Two instances share the database, as production runs several: a deactivation made
 * through one is refused at the very next request on the other; a membership ended in Keycloak's
 * own console is seen within a minute; and a hung Keycloak (frozen, not killed) fails fast only the
 * requests that truly need it.
 */
@ExtendWith(RunningStack.class)
class KeycloakOffTheHotPathIT {

  static final String PROBLEM = "urn:neighbourhood:problem:";

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
    assertEquals(403, there.status(), () -> "the other instance still let them in: " + there);
    assertEquals(403, first.get(username, "/referrals/inbox").status());
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
    }
    Wait.until(
        () -> first.get("olive.admin", "/organisations/mine/staff").status() == 200,
        "the staff list once Keycloak answers again");
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
