package org.openneighbourhood.api.fhir.control;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.openneighbourhood.api.fhir.entity.Bars;
import org.openneighbourhood.api.fhir.entity.StatusTable;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.referral.entity.Urgency;

/**
 * The BaRS messages this service sends: the acknowledgement of a referral request (the answer to
 * {@code $process-message}), and the status update of a referral a partner system sent (posted to
 * its own {@code $process-message}). Each is a message Bundle (UKCore-Bundle) whose MessageHeader
 * answers the sender's message ({@code response.identifier}) and whose focus is the referral as a
 * ServiceRequest, with the Patient it is about; every reference resolves inside the Bundle.
 */
public final class BarsBundles {

  private static final String SOFTWARE = "Neighbourhood portal";

  private BarsBundles() {}

  /**
   * The answer to a referral request: its event, {@code response.code = ok}, and the referral as it
   * is now (sent, with its id in this service).
   */
  public static Bundle acknowledgement(
      Referral referral,
      String answeredMessage,
      String senderReference,
      String endpoint,
      Instant at) {
    return message(
        Bars.REFERRAL_REQUEST, Bars.NEW, referral, answeredMessage, senderReference, endpoint, at);
  }

  /**
   * A referral's new status, for the system that sent it. On a decline the ServiceRequest's code is
   * SNOMED CT {@value Bars#SOCIAL_PRESCRIBING_DECLINED} "Social prescribing declined". Several of
   * the portal's statuses read as one {@code ServiceRequest.status} (accepted, waitlisted and
   * started are all {@code active}; declined, expired, withdrawn and not taken up all {@code
   * revoked}), so the ServiceRequest also says which in a {@code note} (see {@link #statusNote}).
   */
  public static Bundle statusUpdate(
      Referral referral,
      String answeredMessage,
      String senderReference,
      String endpoint,
      Instant at) {
    return message(
        Bars.REFERRAL_RESPONSE,
        Bars.UPDATE,
        referral,
        answeredMessage,
        senderReference,
        endpoint,
        at);
  }

  private static Bundle message(
      String event,
      String reason,
      Referral referral,
      String answeredMessage,
      String senderReference,
      String endpoint,
      Instant at) {
    UUID headerId = UUID.randomUUID();
    UUID requestEntry = UUID.randomUUID();
    UUID patientEntry = UUID.randomUUID();
    Bundle bundle = new Bundle();
    bundle.setId(UUID.randomUUID().toString());
    bundle.getMeta().setLastUpdated(Date.from(at)).addProfile(Bars.BUNDLE_PROFILE);
    bundle.setType(Bundle.BundleType.MESSAGE);
    bundle.setTimestamp(Date.from(at));
    bundle.setIdentifier(
        new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + headerId));

    MessageHeader header = new MessageHeader();
    header.setId(headerId.toString());
    header.getMeta().setLastUpdated(Date.from(at)).addProfile(Bars.MESSAGE_HEADER_PROFILE);
    header.setEvent(new Coding(Bars.EVENTS, event, null));
    header.setReason(new CodeableConcept(new Coding(Bars.REASONS, reason, null)));
    header.getSource().setName(SOFTWARE).setSoftware(SOFTWARE).setEndpoint(endpoint);
    header.getResponse().setIdentifier(answeredMessage).setCode(MessageHeader.ResponseType.OK);
    header.addFocus(new Reference("urn:uuid:" + requestEntry).setType("ServiceRequest"));
    bundle.addEntry().setFullUrl("urn:uuid:" + headerId).setResource(header);

    ServiceRequest request = serviceRequest(referral, senderReference, at);
    request.setSubject(new Reference("urn:uuid:" + patientEntry).setType("Patient"));
    bundle.addEntry().setFullUrl("urn:uuid:" + requestEntry).setResource(request);
    bundle.addEntry().setFullUrl("urn:uuid:" + patientEntry).setResource(patient(referral));
    return bundle;
  }

  private static ServiceRequest serviceRequest(
      Referral referral, String senderReference, Instant at) {
    ServiceRequest request = new ServiceRequest();
    request.setId(referral.id().toString());
    request.getMeta().setLastUpdated(Date.from(at)).addProfile(Vocabulary.SERVICE_REQUEST_PROFILE);
    if (senderReference != null) {
      int bar = senderReference.indexOf('|');
      Identifier theirs = request.addIdentifier();
      if (bar > 0) {
        theirs.setSystem(senderReference.substring(0, bar));
      }
      theirs.setValue(senderReference.substring(bar + 1));
    }
    request.setStatus(ServiceRequestStatus.fromCode(StatusTable.of(referral.status()).code()));
    request.setIntent(ServiceRequestIntent.ORDER);
    request.setPriority(
        referral.urgency() == Urgency.URGENT
            ? ServiceRequestPriority.URGENT
            : ServiceRequestPriority.ROUTINE);
    request.setCode(new CodeableConcept(code(referral.status())));
    request.addNote().setTime(Date.from(at)).setText(statusNote(referral.status()));
    referral
        .referringOrganisation()
        .ifPresent(
            from -> request.setRequester(organisation(from.name(), from.odsCode().orElse(null))));
    request.addPerformer(new Reference().setDisplay(referral.service().name()));
    request.addPerformer(
        organisation(
            referral.receivingOrganisation().name(),
            referral.receivingOrganisation().odsCode().orElse(null)));
    return request;
  }

  /**
   * The ServiceRequest's code for a referral in this status. Only a decline has a code of its own
   * so far; a SNOMED CT concept for another status (waitlisted, started, withdrawn, expired, not
   * taken up), once the vocabulary has one, goes here.
   */
  static Coding code(ReferralStatus status) {
    return status == ReferralStatus.DECLINED
        ? new Coding(
            Vocabulary.SNOMED,
            Bars.SOCIAL_PRESCRIBING_DECLINED,
            Bars.SOCIAL_PRESCRIBING_DECLINED_DISPLAY)
        : new Coding(
            Vocabulary.SNOMED,
            Vocabulary.SOCIAL_PRESCRIBING_REFERRAL,
            Vocabulary.SOCIAL_PRESCRIBING_REFERRAL_DISPLAY);
  }

  /**
   * Which of the portal's statuses the referral is in, in words the sending system can show its
   * users ("The referral is on the waiting list."): the ServiceRequest's status alone cannot say.
   */
  static String statusNote(ReferralStatus status) {
    return "The referral is " + status.words() + ".";
  }

  private static Reference organisation(String name, String odsCode) {
    Reference reference = new Reference().setDisplay(name).setType("Organization");
    if (odsCode != null) {
      reference.setIdentifier(new Identifier().setSystem(Vocabulary.ODS_CODE).setValue(odsCode));
    }
    return reference;
  }

  /**
   * The person by their NHS number only, which the sender gave: the name this service holds may
   * differ from the sender's, and is not the sender's to learn from a number it typed.
   */
  private static Patient patient(Referral referral) {
    Patient patient = new Patient();
    patient.setId(referral.person().id().toString());
    patient.getMeta().addProfile(Vocabulary.PATIENT_PROFILE);
    patient.addIdentifier(
        new Identifier()
            .setSystem(Vocabulary.NHS_NUMBER)
            .setValue(referral.person().nhsNumber().value()));
    return patient;
  }
}
