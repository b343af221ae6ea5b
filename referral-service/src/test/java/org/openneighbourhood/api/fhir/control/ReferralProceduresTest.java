package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.fhir.entity.WorkflowCode;
import org.openneighbourhood.api.person.boundary.PersonView;
import org.openneighbourhood.api.referral.boundary.ReferralView;
import org.openneighbourhood.api.referral.boundary.ReferralView.TimelineEntry;
import org.openneighbourhood.api.referral.entity.Actor;
import org.openneighbourhood.api.referral.entity.DeclineReason;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.referral.entity.Urgency;

class ReferralProceduresTest {

  private static final UUID ID = UUID.randomUUID();
  private static final UUID PERSON = UUID.randomUUID();
  private static final UUID RECEIVER = UUID.randomUUID();
  private static final UUID REFERRER = UUID.randomUUID();
  private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant SENT = Instant.parse("2026-12-02T10:00:00Z");
  private static final Instant LATER = Instant.parse("2026-12-03T09:30:00Z");
  private static final Instant ERROR = Instant.parse("2026-12-04T09:30:00Z");

  @Test
  void aSentReferralIsOneReferralToSocialPrescribing() {
    List<Procedure> events =
        ReferralProcedures.of(
            referral(
                shared(),
                ReferralStatus.SEEN,
                null,
                change(ReferralStatus.SEEN, Actor.SYSTEM, LATER)));
    assertEquals(1, events.size());
    Procedure sent = events.get(0);
    assertEquals(ID + "-referred", sent.getIdElement().getIdPart());
    assertEquals("871731000000106", sent.getCode().getCodingFirstRep().getCode());
    assertEquals("http://snomed.info/sct", sent.getCode().getCodingFirstRep().getSystem());
    assertEquals(ProcedureStatus.COMPLETED, sent.getStatus());
    assertEquals("Patient/" + PERSON, sent.getSubject().getReference());
    assertEquals(Date.from(SENT), sent.getPerformedDateTimeType().getValue());
    assertEquals(Date.from(SENT), sent.getMeta().getLastUpdated());
    assertEquals("ServiceRequest/" + ID, sent.getBasedOnFirstRep().getReference());
    assertEquals("Organization/" + REFERRER, sent.getPerformerFirstRep().getActor().getReference());
  }

  @Test
  void thePersonWithdrawingIsSocialPrescribingDeclinedByThem() {
    List<Procedure> events =
        ReferralProcedures.of(
            referral(
                shared(),
                ReferralStatus.WITHDRAWN,
                null,
                change(ReferralStatus.WITHDRAWN, Actor.PERSON, LATER)));
    assertEquals(2, events.size());
    Procedure declined = events.get(1);
    assertEquals(ID + "-declined", declined.getIdElement().getIdPart());
    assertEquals("871711000000103", declined.getCode().getCodingFirstRep().getCode());
    assertEquals(Date.from(LATER), declined.getPerformedDateTimeType().getValue());
    assertEquals("Patient/" + PERSON, declined.getPerformerFirstRep().getActor().getReference());
  }

  @Test
  void aReceiverDecliningBecauseThePersonSaidNoIsSocialPrescribingDeclined() {
    ReferralView referral =
        referral(
            shared(),
            ReferralStatus.DECLINED,
            DeclineReason.PERSON_DECLINED,
            change(ReferralStatus.DECLINED, Actor.RECEIVER, LATER));
    Procedure declined = ReferralProcedures.of(referral, WorkflowCode.DECLINED).orElseThrow();
    assertEquals(
        "Organization/" + RECEIVER, declined.getPerformerFirstRep().getActor().getReference());
    ReferralView noCapacity =
        referral(
            shared(),
            ReferralStatus.DECLINED,
            DeclineReason.NO_CAPACITY,
            change(ReferralStatus.DECLINED, Actor.RECEIVER, LATER));
    assertTrue(ReferralProcedures.of(noCapacity, WorkflowCode.DECLINED).isEmpty());
  }

  @Test
  void aReferrerWithdrawingIsNotThePersonDeclining() {
    ReferralView referral =
        referral(
            shared(),
            ReferralStatus.WITHDRAWN,
            null,
            change(ReferralStatus.WITHDRAWN, Actor.REFERRER, LATER));
    assertEquals(1, ReferralProcedures.of(referral).size());
  }

  @Test
  void aReferralEnteredInErrorTakesItsEventsWithIt() {
    ReferralView referral =
        referral(
            shared(),
            ReferralStatus.ENTERED_IN_ERROR,
            null,
            change(ReferralStatus.ENTERED_IN_ERROR, Actor.REFERRER, ERROR));
    Procedure sent = ReferralProcedures.of(referral).get(0);
    assertEquals(ProcedureStatus.ENTEREDINERROR, sent.getStatus());
    assertEquals(Date.from(ERROR), sent.getMeta().getLastUpdated());
  }

  @Test
  void aMaskedReferralsEventsNameNoOne() {
    Procedure sent =
        ReferralProcedures.of(referral(PersonView.hidden(), ReferralStatus.SENT, null)).get(0);
    assertFalse(sent.getSubject().hasReference());
    assertFalse(sent.toString().contains("Pat"));
  }

  @Test
  void aDraftHasNoEvents() {
    ReferralView draft = referral(shared(), ReferralStatus.DRAFT, null);
    assertTrue(ReferralProcedures.of(draft).isEmpty());
  }

  private static TimelineEntry change(ReferralStatus status, Actor by, Instant at) {
    return new TimelineEntry(
        TimelineEntry.Kind.STATUS_CHANGE, status, at, "Someone", by, null, null, null);
  }

  private static PersonView shared() {
    return new PersonView(
        PERSON,
        "9990000018",
        "Pat",
        "Example",
        LocalDate.of(1970, 1, 1),
        true,
        null,
        false,
        null,
        null,
        null,
        List.of(PersonView.SAFEGUARDING_NOTES));
  }

  private static ReferralView referral(
      PersonView person, ReferralStatus status, DeclineReason declined, TimelineEntry... after) {
    List<TimelineEntry> timeline = new ArrayList<>();
    timeline.add(change(ReferralStatus.DRAFT, Actor.REFERRER, CREATED));
    if (status != ReferralStatus.DRAFT) {
      timeline.add(change(ReferralStatus.SENT, Actor.REFERRER, SENT));
    }
    timeline.addAll(List.of(after));
    return new ReferralView(
        ID,
        4,
        status,
        person,
        UUID.randomUUID(),
        "Walking group",
        RECEIVER,
        "Green Minds",
        REFERRER,
        "Northgate PCN",
        false,
        "Lina Link",
        null,
        null,
        null,
        Urgency.ROUTINE,
        true,
        CREATED,
        status == ReferralStatus.DRAFT ? null : SENT,
        null,
        null,
        false,
        null,
        declined,
        null,
        null,
        timeline,
        true,
        null,
        null,
        Set.of(),
        List.of(),
        null);
  }
}
