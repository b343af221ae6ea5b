package org.openneighbourhood.api.referral.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every (from, to, who) of the lifecycle against the table in DESIGN.md, written out again here:
 * the ones listed are allowed, every other one of the 12 x 12 x 4 is refused with a reason.
 */
class LifecycleTest {

  private static final String ALLOWED =
      """
      DRAFT -> SENT by REFERRER PERSON
      SENT -> SEEN by SYSTEM
      SENT SEEN WAITLISTED -> ACCEPTED by RECEIVER
      SENT SEEN -> WAITLISTED by RECEIVER
      SENT SEEN WAITLISTED -> DECLINED by RECEIVER
      SENT SEEN -> EXPIRED by SYSTEM
      ACCEPTED -> IN_PROGRESS by RECEIVER
      ACCEPTED IN_PROGRESS -> COMPLETED by RECEIVER
      WAITLISTED ACCEPTED IN_PROGRESS -> DID_NOT_ENGAGE by RECEIVER
      SENT SEEN WAITLISTED ACCEPTED IN_PROGRESS -> WITHDRAWN by REFERRER PERSON
      DRAFT SENT SEEN ACCEPTED WAITLISTED DECLINED EXPIRED IN_PROGRESS COMPLETED DID_NOT_ENGAGE WITHDRAWN -> ENTERED_IN_ERROR by REFERRER
      """;

  private static Set<String> allowed() {
    Set<String> allowed = new HashSet<>();
    for (String line : ALLOWED.strip().split("\n")) {
      String[] arrow = line.split(" -> ");
      String[] toBy = arrow[1].split(" by ");
      for (String from : arrow[0].trim().split(" ")) {
        for (String by : toBy[1].trim().split(" ")) {
          allowed.add(from + ">" + toBy[0].trim() + ">" + by);
        }
      }
    }
    return allowed;
  }

  @Test
  void everyTransitionIsAllowedExactlyWhenTheTableSays() {
    Set<String> allowed = allowed();
    List<Executable> checks = new ArrayList<>();
    int refused = 0;
    for (ReferralStatus from : ReferralStatus.values()) {
      for (ReferralStatus to : ReferralStatus.values()) {
        for (Actor by : Actor.values()) {
          boolean expected = allowed.contains(from + ">" + to + ">" + by);
          refused += expected ? 0 : 1;
          checks.add(
              () ->
                  assertEquals(
                      expected, Lifecycle.allows(from, to, by), from + " -> " + to + " by " + by));
          if (expected) {
            checks.add(() -> assertDoesNotThrow(() -> Lifecycle.check(from, to, by)));
          } else {
            checks.add(
                () -> {
                  var e =
                      assertThrows(
                          InvalidTransitionException.class, () -> Lifecycle.check(from, to, by));
                  assertFalse(e.getMessage().isBlank());
                  assertEquals(from, e.from());
                  assertEquals(to, e.to());
                });
          }
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertAll(checks);
    assertEquals(12 * 12 * 4 - allowed.size(), refused);
  }

  @Test
  void refusalsSayWhy() {
    assertEquals(
        "A referral that is declined cannot be accepted: it is closed",
        message(ReferralStatus.DECLINED, ReferralStatus.ACCEPTED, Actor.RECEIVER));
    assertEquals(
        "A referral that is accepted cannot be accepted: it already is",
        message(ReferralStatus.ACCEPTED, ReferralStatus.ACCEPTED, Actor.RECEIVER));
    assertEquals(
        "A referral that is a draft cannot be accepted: it has not been sent yet",
        message(ReferralStatus.DRAFT, ReferralStatus.ACCEPTED, Actor.RECEIVER));
    assertEquals(
        "Only the receiving organisation can mark a referral as accepted",
        message(ReferralStatus.SENT, ReferralStatus.ACCEPTED, Actor.REFERRER));
    assertEquals(
        "Only the person or the referrer can mark a referral as withdrawn",
        message(ReferralStatus.SENT, ReferralStatus.WITHDRAWN, Actor.RECEIVER));
    assertTrue(
        message(ReferralStatus.ACCEPTED, ReferralStatus.WAITLISTED, Actor.RECEIVER)
            .startsWith("A referral that is accepted cannot be put on the waiting list; it can"));
  }

  @Test
  void closedStatusesLeadOnlyToEnteredInError() {
    for (ReferralStatus status : ReferralStatus.values()) {
      if (status.isClosed() && status != ReferralStatus.ENTERED_IN_ERROR) {
        assertEquals(
            Set.of(ReferralStatus.ENTERED_IN_ERROR), Lifecycle.next(status), status.name());
      }
    }
    assertTrue(Lifecycle.next(ReferralStatus.ENTERED_IN_ERROR).isEmpty());
  }

  @Test
  void listGroupsPutWorkToDoFirstAndClosedLast() {
    assertEquals(0, ReferralStatus.DRAFT.listGroup());
    assertEquals(0, ReferralStatus.SENT.listGroup());
    assertEquals(0, ReferralStatus.SEEN.listGroup());
    assertEquals(1, ReferralStatus.ACCEPTED.listGroup());
    assertEquals(1, ReferralStatus.WAITLISTED.listGroup());
    assertEquals(1, ReferralStatus.IN_PROGRESS.listGroup());
    assertEquals(2, ReferralStatus.EXPIRED.listGroup());
    assertEquals(2, ReferralStatus.COMPLETED.listGroup());
  }

  private static String message(ReferralStatus from, ReferralStatus to, Actor by) {
    return assertThrows(InvalidTransitionException.class, () -> Lifecycle.check(from, to, by))
        .getMessage();
  }
}
