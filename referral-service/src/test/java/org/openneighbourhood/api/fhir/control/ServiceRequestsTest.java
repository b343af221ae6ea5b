package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.person.boundary.PersonView;
import org.openneighbourhood.api.referral.boundary.ReferralView;
import org.openneighbourhood.api.referral.boundary.ReferralView.TimelineEntry;
import org.openneighbourhood.api.referral.entity.Actor;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.referral.entity.Urgency;

class ServiceRequestsTest {

  private static final UUID ID = UUID.randomUUID();
  private static final UUID PERSON = UUID.randomUUID();
  private static final UUID SERVICE = UUID.randomUUID();
  private static final UUID RECEIVER = UUID.randomUUID();
  private static final UUID REFERRER = UUID.randomUUID();
  private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant ACCEPTED = Instant.parse("2026-12-03T09:30:00Z");
  private static final Instant MESSAGE = Instant.parse("2026-12-04T09:30:00Z");

  @Test
  void aWholeReferralIsAServiceRequestAboutThePerson() {
    ServiceRequest request = ServiceRequests.of(referral(shared(), ReferralStatus.ACCEPTED, true));
    assertEquals(ID.toString(), request.getIdElement().getIdPart());
    assertEquals("4", request.getMeta().getVersionId());
    assertEquals("4", request.getIdElement().getVersionIdPart());
    assertEquals(ACCEPTED, request.getMeta().getLastUpdated().toInstant(), "not the message");
    assertEquals("active", request.getStatus().toCode());
    assertEquals("order", request.getIntent().toCode());
    assertEquals("urgent", request.getPriority().toCode());
    assertEquals("871731000000106", request.getCode().getCodingFirstRep().getCode());
    assertEquals("Patient/" + PERSON, request.getSubject().getReference());
    assertEquals("9990000018", request.getSubject().getIdentifier().getValue());
    assertEquals("Organization/" + REFERRER, request.getRequester().getReference());
    assertEquals("HealthcareService/" + SERVICE, request.getPerformerFirstRep().getReference());
    assertEquals("Organization/" + RECEIVER, request.getPerformer().get(1).getReference());
    assertEquals("Lonely", request.getReasonCodeFirstRep().getText());
    assertTrue(request.getNoteFirstRep().getText().contains("my garden"));
    assertEquals(
        "https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest",
        request.getMeta().getProfile().get(0).getValue());
  }

  @Test
  void aMaskedReferralSaysNothingAboutThePerson() {
    ReferralView masked = referral(PersonView.hidden(), ReferralStatus.DECLINED, false);
    ServiceRequest request = ServiceRequests.of(masked);
    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(request);
    assertFalse(request.getSubject().hasReference());
    assertEquals(ServiceRequests.WITHHELD, request.getSubject().getDisplay());
    assertFalse(request.hasReasonCode());
    assertFalse(request.hasNote());
    assertFalse(json.contains("9990000018"), json);
    assertFalse(json.contains("Lonely"), json);
    assertEquals("revoked", request.getStatus().toCode());
  }

  @Test
  void aSelfReferralIsRequestedByThePerson() {
    ReferralView view = referral(shared(), ReferralStatus.SENT, true);
    ReferralView self =
        new ReferralView(
            view.id(),
            view.version(),
            view.status(),
            view.person(),
            view.serviceId(),
            view.serviceName(),
            view.receivingOrganisationId(),
            view.receivingOrganisationName(),
            null,
            null,
            true,
            view.referredBy(),
            view.reason(),
            view.whatMattersToMe(),
            null,
            view.urgency(),
            true,
            view.createdAt(),
            view.sentAt(),
            null,
            null,
            false,
            null,
            null,
            null,
            null,
            List.of(),
            true,
            null,
            null,
            Set.of(),
            List.of(),
            null);
    ServiceRequest request = ServiceRequests.of(self);
    assertEquals("Patient/" + PERSON, request.getRequester().getReference());
    assertEquals(CREATED, request.getMeta().getLastUpdated().toInstant(), "no change: created");
  }

  static PersonView shared() {
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

  static ReferralView referral(PersonView person, ReferralStatus status, boolean whole) {
    return new ReferralView(
        ID,
        4,
        status,
        person,
        SERVICE,
        "Walking group",
        RECEIVER,
        "Green Minds",
        REFERRER,
        "Northgate PCN",
        false,
        "Lina Link",
        whole ? "Lonely" : null,
        whole ? "Time in my garden" : null,
        null,
        Urgency.URGENT,
        true,
        CREATED,
        CREATED,
        null,
        null,
        false,
        ACCEPTED,
        null,
        null,
        null,
        List.of(
            new TimelineEntry(
                TimelineEntry.Kind.STATUS_CHANGE,
                ReferralStatus.SENT,
                CREATED,
                "Lina",
                Actor.REFERRER,
                "Northgate PCN",
                null,
                null),
            new TimelineEntry(
                TimelineEntry.Kind.STATUS_CHANGE,
                status,
                ACCEPTED,
                "Vera",
                Actor.RECEIVER,
                "Green Minds",
                null,
                null),
            new TimelineEntry(
                TimelineEntry.Kind.MESSAGE,
                null,
                MESSAGE,
                "Vera",
                Actor.RECEIVER,
                "Green Minds",
                null,
                whole ? "Hello" : null)),
        whole,
        null,
        null,
        Set.of(),
        List.of(),
        null);
  }

  @Test
  void lastUpdatedIsTheLastChangeOfStatusNotALaterMessage() {
    ReferralView view = referral(shared(), ReferralStatus.SENT, true);
    assertEquals(ACCEPTED, ServiceRequests.lastUpdated(view));
  }
}
