package org.openneighbourhood.api.fhir.control;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
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
import org.openneighbourhood.api.referral.entity.ReferralStatus;
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
    return of(Shown.of(referral));
  }

  /**
   * A referral a search found, from its columns alone: what {@link #of(ReferralView)} shows for the
   * same referral and the same access ({@code masked}: the person, the reason and what matters to
   * them withheld), without building the view.
   */
  public static ServiceRequest of(ReferralSearch.Row row, boolean masked) {
    return of(Shown.of(row, masked));
  }

  /**
   * Everything a referral's {@code ServiceRequest} shows, and nothing else: the resource is built
   * from this alone, so HAPI's JSON for it can be kept under it and written again for the next page
   * that shows the same ({@link EncodedResources}). A change anywhere (a new status, the person's
   * new name) is another value, never the old JSON.
   */
  record Shown(
      UUID id,
      long version,
      Instant lastUpdated,
      ReferralStatus status,
      Urgency urgency,
      Party subject,
      Instant authoredOn,
      Party requester,
      UUID serviceId,
      String serviceName,
      UUID receivingOrganisationId,
      String receivingOrganisationName,
      String reason,
      String whatMattersToMe) {

    static Shown of(ReferralView referral) {
      return new Shown(
          referral.id(),
          referral.version(),
          ServiceRequests.lastUpdated(referral),
          referral.status(),
          referral.urgency(),
          Party.subject(referral.person()),
          referral.sentAt() == null ? referral.createdAt() : referral.sentAt(),
          Party.requester(referral),
          referral.serviceId(),
          referral.serviceName(),
          referral.receivingOrganisationId(),
          referral.receivingOrganisationName(),
          referral.reason(),
          referral.whatMattersToMe());
    }

    static Shown of(ReferralSearch.Row row, boolean masked) {
      Party subject =
          masked
              ? Party.WITHHELD_PERSON
              : Party.person(
                  row.personId(), row.nhsNumber().value(), row.givenName(), row.familyName());
      return new Shown(
          row.id(),
          row.version(),
          ServiceRequests.lastUpdated(row.createdAt(), Optional.ofNullable(row.lastChanged())),
          row.status(),
          row.urgency(),
          subject,
          row.sentAt() == null ? row.createdAt() : row.sentAt(),
          row.senderId() == null
              ? subject
              : new Party("Organization/" + row.senderId(), null, row.senderName()),
          row.serviceId(),
          row.serviceName(),
          row.receiverId(),
          row.receiverName(),
          masked ? null : row.reason(),
          masked ? null : row.whatMattersToMe());
    }
  }

  /**
   * Who a reference names: its target ({@code Patient/...} or {@code Organization/...}, null when
   * withheld), the person's NHS number (null for an organisation) and what it shows.
   */
  record Party(String target, String nhsNumber, String display) {

    static final Party WITHHELD_PERSON = new Party(null, null, WITHHELD);

    static Party subject(PersonView person) {
      if (!person.shared() || person.id() == null) {
        return WITHHELD_PERSON;
      }
      return person(person.id(), person.nhsNumber(), person.givenName(), person.familyName());
    }

    static Party person(UUID id, String nhsNumber, String givenName, String familyName) {
      return new Party("Patient/" + id, nhsNumber, givenName + " " + familyName);
    }

    static Party requester(ReferralView referral) {
      if (referral.referringOrganisationId() != null) {
        return new Party(
            "Organization/" + referral.referringOrganisationId(),
            null,
            referral.referringOrganisationName());
      }
      return subject(referral.person());
    }

    Reference reference() {
      Reference reference = new Reference(target).setDisplay(display);
      if (nhsNumber != null) {
        reference.setIdentifier(
            new Identifier().setSystem(Vocabulary.NHS_NUMBER).setValue(nhsNumber));
      }
      return reference;
    }
  }

  private static ServiceRequest of(Shown shown) {
    ServiceRequest request = new ServiceRequest();
    request.setIdElement(
        new IdType("ServiceRequest", shown.id().toString(), Long.toString(shown.version())));
    request
        .getMeta()
        .setVersionId(Long.toString(shown.version()))
        .setLastUpdated(Date.from(shown.lastUpdated()))
        .addProfile(Vocabulary.SERVICE_REQUEST_PROFILE);
    request.setStatus(ServiceRequestStatus.fromCode(StatusTable.of(shown.status()).code()));
    request.setIntent(ServiceRequestIntent.ORDER);
    request.setPriority(
        shown.urgency() == Urgency.URGENT
            ? ServiceRequestPriority.URGENT
            : ServiceRequestPriority.ROUTINE);
    request.setCode(
        new CodeableConcept(
            new Coding(
                Vocabulary.SNOMED,
                Vocabulary.SOCIAL_PRESCRIBING_REFERRAL,
                Vocabulary.SOCIAL_PRESCRIBING_REFERRAL_DISPLAY)));
    request.setSubject(shown.subject().reference());
    request.setAuthoredOn(Date.from(shown.authoredOn()));
    request.setRequester(shown.requester().reference());
    request.addPerformer(
        new Reference("HealthcareService/" + shown.serviceId()).setDisplay(shown.serviceName()));
    request.addPerformer(
        new Reference("Organization/" + shown.receivingOrganisationId())
            .setDisplay(shown.receivingOrganisationName()));
    if (shown.reason() != null) {
      request.addReasonCode(new CodeableConcept().setText(shown.reason()));
    }
    if (shown.whatMattersToMe() != null) {
      request.addNote(
          new Annotation().setText("What matters to the person: " + shown.whatMattersToMe()));
    }
    return EncodedResources.builtFrom(request, shown);
  }

  /**
   * When the referral last changed: its last change of status, or its creation. A message is not a
   * change of the referral (its version stays), so it does not count.
   */
  public static Instant lastUpdated(ReferralView referral) {
    return lastUpdated(
        referral.createdAt(),
        referral.timeline().stream()
            .filter(entry -> entry.kind() == TimelineEntry.Kind.STATUS_CHANGE)
            .map(TimelineEntry::at)
            .max(Instant::compareTo));
  }

  private static Instant lastUpdated(Instant created, Optional<Instant> lastChange) {
    return lastChange.filter(at -> at.isAfter(created)).orElse(created);
  }

  static Reference subject(PersonView person) {
    return Party.subject(person).reference();
  }

  static Reference requester(ReferralView referral) {
    return Party.requester(referral).reference();
  }
}
