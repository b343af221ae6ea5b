package org.openneighbourhood.api.fhir.control;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.openneighbourhood.api.access.entity.AuditEvent.Outcome;
import org.openneighbourhood.api.audit.boundary.AccessLogEntryView;
import org.openneighbourhood.api.fhir.entity.Vocabulary;

/**
 * One line of a person's access log as a UK Core {@code AuditEvent}: who (by name, and the
 * organisation they acted for) read or changed which part of the person's record, when, why, and
 * whether they were refused. Drawn from the {@link AccessLogEntryView} the REST API's {@code
 * /me/access-log} answers, and no more: no user name, no role, and a safeguarding note is "your
 * record", as the log's own words say it (naming it could put the person at risk).
 */
public final class AuditEvents {

  private AuditEvents() {}

  public static AuditEvent of(UUID personId, AccessLogEntryView entry) {
    AuditEvent event = new AuditEvent();
    event.setId(entry.id().toString());
    event
        .getMeta()
        .setLastUpdated(Date.from(entry.at()))
        .addProfile(Vocabulary.AUDIT_EVENT_PROFILE);
    event.setType(new Coding(Vocabulary.AUDIT_EVENT_TYPE, "rest", "RESTful Operation"));
    event.setAction(action(entry.action()));
    event.setRecorded(Date.from(entry.at()));
    event.setOutcome(
        entry.outcome() == Outcome.DENIED ? AuditEventOutcome._4 : AuditEventOutcome._0);
    event.setOutcomeDesc(entry.description());
    if (entry.purpose() != null) {
      event.addPurposeOfEvent(new CodeableConcept().setText(entry.purpose()));
    }
    event
        .addAgent()
        .setRequestor(true)
        .setName(entry.who())
        .setWho(new Reference().setDisplay(entry.who()));
    if (entry.organisationName() != null) {
      event
          .addAgent()
          .setRequestor(false)
          .setType(new CodeableConcept().setText("The organisation they acted for"))
          .setWho(new Reference().setDisplay(entry.organisationName()));
    }
    event
        .getSource()
        .setSite("Neighbourhood portal")
        .setObserver(new Reference().setDisplay("Neighbourhood portal API"));
    for (String reference : entities(personId, entry)) {
      event.addEntity().setWhat(new Reference(reference));
    }
    return event;
  }

  /**
   * What the line is about, as references to the FHIR resources that show it: the person, then the
   * record read or changed where the FHIR API has a resource for it.
   */
  public static List<String> entities(UUID personId, AccessLogEntryView entry) {
    List<String> about = new ArrayList<>();
    about.add("Patient/" + personId);
    if (entry.recordType() == null) {
      return about;
    }
    switch (entry.recordType()) {
      case REFERRAL -> {
        if (entry.recordId() != null && !entry.recordId().equals(personId)) {
          about.add("ServiceRequest/" + entry.recordId());
        }
      }
      case PLAN -> about.add("CarePlan/" + personId);
      case CARE_TEAM -> about.add("CareTeam/" + personId);
      case CONSENT -> {
        if (entry.recordId() != null && !entry.recordId().equals(personId)) {
          about.add("Consent/" + entry.recordId());
        }
      }
      default -> {
        // the person themselves (their record, a safeguarding note, the log): Patient says it
      }
    }
    return about;
  }

  private static AuditEventAction action(String action) {
    return switch (action == null ? "" : action) {
      case "CREATE" -> AuditEventAction.C;
      case "UPDATE" -> AuditEventAction.U;
      default -> AuditEventAction.R;
    };
  }
}
