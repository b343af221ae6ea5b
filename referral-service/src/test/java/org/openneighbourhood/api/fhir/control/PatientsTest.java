package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.person.boundary.EthnicityView;
import org.openneighbourhood.api.person.boundary.PersonView;
import org.openneighbourhood.api.person.boundary.PersonView.AddressView;
import org.openneighbourhood.api.person.boundary.PersonView.SafeguardingNoteView;
import org.openneighbourhood.api.person.boundary.SexView;
import org.openneighbourhood.api.person.entity.EthnicCategory;
import org.openneighbourhood.api.person.entity.Sex;

class PatientsTest {

  private static final UUID ID = UUID.randomUUID();
  private static final String HIDDEN = "1 Hidden Road";
  private static final String NOTE = "Concern about a visitor";

  @Test
  void aSharedPersonIsTheirNameBirthDateAndAddress() {
    Patient patient =
        Patients.of(
            new PersonView(
                ID,
                "9990000018",
                "Pat",
                "Example",
                LocalDate.of(1970, 1, 2),
                true,
                new AddressView(List.of("3 Open Street"), "NG1 1AA"),
                false,
                null,
                null,
                null,
                List.of(PersonView.SAFEGUARDING_NOTES)));
    assertEquals(ID.toString(), patient.getIdElement().getIdPart());
    assertEquals("https://fhir.nhs.uk/Id/nhs-number", patient.getIdentifierFirstRep().getSystem());
    assertEquals("Example", patient.getNameFirstRep().getFamily());
    assertEquals("1970-01-02", patient.getBirthDateElement().getValueAsString());
    assertEquals("3 Open Street", patient.getAddressFirstRep().getLine().get(0).getValue());
    assertFalse(patient.getMeta().hasSecurity());
  }

  @Test
  void aWithheldAddressIsMarkedMaskedAndNeverWritten() {
    PersonView withheld =
        new PersonView(
            ID,
            "9990000018",
            "Pat",
            "Example",
            LocalDate.of(1970, 1, 2),
            true,
            null,
            true,
            null,
            null,
            null,
            List.of(PersonView.ADDRESS, PersonView.SAFEGUARDING_NOTES));
    Patient patient = Patients.of(withheld);
    assertEquals(
        "masked", patient.getAddressFirstRep().getExtensionFirstRep().getValue().primitiveValue());
    assertFalse(patient.getAddressFirstRep().hasLine());
    assertEquals("R", patient.getMeta().getSecurityFirstRep().getCode());
  }

  @Test
  void aMaskedPersonIsOnlyTheirIdAndNhsNumber() {
    Patient patient = Patients.of(PersonViewFound.of(ID));
    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(patient);
    assertFalse(patient.hasName());
    assertFalse(patient.hasAddress());
    assertFalse(patient.hasBirthDate());
    assertEquals("MASKED", patient.getMeta().getSecurityFirstRep().getCode());
    assertTrue(json.contains("9990000018"));
  }

  @Test
  void safeguardingNotesNeverReachAPatientEvenWhenShownAndTheEthnicCategoryIsUkCores() {
    PersonView all = shownEverything(ethnicity("R"), List.of());
    Patient patient = Patients.of(all);
    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(patient);
    assertFalse(json.contains(NOTE), json);
    assertTrue(json.contains(HIDDEN), "shown where the policy shows it");
    Extension extension =
        patient.getExtensionByUrl(
            "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory");
    Coding coding = ((CodeableConcept) extension.getValue()).getCodingFirstRep();
    assertEquals(
        "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland", coding.getSystem());
    assertEquals("R", coding.getCode());
    assertEquals("Other Ethnic Groups - Chinese", coding.getDisplay(), "UK Core's display");
    assertEquals(1, patient.getExtension().size(), json);
  }

  @Test
  void aWithheldOrUnrecordedEthnicCategoryIsNoExtensionAtAll() {
    PersonView withheld = shownEverything(null, List.of(PersonView.ETHNICITY));
    PersonView unrecorded = shownEverything(ethnicity(null), List.of());
    for (PersonView view : List.of(withheld, unrecorded)) {
      Patient patient = Patients.of(view);
      assertFalse(patient.hasExtension(), "no extension, nor a mark that one is withheld");
      assertTrue(patient.hasName(), "the rest is shown");
    }
    assertFalse(Patients.of(PersonViewFound.of(ID)).hasExtension(), "masked: nothing");
  }

  @Test
  void theSexIsTheGenderUkCoreMapsTheStatedGenderCodeTo() {
    assertEquals(AdministrativeGender.MALE, Patients.gender(Sex.MALE));
    assertEquals(AdministrativeGender.FEMALE, Patients.gender(Sex.FEMALE));
    assertEquals(AdministrativeGender.OTHER, Patients.gender(Sex.INDETERMINATE));
    assertEquals(AdministrativeGender.UNKNOWN, Patients.gender(Sex.NOT_KNOWN));
    Patient patient = Patients.of(shownEverything(ethnicity(null), sex("9"), List.of()));
    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(patient);
    assertTrue(json.contains("\"gender\":\"other\""), json);
    assertEquals(
        AdministrativeGender.UNKNOWN,
        Patients.of(shownEverything(null, sex("x"), List.of(PersonView.ETHNICITY))).getGender());
  }

  @Test
  void aWithheldOrUnrecordedSexIsNoGenderAtAll() {
    PersonView withheld =
        shownEverything(null, null, List.of(PersonView.ETHNICITY, PersonView.SEX));
    PersonView unrecorded = shownEverything(null, sex(null), List.of(PersonView.ETHNICITY));
    for (PersonView view : List.of(withheld, unrecorded)) {
      Patient patient = Patients.of(view);
      assertFalse(patient.hasGender(), "no gender: unknown would say they were asked");
      assertTrue(patient.hasName(), "the rest is shown");
    }
    assertFalse(Patients.of(PersonViewFound.of(ID)).hasGender(), "masked: nothing");
  }

  /** The sex as the REST API shows it to whom may see it ({@code null}: not recorded). */
  private static SexView sex(String code) {
    if (code == null) {
      return new SexView(null, null, null, null, null, null, 0);
    }
    Sex sex = Sex.parse(code);
    return new SexView(sex.code(), sex.label(), "PERSON", null, null, Instant.now(), 1);
  }

  /** The category as the REST API shows it to whom may see it ({@code null}: not recorded). */
  private static EthnicityView ethnicity(String code) {
    if (code == null) {
      return new EthnicityView(null, null, null, null, null, null, null, null, 0);
    }
    EthnicCategory category = EthnicCategory.parse(code);
    return new EthnicityView(
        code,
        category.label(),
        category.group().name(),
        category.group().label(),
        "PERSON",
        null,
        null,
        Instant.now(),
        1);
  }

  private static PersonView shownEverything(EthnicityView ethnicity, List<String> withheld) {
    return shownEverything(ethnicity, sex(null), withheld);
  }

  private static PersonView shownEverything(
      EthnicityView ethnicity, SexView sex, List<String> withheld) {
    return new PersonView(
        ID,
        "9990000018",
        "Pat",
        "Example",
        LocalDate.of(1970, 1, 2),
        true,
        new AddressView(List.of(HIDDEN), "NG1 1AA"),
        true,
        List.of(
            new SafeguardingNoteView(
                UUID.randomUUID(), NOTE, "Gary", UUID.randomUUID(), "Riverside", Instant.now())),
        ethnicity,
        sex,
        withheld);
  }

  /** A person found by NHS number but not shared, as {@code PersonView.found} makes them. */
  private static final class PersonViewFound {
    static PersonView of(UUID id) {
      return new PersonView(
          id, "9990000018", null, null, null, false, null, null, null, null, null, List.of());
    }
  }
}
