package org.openneighbourhood.api.fhir.entity;

/**
 * The NHS Booking and Referral Standard's (BaRS) names, each written once: the message events and
 * reasons, the HTTP error codes of its {@code OperationOutcome}s, and the SNOMED CT codes a
 * referral's {@code ServiceRequest} carries in its messages.
 */
public final class Bars {

  public static final String EVENTS = "https://fhir.nhs.uk/CodeSystem/message-events-bars";
  public static final String REASONS = "https://fhir.nhs.uk/CodeSystem/message-reason-bars";

  /** A referral sent to a service. */
  public static final String REFERRAL_REQUEST = "servicerequest-request";

  /** The receiver's answer to a referral (the message's direction reversed). */
  public static final String REFERRAL_RESPONSE = "servicerequest-response";

  public static final String NEW = "new";
  public static final String UPDATE = "update";

  /** BaRS's error codes, in every error's {@code issue.details}. */
  public static final String HTTP_ERROR_CODES = "https://fhir.nhs.uk/Codesystem/http-error-codes";

  /** SNOMED CT: the referral was declined (the update of a declined referral). */
  public static final String SOCIAL_PRESCRIBING_DECLINED = "871711000000103";

  public static final String SOCIAL_PRESCRIBING_DECLINED_DISPLAY = "Social prescribing declined";

  public static final String BUNDLE_PROFILE =
      "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Bundle";
  public static final String MESSAGE_HEADER_PROFILE =
      "https://fhir.hl7.org.uk/StructureDefinition/UKCore-MessageHeader";
  public static final String OPERATION_OUTCOME_PROFILE =
      "https://fhir.hl7.org.uk/StructureDefinition/UKCore-OperationOutcome";

  /** The scope a partner system's token needs to send referrals (SMART on FHIR's form). */
  public static final String WRITE_SCOPE = "system/ServiceRequest.write";

  private Bars() {}
}
