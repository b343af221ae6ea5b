package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.person.boundary.PersonView;
import org.openneighbourhood.api.referral.boundary.ReferralView;
import org.openneighbourhood.api.referral.boundary.ReferralView.TimelineEntry;
import org.openneighbourhood.api.referral.entity.Actor;
import org.openneighbourhood.api.referral.entity.DeclineReason;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.referral.entity.Urgency;

class TasksTest {

  private static final UUID ID = UUID.randomUUID();
  private static final UUID PERSON = UUID.randomUUID();
  private static final UUID RECEIVER = UUID.randomUUID();
  private static final UUID REFERRER = UUID.randomUUID();
  private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant SENT = Instant.parse("2026-12-02T10:00:00Z");
  private static final Instant RESPOND_BY = Instant.parse("2026-12-09T00:00:00Z");
  private static final Instant CHANGED = Instant.parse("2026-12-03T09:30:00Z");

  @Test
  void aWaitlistedReferralIsTheReceiversAcceptedTaskOnTheServiceRequest() {
    Task task = Tasks.of(referral(shared(), ReferralStatus.WAITLISTED, true, null));
    assertEquals(ID.toString(), task.getIdElement().getIdPart());
    assertEquals("4", task.getMeta().getVersionId());
    assertEquals(
        "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Task",
        task.getMeta().getProfile().get(0).getValue());
    assertEquals("accepted", task.getStatus().toCode());
    assertEquals("On the waiting list", task.getBusinessStatus().getText());
    assertEquals("order", task.getIntent().toCode());
    assertEquals("fulfill", task.getCode().getCodingFirstRep().getCode());
    assertEquals("ServiceRequest/" + ID, task.getFocus().getReference());
    assertEquals("Patient/" + PERSON, task.getFor().getReference());
    assertEquals("Organization/" + RECEIVER, task.getOwner().getReference());
    assertEquals("Organization/" + REFERRER, task.getRequester().getReference());
    assertEquals(SENT, task.getAuthoredOn().toInstant());
    assertEquals(CHANGED, task.getLastModified().toInstant());
    assertEquals(CHANGED, task.getMeta().getLastUpdated().toInstant());
    assertFalse(task.hasRestriction(), "answered: no deadline any more");
  }

  @Test
  void aReferralWaitingForAnAnswerIsRequestedUntilItsDeadline() {
    Task task = Tasks.of(referral(shared(), ReferralStatus.SENT, true, null));
    assertEquals("requested", task.getStatus().toCode());
    assertEquals(RESPOND_BY, task.getRestriction().getPeriod().getEnd().toInstant());
    assertEquals(SENT, task.getLastModified().toInstant(), "never before it was authored");
  }

  @Test
  void aDeclineSaysItsCodedReasonAndACompletionItsOutcome() {
    Task declined =
        Tasks.of(referral(shared(), ReferralStatus.DECLINED, true, DeclineReason.NO_CAPACITY));
    assertEquals("rejected", declined.getStatus().toCode());
    assertEquals("No capacity", declined.getStatusReason().getText());
    Task completed = Tasks.of(referral(shared(), ReferralStatus.COMPLETED, true, null));
    assertEquals("completed", completed.getStatus().toCode());
    assertEquals(
        "Joined the group", ((StringType) completed.getOutputFirstRep().getValue()).getValue());
  }

  @Test
  void aMaskedReferralsTaskNamesNoOneAndHoldsNoFreeText() {
    Task task = Tasks.of(referral(PersonView.hidden(), ReferralStatus.COMPLETED, false, null));
    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(task);
    assertFalse(task.getFor().hasReference());
    assertEquals(ServiceRequests.WITHHELD, task.getFor().getDisplay());
    assertFalse(task.hasOutput());
    assertFalse(json.contains("9990000018"), json);
    assertFalse(json.contains("Joined the group"), json);
    assertTrue(json.contains("ServiceRequest/" + ID), json);
  }

  @Test
  void aDraftHasNoTask() {
    ReferralView draft = referral(shared(), ReferralStatus.DRAFT, true, null);
    assertThrows(IllegalArgumentException.class, () -> Tasks.of(draft));
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
      PersonView person, ReferralStatus status, boolean whole, DeclineReason declined) {
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
        whole ? "Lonely" : null,
        null,
        null,
        Urgency.ROUTINE,
        true,
        CREATED,
        SENT,
        RESPOND_BY,
        null,
        false,
        null,
        declined,
        null,
        whole && status == ReferralStatus.COMPLETED ? "Joined the group" : null,
        status == ReferralStatus.SENT
            ? List.of()
            : List.of(
                new TimelineEntry(
                    TimelineEntry.Kind.STATUS_CHANGE,
                    status,
                    CHANGED,
                    "Vera",
                    Actor.RECEIVER,
                    "Green Minds",
                    null,
                    null)),
        whole,
        null,
        null,
        Set.of(),
        List.of(),
        null);
  }
}
