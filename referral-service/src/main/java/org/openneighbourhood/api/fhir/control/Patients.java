package org.openneighbourhood.api.fhir.control;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.person.boundary.PersonView;
import org.openneighbourhood.api.person.entity.EthnicCategory;
import org.openneighbourhood.api.person.entity.Sex;

/**
 * A person as a UK Core {@code Patient}, drawn from the {@link PersonView} the REST API would
 * answer with for the same access, so the policy's masking and sensitive field rows decide the
 * resource exactly as they decide the REST answer: a masked person is their id and the NHS number
 * the caller already had, labelled {@code MASKED}; a withheld address (a restricted record the
 * caller may not see where the person lives) is an address with only a data-absent-reason of {@code
 * masked}. A restricted record carries the security label {@code R}. Safeguarding notes are never
 * part of a {@code Patient}.
 *
 * <p>The ethnic category is UK Core's {@code Extension-UKCore-EthnicCategory} exactly when the view
 * holds it, that is when {@code field.ethnicity} lets the caller see it (of those who may read a
 * {@code Patient}: link workers, GP and social care staff in the person's care team); a category
 * not recorded, or withheld, is no extension at all. Unlike the address, a withheld category is not
 * marked: the extension must carry a value, and the REST API's {@code withheld} names it whether or
 * not there is one, so a mark would tell the caller nothing. A partner system is never shown it:
 * the policy gives systems no sensitive field row (nor any {@code fhir.patient.*} row), because a
 * system acts for a whole organisation, not as one professional in the person's care team who
 * answers for what they saw; the {@code Patient} in its BaRS messages is an NHS number only.
 *
 * <p>The person's sex is {@code Patient.gender} exactly when the view holds it ({@code field.sex}),
 * mapped from the NHS stated gender code as UK Core's guidance for {@code gender} does: 1 {@code
 * male}, 2 {@code female}, 9 (indeterminate) {@code other}, X (not known) {@code unknown}. Not
 * recorded, or withheld, is no {@code gender} at all, for the same reason as the ethnic category:
 * {@code unknown} would say the person was asked.
 */
public final class Patients {

  private Patients() {}

  public static Patient of(PersonView person) {
    Patient patient = new Patient();
    patient.setIdElement(new IdType("Patient", person.id().toString()));
    patient.getMeta().addProfile(Vocabulary.PATIENT_PROFILE);
    patient.addIdentifier().setSystem(Vocabulary.NHS_NUMBER).setValue(person.nhsNumber());
    if (!person.shared()) {
      patient.getMeta().addSecurity(Vocabulary.OBSERVATION_VALUE, "MASKED", "masked");
      return patient;
    }
    if (Boolean.TRUE.equals(person.restricted())) {
      patient.getMeta().addSecurity(Vocabulary.CONFIDENTIALITY, "R", "restricted");
    }
    patient.addName(
        new HumanName()
            .setUse(HumanName.NameUse.OFFICIAL)
            .setFamily(person.familyName())
            .addGiven(person.givenName()));
    if (person.dateOfBirth() != null) {
      patient.setBirthDateElement(new DateType(person.dateOfBirth().toString()));
    }
    if (person.address() != null) {
      Address address = patient.addAddress().setUse(Address.AddressUse.HOME);
      person.address().lines().forEach(address::addLine);
      address.setPostalCode(person.address().postcode());
    } else if (person.withheld().contains(PersonView.ADDRESS)) {
      patient.addAddress().addExtension(Vocabulary.DATA_ABSENT_REASON, new CodeType("masked"));
    }
    if (person.ethnicity() != null && person.ethnicity().category() != null) {
      patient.addExtension(
          Vocabulary.ETHNIC_CATEGORY_EXTENSION,
          EthnicCategoryCodes.of(EthnicCategory.parse(person.ethnicity().category())));
    }
    if (person.sex() != null && person.sex().code() != null) {
      patient.setGender(gender(Sex.parse(person.sex().code())));
    }
    return patient;
  }

  /** {@code Patient.gender} for an NHS stated gender code, as UK Core maps it. */
  static AdministrativeGender gender(Sex sex) {
    return switch (sex) {
      case MALE -> AdministrativeGender.MALE;
      case FEMALE -> AdministrativeGender.FEMALE;
      case INDETERMINATE -> AdministrativeGender.OTHER;
      case NOT_KNOWN -> AdministrativeGender.UNKNOWN;
    };
  }
}
