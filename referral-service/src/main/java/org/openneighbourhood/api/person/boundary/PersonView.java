package org.openneighbourhood.api.person.boundary;

import java.time.LocalDate;
import java.util.UUID;
import org.openneighbourhood.api.person.entity.Person;

/**
 * A person as the API shows them. {@code shared} is false when the access policy masks them: then
 * only what the caller already knew (the id, and the NHS number they searched for) is shown.
 */
public record PersonView(
    UUID id,
    String nhsNumber,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    boolean shared) {

  public static PersonView of(Person person) {
    return new PersonView(
        person.id(),
        person.nhsNumber().value(),
        person.givenName(),
        person.familyName(),
        person.dateOfBirth(),
        true);
  }

  /** Found by the NHS number the caller typed, but not shared with their organisation. */
  public static PersonView found(Person person) {
    return new PersonView(person.id(), person.nhsNumber().value(), null, null, null, false);
  }

  /** Someone the caller may not know about: nothing about them at all. */
  public static PersonView withheld() {
    return new PersonView(null, null, null, null, null, false);
  }
}
