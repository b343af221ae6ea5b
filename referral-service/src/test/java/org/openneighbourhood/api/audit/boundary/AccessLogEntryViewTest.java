package org.openneighbourhood.api.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.access.entity.AuditEvent;
import org.openneighbourhood.api.access.entity.AuditEvent.Outcome;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;

class AccessLogEntryViewTest {

  private static AuditEvent event(String username, String action, RecordType type, Outcome o) {
    return new AuditEvent(
        Instant.parse("2026-11-23T10:00:00Z"),
        username,
        "Vera Volunteer",
        "vcfse-staff",
        "green-minds",
        "plan.read",
        action,
        type,
        UUID.randomUUID(),
        UUID.randomUUID(),
        "direct care",
        o);
  }

  @Test
  void thePersonReadsWhoDidWhatInPlainWords() {
    assertEquals(
        "Vera Volunteer at Green Minds Wellbeing looked at your plan",
        AccessLogEntryView.describe(
            event("vera.vcfse", "READ", RecordType.PLAN, Outcome.ALLOWED),
            "Green Minds Wellbeing",
            true,
            "pat.person"));
    assertEquals(
        "Vera Volunteer at Green Minds Wellbeing tried to change your plan and was refused",
        AccessLogEntryView.describe(
            event("vera.vcfse", "UPDATE", RecordType.PLAN, Outcome.DENIED),
            "Green Minds Wellbeing",
            true,
            "pat.person"));
  }

  @Test
  void theirOwnActionsAreTheirs() {
    assertEquals(
        "You changed your agreements to share",
        AccessLogEntryView.describe(
            event("pat.person", "UPDATE", RecordType.CONSENT, Outcome.ALLOWED),
            null,
            true,
            "pat.person"));
  }

  @Test
  void anOrganisationsLogSpeaksOfAPerson() {
    assertEquals(
        "Vera Volunteer at Green Minds Wellbeing added a person's referral",
        AccessLogEntryView.describe(
            event("vera.vcfse", "CREATE", RecordType.REFERRAL, Outcome.ALLOWED),
            "Green Minds Wellbeing",
            false,
            "olive.admin"));
  }

  @Test
  void thePersonReadsThatSomeoneAddedToTheirRecordNotThatItWasASafeguardingNote() {
    assertEquals(
        "Vera Volunteer at Green Minds Wellbeing added to your record",
        AccessLogEntryView.describe(
            event("vera.vcfse", "CREATE", RecordType.SAFEGUARDING_NOTE, Outcome.ALLOWED),
            "Green Minds Wellbeing",
            true,
            "pat.person"));
    assertEquals(
        "Vera Volunteer at Green Minds Wellbeing tried to add a person's safeguarding note and was"
            + " refused",
        AccessLogEntryView.describe(
            event("vera.vcfse", "CREATE", RecordType.SAFEGUARDING_NOTE, Outcome.DENIED),
            "Green Minds Wellbeing",
            false,
            "olive.admin"));
  }
}
