package org.openneighbourhood.api.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class ServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private final Service walking =
      new Service(
          UUID.randomUUID(),
          new Organisation(
              UUID.randomUUID(), "green-minds", "Green Minds", Sector.VCFSE, null, "1", null),
          "Walking",
          "Walks",
          List.of(),
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

  @Test
  void anEntryNotConfirmedForSixMonthsIsStale() {
    Instant confirmed = Instant.parse("2026-05-23T09:00:00Z");
    walking.confirmStillRunning("Olive Admin", confirmed);
    Period six = Period.ofMonths(6);
    // 10:00 in London in May (summer time) is 10:00 in London in November (GMT): months are
    // counted on London's calendar, not in hours
    assertFalse(walking.isStale(Instant.parse("2026-11-23T09:59:00Z"), six), "not yet");
    assertTrue(walking.isStale(Instant.parse("2026-11-23T10:01:00Z"), six), "six months on");
    walking.confirmStillRunning("Olive Admin", Instant.parse("2026-11-23T10:00:00Z"));
    assertFalse(walking.isStale(Instant.parse("2026-11-24T10:00:00Z"), six), "one click");
    assertEquals("Olive Admin", walking.lastConfirmedBy().orElseThrow());
  }

  @Test
  void editingTheEntryConfirmsItAndChecksEveryField() {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");
    var bad = new ServiceDetails("", "Walks", 30, 20, null, null, null, null, null, 10, true, true);
    assertThrows(InvalidInputException.class, () -> walking.describe(bad, List.of(), "O", now));
    assertEquals("Walking", walking.name(), "nothing changed");
    walking.describe(
        new ServiceDetails(
            "Walking for wellbeing",
            "Walks",
            18,
            null,
            "Adults",
            "Northgate",
            null,
            null,
            null,
            5,
            false,
            true),
        List.of(),
        "Olive Admin",
        now);
    assertEquals("Walking for wellbeing", walking.name());
    assertEquals(now, walking.lastConfirmedAt());
    assertEquals(now, walking.modifiedAt());
    assertFalse(walking.acceptsReferrals());
  }

  @Test
  void aSignpostOnlyServiceTakesNoReferralsButMayTakeSelfReferrals() {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");
    walking.describe(
        new ServiceDetails(
            "Walking", "Walks", null, null, null, null, null, null, null, 5, false, true),
        List.of(),
        "O",
        now);
    var refused =
        assertThrows(
            ServiceNotAcceptingException.class, () -> walking.checkAcceptsReferral(TODAY, false));
    assertTrue(refused.getMessage().contains("does not take referrals"), refused.getMessage());
    walking.checkAcceptsReferral(TODAY, true);
  }

  @Test
  void aRetiredServiceTakesNoReferralsAndItsEntryNoLongerChanges() {
    Instant at = Instant.parse("2026-11-23T10:00:00Z");
    walking.retire("Olive Admin", at);
    assertTrue(walking.isRetired());
    var refused =
        assertThrows(
            ServiceNotAcceptingException.class, () -> walking.checkAcceptsReferral(TODAY, false));
    assertEquals(
        "Walking no longer runs: its organisation has taken it out of the directory; choose"
            + " another service",
        refused.getMessage());
    assertThrows(
        ServiceRetiredException.class, () -> walking.confirmStillRunning("Olive Admin", at));
    assertThrows(
        ServiceRetiredException.class,
        () -> walking.declareCapacity(Capacity.ACCEPTING, null, null));
    assertThrows(ServiceRetiredException.class, () -> walking.speak(List.of("Polish")));
    walking.retire("Someone else", at.plusSeconds(60));
    assertEquals(at, walking.retiredAt().orElseThrow(), "retiring again changes nothing");
  }

  @Test
  void languagesAreNamedOnceEachInTheOrderGiven() {
    walking.speak(List.of(" Polish ", "English", "polish", "", "British  Sign Language"));
    assertEquals(
        List.of("Polish", "English", "British Sign Language"),
        walking.languages().stream().map(Language::name).toList());
    assertEquals(
        List.of(), Languages.problems(List.of("English", "British Sign Language", "Panjabi")));
    assertEquals(
        "languages", Languages.problems(List.of("<script>")).get(0).field(), "not a language");
    assertEquals(
        1,
        Languages.problems(java.util.Collections.nCopies(21, "Urdu")).size(),
        "more than 20 given, even of one");
    assertEquals(
        1,
        Languages.problems(
                java.util.stream.IntStream.range(0, 21)
                    .mapToObj(i -> "Language " + (char) ('a' + i))
                    .toList())
            .size(),
        "more than 20");
  }

  @Test
  void contactsPhonesAndCostsKeepTheirIdsByPlaceThroughAnEdit() {
    PhoneDetails line = new PhoneDetails("0115 496 0000", null, PhoneType.VOICE, null);
    ContactDetails reception =
        new ContactDetails(null, "Reception", null, "hello@walks.example", List.of(line));
    walking.reachAt(List.of(line), List.of(reception));
    walking.price(List.of(new CostDetails(null, java.math.BigDecimal.ZERO, null, null, null)));
    var contact = walking.contacts().get(0);
    var contactPhone = walking.phonesOf(contact).get(0);
    var cost = walking.costOptions().get(0);
    assertEquals(1, walking.phones().size(), "the service's own, not its contact's");
    assertTrue(cost.isFree());

    ContactDetails renamed =
        new ContactDetails("Ann", "Walk leader", null, null, List.of(line, line));
    walking.reachAt(List.of(), List.of(renamed, reception));
    walking.price(List.of(new CostDetails("Adults", java.math.BigDecimal.TEN, null, null, null)));
    assertEquals(contact.id(), walking.contacts().get(0).id(), "the first contact, changed");
    assertEquals(List.of(), walking.phones());
    assertEquals(2, walking.phonesOf(walking.contacts().get(0)).size());
    assertEquals(1, walking.phonesOf(walking.contacts().get(1)).size());
    assertEquals(
        contactPhone.id(),
        walking.phonesOf(walking.contacts().get(0)).get(1).id(),
        "the second phone of the list keeps the second id");
    assertEquals(cost.id(), walking.costOptions().get(0).id());
    assertFalse(walking.costOptions().get(0).isFree());
  }
}
