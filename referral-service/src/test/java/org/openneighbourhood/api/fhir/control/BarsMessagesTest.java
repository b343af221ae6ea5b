package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.UUID;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.fhir.entity.Bars;
import org.openneighbourhood.api.referral.entity.Urgency;

class BarsMessagesTest {

  private static final UUID SERVICE = UUID.fromString("00000000-0000-0000-0000-00000000b001");

  @Test
  void aReferralRequestIsReadIntoWhatAReferralNeeds() {
    BarsMessages.Inbound read = BarsMessages.read(message(bundle -> {}));
    assertEquals("message-1", read.messageId());
    assertEquals("9990000018", read.nhsNumber().value());
    assertEquals("Pat", read.givenName());
    assertEquals("Smith", read.familyName());
    assertEquals("1970-01-02", read.birthDate().toString());
    assertEquals(SERVICE, read.serviceId());
    assertEquals("Lonely since moving", read.reason());
    assertEquals(Urgency.URGENT, read.urgency());
    assertEquals("https://gp.example/Id/referral|R-42", read.senderReference());
    assertEquals(64, read.hash().length());
    assertNotEquals(
        read.hash(),
        BarsMessages.read(message(bundle -> request(bundle).getReasonCodeFirstRep().setText("x")))
            .hash());
  }

  @Test
  void whatIsNotAReferralRequestIsRefusedWithBarsCodes() {
    refused("{\"resourceType\": \"Bundle\",", 400, "invalid", "REC_BAD_REQUEST");
    refused("{\"resourceType\": \"Patient\"}", 400, "invalid", "REC_BAD_REQUEST");
    refused(
        message(bundle -> bundle.setType(Bundle.BundleType.COLLECTION)),
        400,
        "invalid",
        "REC_BAD_REQUEST");
    refused(message(bundle -> bundle.getEntry().remove(0)), 400, "required", "REC_BAD_REQUEST");
    refused(
        message(bundle -> header(bundle).getEventCoding().setCode("booking-request")),
        422,
        "not-supported",
        "REC_UNPROCESSABLE_ENTITY");
    refused(
        message(bundle -> patient(bundle).getIdentifier().clear()),
        400,
        "required",
        "REC_BAD_REQUEST");
    refused(
        message(bundle -> patient(bundle).getIdentifierFirstRep().setValue("9990000000")),
        400,
        "value",
        "REC_BAD_REQUEST");
    refused(
        message(bundle -> request(bundle).getPerformer().clear()),
        400,
        "required",
        "REC_BAD_REQUEST");
    refused(
        message(
            bundle ->
                request(bundle).getPerformerFirstRep().setReference("HealthcareService/dos-1")),
        422,
        "processing",
        "REC_UNPROCESSABLE_ENTITY");
    refused(
        message(bundle -> request(bundle).getReasonCode().clear()),
        400,
        "required",
        "REC_BAD_REQUEST");
  }

  private static void refused(String body, int status, String code, String barsCode) {
    BaseServerResponseException refused =
        assertThrows(BaseServerResponseException.class, () -> BarsMessages.read(body), body);
    assertEquals(status, refused.getStatusCode(), refused::getMessage);
    OperationOutcome outcome = (OperationOutcome) refused.getOperationOutcome();
    assertEquals(code, outcome.getIssueFirstRep().getCode().toCode(), refused::getMessage);
    Coding details = outcome.getIssueFirstRep().getDetails().getCodingFirstRep();
    assertEquals(Bars.HTTP_ERROR_CODES, details.getSystem());
    assertEquals(barsCode, details.getCode());
  }

  private static String message(Consumer<Bundle> change) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.MESSAGE);
    MessageHeader header = new MessageHeader();
    header.setId("message-1");
    header.setEvent(new Coding(Bars.EVENTS, Bars.REFERRAL_REQUEST, null));
    header.getSource().setEndpoint("https://gp.example/fhir");
    header.addFocus(new Reference("urn:uuid:request"));
    bundle.addEntry().setFullUrl("urn:uuid:header").setResource(header);
    ServiceRequest request = new ServiceRequest();
    request.addIdentifier().setSystem("https://gp.example/Id/referral").setValue("R-42");
    request.setSubject(new Reference("urn:uuid:patient"));
    request.addPerformer(new Reference("HealthcareService/" + SERVICE));
    request.addReasonCode().setText("Lonely since moving");
    request.setPriority(ServiceRequest.ServiceRequestPriority.ASAP);
    bundle.addEntry().setFullUrl("urn:uuid:request").setResource(request);
    Patient patient = new Patient();
    patient.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhs-number").setValue("9990000018");
    patient.addName().setFamily("Smith").addGiven("Pat");
    patient.getBirthDateElement().setValueAsString("1970-01-02");
    bundle.addEntry().setFullUrl("urn:uuid:patient").setResource(patient);
    change.accept(bundle);
    return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle);
  }

  private static MessageHeader header(Bundle bundle) {
    return (MessageHeader) bundle.getEntry().get(0).getResource();
  }

  private static ServiceRequest request(Bundle bundle) {
    return (ServiceRequest) bundle.getEntry().get(1).getResource();
  }

  private static Patient patient(Bundle bundle) {
    return (Patient) bundle.getEntry().get(2).getResource();
  }
}
