package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.access.entity.AuditEvent.Outcome;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.audit.boundary.AccessLogEntryView;

class AuditEventsTest {

  private static final UUID PERSON = UUID.randomUUID();
  private static final UUID REFERRAL = UUID.randomUUID();
  private static final Instant AT = Instant.parse("2026-12-03T09:30:00Z");

  @Test
  void aReadOfAReferralSaysWhoAtWhichOrganisationReadItAndWhy() {
    AuditEvent event =
        AuditEvents.of(
            PERSON, entry(RecordType.REFERRAL, REFERRAL, "READ", Outcome.ALLOWED, "referral.read"));
    assertEquals("R", event.getAction().toCode());
    assertEquals("0", event.getOutcome().toCode());
    assertEquals(AT, event.getRecorded().toInstant());
    assertEquals("Vera Volunteer", event.getAgentFirstRep().getWho().getDisplay());
    assertEquals("Green Minds", event.getAgent().get(1).getWho().getDisplay());
    assertEquals("referral for direct care", event.getPurposeOfEventFirstRep().getText());
    assertEquals("Patient/" + PERSON, event.getEntity().get(0).getWhat().getReference());
    assertEquals("ServiceRequest/" + REFERRAL, event.getEntity().get(1).getWhat().getReference());
  }

  @Test
  void aRefusalIsAFailureInTheLogsOwnWords() {
    AuditEvent event =
        AuditEvents.of(PERSON, entry(RecordType.PLAN, PERSON, "READ", Outcome.DENIED, "plan.read"));
    assertEquals("4", event.getOutcome().toCode());
    assertEquals("Someone tried to read your plan", event.getOutcomeDesc());
    assertEquals(
        List.of("Patient/" + PERSON, "CarePlan/" + PERSON),
        AuditEvents.entities(PERSON, entry(RecordType.PLAN, PERSON, "READ", Outcome.DENIED, "x")));
  }

  @Test
  void aSafeguardingNoteIsOnlyTheRecordAndNoLoginNameIsShown() {
    AccessLogEntryView note =
        entry(
            RecordType.SAFEGUARDING_NOTE,
            UUID.randomUUID(),
            "CREATE",
            Outcome.ALLOWED,
            "person.safeguarding-note.add");
    AuditEvent event = AuditEvents.of(PERSON, note);
    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(event);
    assertEquals(List.of("Patient/" + PERSON), AuditEvents.entities(PERSON, note));
    assertFalse(json.toLowerCase(java.util.Locale.ROOT).contains("safeguarding"), json);
    assertFalse(json.contains("vera.vcfse"), json);
    assertEquals("C", event.getAction().toCode());
  }

  private static AccessLogEntryView entry(
      RecordType type, UUID record, String action, Outcome outcome, String operation) {
    String description =
        outcome == Outcome.DENIED
            ? "Someone tried to read your plan"
            : "Vera Volunteer at Green Minds looked at your record";
    return new AccessLogEntryView(
        UUID.randomUUID(),
        AT,
        "Vera Volunteer",
        "vera.vcfse",
        "vcfse-staff",
        "Green Minds",
        operation,
        action,
        type,
        record,
        PERSON,
        "referral for direct care",
        outcome,
        description);
  }
}
