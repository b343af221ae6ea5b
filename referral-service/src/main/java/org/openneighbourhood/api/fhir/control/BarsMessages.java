package org.openneighbourhood.api.fhir.control;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.openneighbourhood.api.fhir.entity.Bars;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.referral.entity.Urgency;

/**
 * Reads a BaRS referral request ({@code $process-message}: a message Bundle whose MessageHeader's
 * event is {@value Bars#REFERRAL_REQUEST} and whose focus is a ServiceRequest) into what the portal
 * needs to make a referral, or refuses it with BaRS's coded {@code OperationOutcome}: 400 for what
 * is not a message or misses a part, 422 for a message this service cannot act on.
 */
public final class BarsMessages {

  private static final int LONGEST_ID = 200;
  private static final int LONGEST_NAME = 200;

  /**
   * A referral as its sender's message asked for it.
   *
   * @param messageId the MessageHeader's id: the same message sent again has the same one
   * @param hash what the message says, to tell a resend from another message under the same id
   * @param serviceId the service asked to act (the ServiceRequest's performer)
   * @param senderReference the sender's own name for its ServiceRequest, said back in updates
   */
  public record Inbound(
      String messageId,
      String hash,
      NhsNumber nhsNumber,
      String givenName,
      String familyName,
      LocalDate birthDate,
      UUID serviceId,
      String reason,
      Urgency urgency,
      String referredBy,
      String senderReference) {

    @Override
    public String toString() {
      // The person's details stay out of logs.
      return "Inbound[" + messageId + "]";
    }
  }

  private BarsMessages() {}

  public static Inbound read(String body) {
    Bundle bundle = bundleOf(body);
    Bundle.BundleEntryComponent headerEntry =
        bundle.getEntry().isEmpty() ? null : bundle.getEntryFirstRep();
    if (headerEntry == null || !(headerEntry.getResource() instanceof MessageHeader header)) {
      throw BarsOutcomes.badRequest(
          IssueType.REQUIRED, "The Bundle's first entry must be its MessageHeader");
    }
    String messageId = messageId(headerEntry, header);
    Coding event = header.hasEventCoding() ? header.getEventCoding() : null;
    if (event == null
        || !Bars.EVENTS.equals(event.getSystem())
        || !Bars.REFERRAL_REQUEST.equals(event.getCode())) {
      throw BarsOutcomes.unprocessable(
          IssueType.NOTSUPPORTED,
          "This receiver takes only the event "
              + Bars.REFERRAL_REQUEST
              + " ("
              + Bars.EVENTS
              + ") at $process-message");
    }
    ServiceRequest request =
        header.getFocus().stream()
            .map(focus -> resolve(bundle, focus))
            .flatMap(Optional::stream)
            .filter(ServiceRequest.class::isInstance)
            .map(ServiceRequest.class::cast)
            .findFirst()
            .orElseThrow(
                () ->
                    BarsOutcomes.badRequest(
                        IssueType.REQUIRED,
                        "The MessageHeader's focus must be a ServiceRequest in the Bundle"));
    Patient patient =
        resolve(bundle, request.getSubject())
            .filter(Patient.class::isInstance)
            .map(Patient.class::cast)
            .orElseThrow(
                () ->
                    BarsOutcomes.badRequest(
                        IssueType.REQUIRED,
                        "The ServiceRequest's subject must be a Patient in the Bundle"));
    NhsNumber nhsNumber = nhsNumberOf(patient);
    HumanName name =
        patient.getName().stream()
            .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
            .findFirst()
            .orElse(patient.getNameFirstRep());
    String born = patient.getBirthDateElement().getValueAsString();
    LocalDate birthDate = born != null && born.length() == 10 ? LocalDate.parse(born) : null;
    return new Inbound(
        messageId,
        sha256(body),
        nhsNumber,
        blankToNull(name.getGivenAsSingleString()),
        blankToNull(name.getFamily()),
        birthDate,
        serviceOf(bundle, request),
        reasonOf(request),
        request.getPriority() == null
                || request.getPriority() == ServiceRequest.ServiceRequestPriority.ROUTINE
            ? Urgency.ROUTINE
            : Urgency.URGENT,
        referredBy(bundle, request, header),
        senderReference(request, bundle));
  }

  private static Bundle bundleOf(String body) {
    IParser parser = Fhir.context().newJsonParser();
    IBaseResource parsed;
    try {
      parsed = parser.parseResource(body);
    } catch (DataFormatException | IllegalArgumentException notFhir) {
      throw BarsOutcomes.badRequest(
          IssueType.INVALID, "The body is not a FHIR R4 resource in JSON");
    }
    if (!(parsed instanceof Bundle bundle)) {
      throw BarsOutcomes.badRequest(
          IssueType.INVALID, "$process-message takes a Bundle, not a " + parsed.fhirType());
    }
    if (bundle.getType() != Bundle.BundleType.MESSAGE) {
      throw BarsOutcomes.badRequest(IssueType.INVALID, "The Bundle's type must be message");
    }
    return bundle;
  }

  /** The MessageHeader's id; without one, its entry's {@code urn:uuid:} full URL names it. */
  private static String messageId(Bundle.BundleEntryComponent entry, MessageHeader header) {
    String id = header.getIdElement().getIdPart();
    if (id == null || id.isBlank() || id.contains(":")) {
      id = entry.getFullUrl() == null ? null : entry.getFullUrl().replaceFirst("^urn:uuid:", "");
    }
    if (id == null || id.isBlank()) {
      throw BarsOutcomes.badRequest(
          IssueType.REQUIRED, "The MessageHeader needs an id (or its entry a fullUrl)");
    }
    if (id.length() > LONGEST_ID) {
      throw BarsOutcomes.badRequest(
          IssueType.VALUE, "The MessageHeader's id is longer than " + LONGEST_ID + " characters");
    }
    return id;
  }

  private static NhsNumber nhsNumberOf(Patient patient) {
    String number =
        patient.getIdentifier().stream()
            .filter(identifier -> Vocabulary.NHS_NUMBER.equals(identifier.getSystem()))
            .map(Identifier::getValue)
            .filter(value -> value != null && !value.isBlank())
            .findFirst()
            .orElseThrow(
                () ->
                    BarsOutcomes.badRequest(
                        IssueType.REQUIRED,
                        "The Patient needs an NHS number (identifier system "
                            + Vocabulary.NHS_NUMBER
                            + ")"));
    try {
      return NhsNumber.parse(number);
    } catch (DomainException notOne) {
      throw BarsOutcomes.badRequest(
          IssueType.VALUE, "The Patient's NHS number is not a valid NHS number");
    }
  }

  /**
   * The service asked: the ServiceRequest's performer, {@code HealthcareService/<id>} as the
   * directory gives it, or a HealthcareService in the Bundle carrying that id (as its id or an
   * identifier).
   */
  private static UUID serviceOf(Bundle bundle, ServiceRequest request) {
    for (Reference performer : request.getPerformer()) {
      String reference = performer.getReference();
      if (reference != null && reference.startsWith("HealthcareService/")) {
        return uuid(reference.substring("HealthcareService/".length()))
            .orElseThrow(BarsMessages::unknownService);
      }
      Optional<Resource> inBundle = resolve(bundle, performer);
      if (inBundle.isPresent() && inBundle.get() instanceof HealthcareService service) {
        Optional<UUID> id = uuid(service.getIdElement().getIdPart());
        for (Identifier identifier : service.getIdentifier()) {
          id = id.or(() -> uuid(identifier.getValue()));
        }
        return id.orElseThrow(BarsMessages::unknownService);
      }
    }
    throw BarsOutcomes.badRequest(
        IssueType.REQUIRED, "The ServiceRequest's performer must name a HealthcareService");
  }

  public static BaseServerResponseException unknownService() {
    return BarsOutcomes.unprocessable(
        IssueType.PROCESSING,
        "The ServiceRequest's performer is no service in this directory: find one with"
            + " GET /fhir/HealthcareService");
  }

  private static String reasonOf(ServiceRequest request) {
    for (CodeableConcept reason : request.getReasonCode()) {
      if (reason.hasText()) {
        return reason.getText().strip();
      }
      for (Coding coding : reason.getCoding()) {
        if (coding.hasDisplay()) {
          return coding.getDisplay().strip();
        }
      }
    }
    for (Annotation note : request.getNote()) {
      if (note.hasText() && !note.getText().isBlank()) {
        return note.getText().strip();
      }
    }
    throw BarsOutcomes.badRequest(
        IssueType.REQUIRED,
        "The ServiceRequest needs a reason for the referral (reasonCode text, or a note)");
  }

  /** Who made the referral: the requesting practitioner's name, else the sending system. */
  private static String referredBy(Bundle bundle, ServiceRequest request, MessageHeader header) {
    Optional<Resource> requester = resolve(bundle, request.getRequester());
    if (requester.isPresent() && requester.get() instanceof PractitionerRole role) {
      requester = resolve(bundle, role.getPractitioner());
    }
    String name = null;
    if (requester.isPresent() && requester.get() instanceof Practitioner practitioner) {
      HumanName first = practitioner.getNameFirstRep();
      name = blankToNull((first.getGivenAsSingleString() + " " + first.getFamily()).strip());
      if (name != null && name.endsWith("null")) {
        name = blankToNull(first.getGivenAsSingleString());
      }
    }
    if (name == null && header.getSource().hasName()) {
      name = header.getSource().getName();
    }
    if (name == null || name.isBlank()) {
      name = "Partner system";
    }
    return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
  }

  /** The sender's own name for its ServiceRequest: its first identifier, else its id. */
  private static String senderReference(ServiceRequest request, Bundle bundle) {
    String reference =
        request.getIdentifier().stream()
            .filter(Identifier::hasValue)
            .findFirst()
            .map(i -> (i.hasSystem() ? i.getSystem() + "|" : "") + i.getValue())
            .orElse(null);
    if (reference == null) {
      reference =
          bundle.getEntry().stream()
              .filter(entry -> entry.getResource() == request)
              .map(Bundle.BundleEntryComponent::getFullUrl)
              .filter(url -> url != null && !url.isBlank())
              .findFirst()
              .orElse(null);
    }
    return reference == null || reference.length() > LONGEST_ID ? null : reference;
  }

  /** The Bundle entry a reference names, by its full URL or by type and id. */
  static Optional<Resource> resolve(Bundle bundle, Reference reference) {
    if (reference == null || !reference.hasReference()) {
      return Optional.empty();
    }
    String wanted = reference.getReference();
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      Resource resource = entry.getResource();
      if (resource == null) {
        continue;
      }
      if (wanted.equals(entry.getFullUrl())
          || wanted.equals(resource.fhirType() + "/" + resource.getIdElement().getIdPart())) {
        return Optional.of(resource);
      }
    }
    return Optional.empty();
  }

  private static Optional<UUID> uuid(String text) {
    if (text == null || text.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException notOne) {
      return Optional.empty();
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
