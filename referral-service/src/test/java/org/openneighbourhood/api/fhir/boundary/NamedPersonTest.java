package org.openneighbourhood.api.fhir.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.person.entity.NhsNumber;

class NamedPersonTest {

  private static final String NHS = "https://fhir.nhs.uk/Id/nhs-number|";

  private static Parameters asked(String... nameValue) {
    Map<String, String[]> parameters = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      parameters.put(nameValue[i], new String[] {nameValue[i + 1]});
    }
    SystemRequestDetails request = new SystemRequestDetails();
    request.setParameters(parameters);
    return new Parameters(request);
  }

  @Test
  void subjectAndPatientWithDifferentNhsNumbersAreRefusedNotOneOfThemChosen() {
    Parameters conflicting =
        asked("subject:identifier", NHS + "9990000018", "patient:identifier", NHS + "9990000026");
    var refused = assertThrows(InvalidRequestException.class, () -> NamedPerson.ofAny(conflicting));
    assertEquals("subject and patient name different people", refused.getMessage());
  }

  @Test
  void theSameNhsNumberWrittenWithSpacesIsOnePerson() {
    NamedPerson named =
        NamedPerson.ofAny(
            asked(
                "subject:identifier",
                NHS + "999 000 0018",
                "patient:identifier",
                NHS + "9990000018"));
    assertEquals(NhsNumber.parse("9990000018"), named.nhsNumber());
    assertNull(named.id());
  }

  @Test
  void subjectAndPatientWithDifferentIdsAreRefused() {
    Parameters conflicting =
        asked("subject", "Patient/" + UUID.randomUUID(), "patient", "Patient/" + UUID.randomUUID());
    assertThrows(InvalidRequestException.class, () -> NamedPerson.ofAny(conflicting));
  }

  @Test
  void anIdAndAnNhsNumberAreBothKeptForTheSearchToMatch() {
    UUID id = UUID.randomUUID();
    NamedPerson named =
        NamedPerson.ofAny(
            asked("subject", "Patient/" + id, "patient:identifier", NHS + "9990000018"));
    assertEquals(id, named.id());
    assertEquals(NhsNumber.parse("9990000018"), named.nhsNumber());
  }

  @Test
  void aSearchThatMustNameSomeoneRefusesNoOne() {
    var refused =
        assertThrows(InvalidRequestException.class, () -> NamedPerson.of(asked(), "Goal"));
    assertEquals(
        "A Goal search names the person: subject or patient, by reference or by :identifier with"
            + " an NHS number",
        refused.getMessage());
    NamedPerson none = NamedPerson.ofAny(asked());
    assertNull(none.id());
    assertNull(none.nhsNumber());
  }
}
