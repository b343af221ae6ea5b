package org.openneighbourhood.api.fhir.control;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentDataMeaning;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.relationship.boundary.ConsentView;

/**
 * A person's agreement to share with one organisation as a UK Core {@code Consent}, drawn from the
 * {@link ConsentView} the REST API's {@code /me/consents} answers: a permit to that organisation
 * (the provision's actor) from when it was recorded until it ends, for a referral when it was given
 * for one. {@code active} while in force, {@code inactive} once withdrawn or ended.
 */
public final class ConsentResources {

  private ConsentResources() {}

  public static Consent of(UUID personId, ConsentView view) {
    Consent consent = new Consent();
    consent.setId(view.id().toString());
    Instant changed = view.withdrawnAt() == null ? view.recordedAt() : view.withdrawnAt();
    consent.getMeta().setLastUpdated(Date.from(changed)).addProfile(Vocabulary.CONSENT_PROFILE);
    consent.setStatus(view.active() ? ConsentState.ACTIVE : ConsentState.INACTIVE);
    consent.setScope(
        new CodeableConcept(
            new Coding(Vocabulary.CONSENT_SCOPE, "patient-privacy", "Privacy Consent")));
    consent.addCategory(
        new CodeableConcept(new Coding(Vocabulary.LOINC, "59284-0", "Patient Consent"))
            .setText(what(view)));
    Reference person = new Reference("Patient/" + personId);
    consent.setPatient(person);
    consent.addPerformer(new Reference("Patient/" + personId));
    consent.setDateTime(Date.from(view.recordedAt()));
    if (view.recordedByOrganisationName() != null) {
      consent.addOrganization(new Reference().setDisplay(view.recordedByOrganisationName()));
    }
    // ppc-1: a consent names the rule it is under: the person opted in to sharing
    consent.setPolicyRule(new CodeableConcept(new Coding(Vocabulary.ACT_CODE, "OPTIN", "opt-in")));
    Consent.ProvisionComponent provision = consent.getProvision();
    provision.setType(ConsentProvisionType.PERMIT);
    Instant ends = view.withdrawnAt() == null ? view.validUntil() : view.withdrawnAt();
    provision.setPeriod(
        new Period()
            .setStart(Date.from(view.recordedAt()))
            .setEnd(ends == null ? null : Date.from(ends)));
    provision
        .addActor()
        .setRole(
            new CodeableConcept(
                new Coding(Vocabulary.PARTICIPATION_TYPE, "IRCP", "information recipient")))
        .setReference(
            new Reference("Organization/" + view.organisationId())
                .setDisplay(view.organisationName()));
    if (view.referralId() != null) {
      provision
          .addData()
          .setMeaning(ConsentDataMeaning.RELATED)
          .setReference(
              new Reference("ServiceRequest/" + view.referralId())
                  .setDisplay(view.referralServiceName()));
    }
    return consent;
  }

  /** What the person agreed to, in the words the portal shows them. */
  static String what(ConsentView view) {
    return switch (view.scope()) {
      case KEEP_RECORD -> "That the organisation keeps a record about them and their plan";
      case REFERRAL -> "That a referral, with what matters to them and their plan, is shared";
      case CARE_TEAM -> "That the organisation joins their care team and sees their record";
    };
  }
}
