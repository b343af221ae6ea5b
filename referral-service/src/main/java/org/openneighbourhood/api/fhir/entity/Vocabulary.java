package org.openneighbourhood.api.fhir.entity;

/**
 * The code systems, identifier systems and profiles the FHIR API names, each written once. The
 * profiles are UK Core 2.0.0's (package UKCore.R4.STU.02.00.00).
 */
public final class Vocabulary {

  public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
  public static final String ODS_CODE = "https://fhir.nhs.uk/Id/ods-organization-code";
  public static final String SNOMED = "http://snomed.info/sct";

  /** SNOMED CT: the code of every referral this service makes. */
  public static final String SOCIAL_PRESCRIBING_REFERRAL = "871731000000106";

  public static final String SOCIAL_PRESCRIBING_REFERRAL_DISPLAY =
      "Referral to social prescribing service";

  /** HL7 v3 Confidentiality: a restricted record (like the NHS Spine's S flag). */
  public static final String CONFIDENTIALITY =
      "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";

  /** HL7 v3 ObservationValue, whose MASKED says the resource's details are withheld. */
  public static final String OBSERVATION_VALUE =
      "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";

  public static final String DATA_ABSENT_REASON =
      "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

  private static final String UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";
  public static final String SERVICE_REQUEST_PROFILE = UK_CORE + "ServiceRequest";
  public static final String PATIENT_PROFILE = UK_CORE + "Patient";
  public static final String HEALTHCARE_SERVICE_PROFILE = UK_CORE + "HealthcareService";
  public static final String ORGANIZATION_PROFILE = UK_CORE + "Organization";
  public static final String LOCATION_PROFILE = UK_CORE + "Location";
  public static final String CARE_PLAN_PROFILE = UK_CORE + "CarePlan";
  public static final String CARE_TEAM_PROFILE = UK_CORE + "CareTeam";
  public static final String TASK_PROFILE = UK_CORE + "Task";
  public static final String CONSENT_PROFILE = UK_CORE + "Consent";
  public static final String AUDIT_EVENT_PROFILE = UK_CORE + "AuditEvent";
  public static final String OBSERVATION_PROFILE = UK_CORE + "Observation";
  public static final String PROCEDURE_PROFILE = UK_CORE + "Procedure";

  /**
   * UK Core's extension on a {@code Patient} for their ethnic category (a CodeableConcept bound,
   * extensibly, to ValueSet UKCore-EthnicCategory), and the code system of England's codes in it:
   * the NHS Data Dictionary's letters, A to S and Z, as {@code EthnicCategory} holds them.
   */
  public static final String ETHNIC_CATEGORY_EXTENSION =
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";

  public static final String ETHNIC_CATEGORY_ENGLAND =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";

  public static final String LOINC = "http://loinc.org";

  /** HL7's Observation categories, whose {@code survey} is answers to a questionnaire. */
  public static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";

  public static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
  public static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  public static final String PARTICIPATION_TYPE =
      "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
  public static final String AUDIT_EVENT_TYPE =
      "http://terminology.hl7.org/CodeSystem/audit-event-type";

  /** HL7's Task codes, whose {@code fulfill} asks the owner to carry out the focal request. */
  public static final String TASK_CODE = "http://hl7.org/fhir/CodeSystem/task-code";

  private Vocabulary() {}
}
