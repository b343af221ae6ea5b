package org.openneighbourhood.api.access.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Everything the API lets someone do, as named in the access policy table ({@code
 * access/policy.md}). Each API endpoint declares one with {@link Guarded}; the audit log records it
 * with its action and purpose.
 *
 * <p>Operations whose id starts with {@value #FIELD_PREFIX} are not requests but sensitive fields
 * of a person: their rows say who is shown the field, wherever the person is shown. No endpoint
 * names one; the request is decided by its own operation, and the field by the same caller and
 * relationship ({@code Access#sees}).
 */
public enum Operation {
  DIRECTORY_LIST("directory.list", Action.READ, null),
  PERSON_FIND("person.find", Action.READ, "find a person to support them"),
  PERSON_REGISTER("person.register", Action.CREATE, "register a person to support them"),
  PERSON_READ("person.read", Action.READ, "direct care"),
  PLAN_READ("plan.read", Action.READ, "direct care"),
  PLAN_WRITE("plan.write", Action.UPDATE, "direct care"),
  REFERRAL_SEND("referral.send", Action.CREATE, "referral for direct care"),
  REFERRAL_LIST_SENT("referral.list-sent", Action.READ, "follow referrals we sent"),
  REFERRAL_LIST_INBOX("referral.list-inbox", Action.READ, "answer referrals sent to us"),
  REFERRAL_READ("referral.read", Action.READ, "referral for direct care"),
  REFERRAL_DECIDE("referral.decide", Action.UPDATE, "answer a referral"),
  CARE_TEAM_READ("care-team.read", Action.READ, "direct care"),
  CARE_TEAM_ADD("care-team.add", Action.CREATE, "direct care, with the person's agreement"),
  CARE_TEAM_END("care-team.end", Action.UPDATE, "direct care"),
  ME_READ("me.read", Action.READ, "the person's own record"),
  ME_PLAN("me.plan", Action.READ, "the person's own record"),
  ME_REFERRALS("me.referrals", Action.READ, "the person's own record"),
  ME_CARE_TEAM("me.care-team", Action.READ, "the person's own record"),
  ME_CONSENTS("me.consents", Action.READ, "the person's own record"),
  ME_CONSENT_WITHDRAW("me.consent-withdraw", Action.UPDATE, "the person's own choice"),
  ME_ACCESS_LOG("me.access-log", Action.READ, "the person's own record"),
  ORGANISATION_ACCESS_LOG("organisation.access-log", Action.READ, null),
  ORGANISATION_MINE("organisation.mine", Action.READ, null),
  ORGANISATION_ONBOARD("organisation.onboard", Action.CREATE, "onboard a partner organisation"),
  ORGANISATION_AREAS("organisation.areas", Action.READ, null),
  ORGANISATION_PCN("organisation.pcn", Action.UPDATE, null),
  STAFF_LIST("staff.list", Action.READ, "manage our organisation's staff"),
  STAFF_INVITE("staff.invite", Action.CREATE, "manage our organisation's staff"),
  STAFF_DEACTIVATE("staff.deactivate", Action.UPDATE, "manage our organisation's staff"),
  PERSON_SAFEGUARDING_NOTE_ADD(
      "person.safeguarding-note.add", Action.CREATE, "safeguarding, for direct care"),
  REFERRAL_EDIT_DRAFT("referral.edit-draft", Action.UPDATE, "direct care"),
  REFERRAL_WITHDRAW("referral.withdraw", Action.UPDATE, "direct care"),
  REFERRAL_ENTERED_IN_ERROR("referral.entered-in-error", Action.UPDATE, "direct care"),
  REFERRAL_UPDATE("referral.update", Action.UPDATE, "direct care"),
  REFERRAL_MESSAGE("referral.message", Action.CREATE, "referral for direct care"),
  ME_REFER("me.refer", Action.CREATE, "the person's own choice"),
  ME_REFERRAL_WITHDRAW("me.referral-withdraw", Action.UPDATE, "the person's own choice"),
  ME_REFERRAL_MESSAGE("me.referral-message", Action.CREATE, "the person's own choice"),
  ME_CONTACT("me.contact", Action.UPDATE, "the person's own choice"),
  SERVICE_CAPACITY("service.capacity", Action.UPDATE, null),
  CALENDAR_READ("calendar.read", Action.READ, null),
  CALENDAR_UPDATE("calendar.update", Action.UPDATE, null),
  PLAN_REVIEW("plan.review", Action.UPDATE, "direct care"),
  PLAN_ACTION_ADD("plan.action-add", Action.CREATE, "direct care"),
  PLAN_ACTION_UPDATE("plan.action-update", Action.UPDATE, "direct care"),
  PLAN_NOTE_ADD("plan.note-add", Action.CREATE, "direct care"),
  PLAN_WELLBEING_ADD("plan.wellbeing-add", Action.CREATE, "direct care"),
  SERVICE_CREATE("service.create", Action.CREATE, null),
  SERVICE_EDIT("service.edit", Action.UPDATE, null),
  SERVICE_RETIRE("service.retire", Action.UPDATE, null),
  SERVICE_CONFIRM("service.confirm", Action.UPDATE, null),
  OPEN_REFERRAL_READ("open-referral.read", Action.READ, null),
  SESSION_END("session.end", Action.UPDATE, null),
  CASELOAD_LIST("caseload.list", Action.READ, "follow the people we support"),
  STAFF_CONTACT_READ("staff.contact-read", Action.READ, null),
  STAFF_CONTACT("staff.contact", Action.UPDATE, null),
  REPORT_REFERRALS("report.referrals", Action.READ, null),
  REPORT_ORGANISATION("report.organisation", Action.READ, null),
  REPORT_ANY_ORGANISATION("report.any-organisation", Action.READ, null),
  FHIR_METADATA("fhir.metadata", Action.READ, null),
  FHIR_SERVICE_REQUEST_READ("fhir.service-request.read", Action.READ, "referral for direct care"),
  FHIR_SERVICE_REQUEST_SEARCH(
      "fhir.service-request.search", Action.READ, "referral for direct care"),
  FHIR_PATIENT_READ("fhir.patient.read", Action.READ, "direct care"),
  FHIR_PATIENT_SEARCH("fhir.patient.search", Action.READ, "find a person to support them"),
  FHIR_CARE_PLAN_READ("fhir.care-plan.read", Action.READ, "direct care"),
  FHIR_CARE_PLAN_SEARCH("fhir.care-plan.search", Action.READ, "direct care"),
  FHIR_GOAL_READ("fhir.goal.read", Action.READ, "direct care"),
  FHIR_GOAL_SEARCH("fhir.goal.search", Action.READ, "direct care"),
  FHIR_OBSERVATION_READ("fhir.observation.read", Action.READ, "direct care"),
  FHIR_OBSERVATION_SEARCH("fhir.observation.search", Action.READ, "direct care"),
  FHIR_CARE_TEAM_READ("fhir.care-team.read", Action.READ, "direct care"),
  FHIR_CARE_TEAM_SEARCH("fhir.care-team.search", Action.READ, "direct care"),
  FHIR_DIRECTORY_READ("fhir.directory.read", Action.READ, null),
  FHIR_DIRECTORY_SEARCH("fhir.directory.search", Action.READ, null),
  BARS_PROCESS_MESSAGE("bars.process-message", Action.CREATE, "referral for direct care"),
  FHIR_TASK_READ("fhir.task.read", Action.READ, "referral for direct care"),
  FHIR_TASK_SEARCH("fhir.task.search", Action.READ, "referral for direct care"),
  FHIR_PROCEDURE_READ("fhir.procedure.read", Action.READ, "referral for direct care"),
  FHIR_PROCEDURE_SEARCH("fhir.procedure.search", Action.READ, "referral for direct care"),
  FHIR_CONSENT_READ("fhir.consent.read", Action.READ, "the person's own record"),
  FHIR_CONSENT_SEARCH("fhir.consent.search", Action.READ, "the person's own record"),
  FHIR_AUDIT_EVENT_SEARCH("fhir.audit-event.search", Action.READ, "the person's own record"),
  FIELD_SAFEGUARDING_NOTES("field.safeguarding-notes", Action.READ, "direct care"),
  FIELD_RESTRICTED_ADDRESS("field.restricted-address", Action.READ, "direct care"),
  ME_ETHNICITY("me.ethnicity", Action.UPDATE, "the person's own choice"),
  PERSON_ETHNICITY(
      "person.ethnicity",
      Action.UPDATE,
      "equality monitoring, recorded with the person's agreement"),
  FIELD_ETHNICITY("field.ethnicity", Action.READ, "direct care"),
  ME_SEX("me.sex", Action.UPDATE, "the person's own choice"),
  PERSON_SEX(
      "person.sex", Action.UPDATE, "equality monitoring, recorded with the person's agreement"),
  FIELD_SEX("field.sex", Action.READ, "direct care");

  public static final String FIELD_PREFIX = "field.";

  /** What an operation does to a record, as the audit log names it. */
  public enum Action {
    READ,
    CREATE,
    UPDATE
  }

  private final String id;
  private final Action action;
  private final String purpose;

  Operation(String id, Action action, String purpose) {
    this.id = id;
    this.action = action;
    this.purpose = purpose;
  }

  public String id() {
    return id;
  }

  public Action action() {
    return action;
  }

  /** Why the data is used, for the audit log; empty for operations that disclose no one. */
  public Optional<String> purpose() {
    return Optional.ofNullable(purpose);
  }

  /** A sensitive field of a person rather than a request. */
  public boolean isField() {
    return id.startsWith(FIELD_PREFIX);
  }

  public static Optional<Operation> byId(String id) {
    return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
  }
}
