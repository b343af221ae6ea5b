package org.openneighbourhood.api.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.referral.entity.ServiceNotAcceptingException;

class ServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private final Service walking =
      new Service(
          UUID.randomUUID(),
          new Organisation(
              UUID.randomUUID(), "green-minds", "Green Minds", Sector.VCFSE, null, "1", null),
          "Walking",
          "Walks",
          List.of("Physical activity"),
          Capacity.ACCEPTING,
          10);

  @Test
  void aPausedServiceRefusesReferralsSayingWhenItReopens() {
    walking.declareCapacity(Capacity.PAUSED, LocalDate.of(2027, 1, 5), null);
    var refused =
        assertThrows(
            ServiceNotAcceptingException.class, () -> walking.checkAcceptsReferral(TODAY, false));
    assertEquals(
        "Walking has paused new referrals until 5 January 2027; choose another service or refer"
            + " again from then",
        refused.getMessage());
    assertTrue(walking.acceptsReferrals(LocalDate.of(2027, 1, 5)), "open again on the day");
    assertFalse(walking.reopenIfDue(TODAY));
    assertTrue(walking.reopenIfDue(LocalDate.of(2027, 1, 5)));
    assertEquals(Capacity.ACCEPTING, walking.capacity());
    assertTrue(walking.reopensOn().isEmpty());
  }

  @Test
  void reachingTheMostOpenReferralsMovesToTheWaitingList() {
    walking.declareCapacity(Capacity.ACCEPTING, null, 3);
    assertFalse(walking.waitlistWhenFull(2));
    assertEquals(Capacity.ACCEPTING, walking.capacity());
    assertTrue(walking.waitlistWhenFull(3));
    assertEquals(Capacity.WAITLIST, walking.capacity());
    walking.checkAcceptsReferral(TODAY, false);
  }

  @Test
  void selfReferralsOnlyWhereTheServiceTakesThem() {
    assertThrows(
        ServiceNotAcceptingException.class, () -> walking.checkAcceptsReferral(TODAY, true));
    walking.acceptSelfReferrals(true);
    walking.checkAcceptsReferral(TODAY, true);
  }

  @Test
  void aReopeningDateOnlyWithAPauseAndALimitOfOneOrMore() {
    var date =
        assertThrows(
            InvalidInputException.class,
            () -> walking.declareCapacity(Capacity.ACCEPTING, TODAY, null));
    assertEquals("reopensOn", date.fieldProblems().get(0).field());
    var limit =
        assertThrows(
            InvalidInputException.class,
            () -> walking.declareCapacity(Capacity.ACCEPTING, null, 0));
    assertEquals("maxOpenReferrals", limit.fieldProblems().get(0).field());
    assertEquals(Capacity.ACCEPTING, walking.capacity(), "refused, nothing changed");
  }
}
