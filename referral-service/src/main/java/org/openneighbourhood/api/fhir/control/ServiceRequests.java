package org.openneighbourhood.api.fhir.control;

import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.openneighbourhood.api.fhir.entity.StatusTable;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.person.boundary.PersonView;
import org.openneighbourhood.api.referral.boundary.ReferralView;
import org.openneighbourhood.api.referral.boundary.ReferralView.TimelineEntry;
import org.openneighbourhood.api.referral.entity.Urgency;

/**
 * A referral as a UK Core {@code ServiceRequest}, drawn from the {@link ReferralView} the REST API
 * would answer with for the same access: what that view withholds (the person, the reason, what
 * matters to them, when masked) is never in the resource either.
 */
public final class ServiceRequests {

  /** What a masked referral says in place of the person. */
  static final String WITHHELD = "Withheld: the person's agreement to share has ended";

  private ServiceRequests() {}

  public static ServiceRequest of(ReferralView referral) {
    ServiceRequest request = new ServiceRequest();
    request.setIdElement(
        new IdType("ServiceRequest", referral.id().toString(), Long.toString(referral.version())));
    request
        .getMeta()
        .setVersionId(Long.toString(referral.version()))
        .setLastUpdated(Date.from(lastUpdated(referral)))
        .addProfile(Vocabulary.SERVICE_REQUEST_PROFILE);
    request.setStatus(ServiceRequestStatus.fromCode(StatusTable.of(referral.status()).code()));
    request.setIntent(ServiceRequestIntent.ORDER);
    request.setPriority(
        referral.urgency() == Urgency.URGENT
            ? ServiceRequestPriority.URGENT
            : ServiceRequestPriority.ROUTINE);
    request.setCode(
        new CodeableConcept(
            new Coding(
                Vocabulary.SNOMED,
                Vocabulary.SOCIAL_PRESCRIBING_REFERRAL,
                Vocabulary.SOCIAL_PRESCRIBING_REFERRAL_DISPLAY)));
    request.setSubject(subject(referral.person()));
    request.setAuthoredOn(
        Date.from(referral.sentAt() == null ? referral.createdAt() : referral.sentAt()));
    request.setRequester(requester(referral));
    request.addPerformer(
        new Reference("HealthcareService/" + referral.serviceId())
            .setDisplay(referral.serviceName()));
    request.addPerformer(
        new Reference("Organization/" + referral.receivingOrganisationId())
            .setDisplay(referral.receivingOrganisationName()));
    if (referral.reason() != null) {
      request.addReasonCode(new CodeableConcept().setText(referral.reason()));
    }
    if (referral.whatMattersToMe() != null) {
      request.addNote(
          new Annotation().setText("What matters to the person: " + referral.whatMattersToMe()));
    }
    return request;
  }

  /**
   * When the referral last changed: its last change of status, or its creation. A message is not a
   * change of the referral (its version stays), so it does not count.
   */
  public static Instant lastUpdated(ReferralView referral) {
    return referral.timeline().stream()
        .filter(entry -> entry.kind() == TimelineEntry.Kind.STATUS_CHANGE)
        .map(TimelineEntry::at)
        .max(Instant::compareTo)
        .filter(at -> at.isAfter(referral.createdAt()))
        .orElse(referral.createdAt());
  }

  static Reference subject(PersonView person) {
    if (!person.shared() || person.id() == null) {
      return new Reference().setDisplay(WITHHELD);
    }
    return new Reference("Patient/" + person.id())
        .setIdentifier(
            new Identifier().setSystem(Vocabulary.NHS_NUMBER).setValue(person.nhsNumber()))
        .setDisplay(person.givenName() + " " + person.familyName());
  }

  static Reference requester(ReferralView referral) {
    if (referral.referringOrganisationId() != null) {
      return new Reference("Organization/" + referral.referringOrganisationId())
          .setDisplay(referral.referringOrganisationName());
    }
    return subject(referral.person());
  }
}
