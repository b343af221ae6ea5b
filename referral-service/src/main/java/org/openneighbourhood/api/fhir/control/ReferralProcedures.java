package org.openneighbourhood.api.fhir.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.hl7.fhir.r4.model.Reference;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.fhir.entity.WorkflowCode;
import org.openneighbourhood.api.referral.boundary.ReferralView;
import org.openneighbourhood.api.referral.boundary.ReferralView.TimelineEntry;
import org.openneighbourhood.api.referral.entity.Actor;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

/**
 * The coded events of a referral's lifecycle ({@link WorkflowCode}) as UK Core {@code Procedure}s,
 * one per event, for a GP system to file in the person's record: the referral was sent, the person
 * declined. Drawn from the timeline of the {@link ReferralView} the caller may see (a masked
 * referral's events name no one), so their id is the referral's with the event after it.
 */
public final class ReferralProcedures {

  private ReferralProcedures() {}

  /** The referral's coded events, in the order they happened (a draft has none). */
  public static List<Procedure> of(ReferralView referral) {
    List<Procedure> events = new ArrayList<>();
    Set<WorkflowCode> seen = EnumSet.noneOf(WorkflowCode.class);
    for (TimelineEntry entry : referral.timeline()) {
      if (entry.kind() != TimelineEntry.Kind.STATUS_CHANGE) {
        continue;
      }
      Optional<WorkflowCode> code =
          WorkflowCode.of(entry.status(), entry.actor(), referral.declineReason());
      if (code.isPresent() && seen.add(code.get())) {
        events.add(procedure(referral, entry, code.get()));
      }
    }
    return events;
  }

  /** The one event whose code is {@code code}, if the referral has it. */
  public static Optional<Procedure> of(ReferralView referral, WorkflowCode code) {
    String id = referral.id() + "-" + code.suffix();
    return of(referral).stream().filter(p -> p.getIdElement().getIdPart().equals(id)).findFirst();
  }

  private static Procedure procedure(
      ReferralView referral, TimelineEntry entry, WorkflowCode code) {
    Procedure procedure = new Procedure();
    procedure.setIdElement(new IdType("Procedure", referral.id() + "-" + code.suffix()));
    boolean inError = referral.status() == ReferralStatus.ENTERED_IN_ERROR;
    // An event is never changed, only withdrawn with its referral when that was entered in error
    Instant updated = inError ? ServiceRequests.lastUpdated(referral) : entry.at();
    procedure.getMeta().setLastUpdated(Date.from(updated)).addProfile(Vocabulary.PROCEDURE_PROFILE);
    procedure.setStatus(inError ? ProcedureStatus.ENTEREDINERROR : ProcedureStatus.COMPLETED);
    procedure.setCode(
        new CodeableConcept(new Coding(Vocabulary.SNOMED, code.code(), code.display())));
    procedure.setSubject(ServiceRequests.subject(referral.person()));
    procedure.setPerformed(new DateTimeType(Date.from(entry.at())));
    procedure.addBasedOn(
        new Reference("ServiceRequest/" + referral.id())
            .setDisplay(Vocabulary.SOCIAL_PRESCRIBING_REFERRAL_DISPLAY));
    procedure.addPerformer().setActor(performer(referral, entry, code));
    return procedure;
  }

  /**
   * Who acted: the referrer sent it (a self-referral: the person); the person declined, by
   * withdrawing it themselves or by telling the receiving organisation, which declined it for them.
   */
  private static Reference performer(
      ReferralView referral, TimelineEntry entry, WorkflowCode code) {
    if (code == WorkflowCode.REFERRED) {
      return ServiceRequests.requester(referral);
    }
    if (entry.actor() == Actor.PERSON) {
      return ServiceRequests.subject(referral.person());
    }
    return new Reference("Organization/" + referral.receivingOrganisationId())
        .setDisplay(referral.receivingOrganisationName());
  }
}
