package org.openneighbourhood.api.referral.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.directory.entity.Capacity;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.referral.boundary.ReferralView.TimelineEntry;
import org.openneighbourhood.api.referral.boundary.ReferralView.TimelineEntry.Kind;
import org.openneighbourhood.api.referral.entity.Actor;
import org.openneighbourhood.api.referral.entity.Deadline;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.referral.entity.Urgency;

class ReferralViewTest {

  private static final Instant SENT = Instant.parse("2026-12-14T10:00:00Z");

  private static Referral sent() {
    Organisation pcn =
        new Organisation(
            UUID.randomUUID(), "northgate-pcn", "Northgate PCN", Sector.PCN, "U90001", null, null);
    Organisation greenMinds =
        new Organisation(
            UUID.randomUUID(), "green-minds", "Green Minds", Sector.VCFSE, null, "1190001", null);
    Person pat =
        new Person(
            UUID.randomUUID(),
            NhsNumber.parse("9990000018"),
            "Pat",
            "Example",
            LocalDate.of(1958, 4, 12),
            LocalDate.of(2025, 1, 1));
    Service walking =
        new Service(
            UUID.randomUUID(), greenMinds, "Walking", "Walks", List.of(), Capacity.ACCEPTING, 4);
    return Referral.send(
        UUID.randomUUID(),
        new Referral.Request(
            pat, walking, pcn, "Lina Link", null, "Lonely", null, Urgency.ROUTINE, null),
        true,
        new Deadline(Instant.parse("2026-12-19T00:00:00Z"), null),
        SENT);
  }

  private static ReferralView.Context context() {
    return new ReferralView.Context(false, SENT, Set.of(), List.of());
  }

  @Test
  void messagesAndStatusChangesShareTheTimelineInTheOrderTheyHappened() {
    Referral referral = sent();
    referral.write(Actor.REFERRER, "Lina Link", "First", SENT.plusSeconds(10));
    referral.accept("Vera Volunteer", null, SENT.plusSeconds(20));
    referral.write(Actor.RECEIVER, "Vera Volunteer", "Second", SENT.plusSeconds(20));
    List<TimelineEntry> timeline = TimelineEntry.of(referral, true, true);
    assertEquals(
        List.of(Kind.STATUS_CHANGE, Kind.MESSAGE, Kind.STATUS_CHANGE, Kind.MESSAGE),
        timeline.stream().map(TimelineEntry::kind).toList());
    assertEquals("First", timeline.get(1).message());
    assertEquals("Northgate PCN", timeline.get(1).organisationName());
    assertEquals(Actor.REFERRER, timeline.get(1).actor());
    assertNull(timeline.get(1).status());
    assertEquals(ReferralStatus.ACCEPTED, timeline.get(2).status());
    assertEquals("Second", timeline.get(3).message());
  }

  @Test
  void aMaskedReferralWithholdsEachMessagesTextButNotThatItWasWritten() {
    Referral referral = sent();
    referral.write(Actor.PERSON, "Pat Example", "Please ring after 3pm", SENT.plusSeconds(10));
    TimelineEntry message = ReferralView.masked(referral, context()).timeline().get(1);
    assertEquals(Kind.MESSAGE, message.kind());
    assertEquals(Actor.PERSON, message.actor());
    assertNull(message.message());
  }

  /** The FHIR API's view: the changes of status, in order, and none of the messages. */
  @Test
  void aViewWithoutMessagesHasTheChangesOfStatusOnly() {
    Referral referral = sent();
    referral.write(Actor.REFERRER, "Lina Link", "First", SENT.plusSeconds(10));
    referral.accept("Vera Volunteer", null, SENT.plusSeconds(20));
    List<TimelineEntry> timeline =
        ReferralView.masked(referral, context().withoutMessages()).timeline();
    assertEquals(
        List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED),
        timeline.stream().map(TimelineEntry::status).toList());
    assertEquals(
        List.of(Kind.STATUS_CHANGE, Kind.MESSAGE, Kind.STATUS_CHANGE),
        ReferralView.masked(referral, context()).timeline().stream()
            .map(TimelineEntry::kind)
            .toList());
  }
}
