package org.openneighbourhood.api.person.boundary;

import java.time.LocalDate;
import java.util.UUID;
import org.openneighbourhood.api.person.entity.Person;

public record PersonView(
    UUID id, String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth) {

  public static PersonView of(Person person) {
    return new PersonView(
        person.id(),
        person.nhsNumber().value(),
        person.givenName(),
        person.familyName(),
        person.dateOfBirth());
  }
}
