package org.openneighbourhood.api.fhir.control;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.person.boundary.PersonView;

/**
 * A person as a UK Core {@code Patient}, drawn from the {@link PersonView} the REST API would
 * answer with for the same access, so the policy's masking and sensitive field rows decide the
 * resource exactly as they decide the REST answer: a masked person is their id and the NHS number
 * the caller already had, labelled {@code MASKED}; a withheld address (a restricted record the
 * caller may not see where the person lives) is an address with only a data-absent-reason of {@code
 * masked}. A restricted record carries the security label {@code R}. Safeguarding notes are never
 * part of a {@code Patient}.
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
    return patient;
  }
}
