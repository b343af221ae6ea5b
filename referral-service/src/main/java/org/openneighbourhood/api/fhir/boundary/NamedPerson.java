package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.person.entity.Person;

/**
 * The one person a search of a person's plan names: by {@code subject} or {@code patient} ({@code
 * Patient/<id>} or {@code <id>}), or either with {@code :identifier} and an NHS number. One of them
 * is needed; two that name different people by the same means are refused.
 */
record NamedPerson(UUID id, NhsNumber nhsNumber) {

  static final Set<String> PARAMETERS =
      Set.of("subject", "subject:identifier", "patient", "patient:identifier");

  static NamedPerson of(Parameters asked, String resourceType) {
    NamedPerson named = ofAny(asked);
    if (named.id() == null && named.nhsNumber() == null) {
      throw new InvalidRequestException(
          "A "
              + resourceType
              + " search names the person: subject or patient, by reference or by :identifier"
              + " with an NHS number");
    }
    return named;
  }

  /**
   * The person a search names, if it names one (both fields null when it does not): the one place
   * every search that may name a person reads it. {@code subject} and {@code patient} that name
   * different people, by id or by NHS number, are refused (400) rather than one silently chosen;
   * two NHS numbers are compared as numbers, so the same one written with spaces is one person.
   */
  static NamedPerson ofAny(Parameters asked) {
    var bySubject = asked.reference("subject", "Patient");
    var byPatient = asked.reference("patient", "Patient");
    if (bySubject.isPresent() && byPatient.isPresent() && !bySubject.equals(byPatient)) {
      throw new InvalidRequestException("subject and patient name different people");
    }
    var numberBySubject =
        asked.token("subject:identifier", Vocabulary.NHS_NUMBER).map(NhsNumber::parse);
    var numberByPatient =
        asked.token("patient:identifier", Vocabulary.NHS_NUMBER).map(NhsNumber::parse);
    if (numberBySubject.isPresent()
        && numberByPatient.isPresent()
        && !numberBySubject.equals(numberByPatient)) {
      throw new InvalidRequestException("subject and patient name different people");
    }
    return new NamedPerson(
        bySubject.or(() -> byPatient).orElse(null),
        numberBySubject.or(() -> numberByPatient).orElse(null));
  }

  /**
   * The id of the person known here whom an id or an NHS number names: none when no one has them,
   * or when an id and a number both given belong to different people.
   */
  static Optional<UUID> find(PersonRepository people, UUID personId, NhsNumber nhsNumber) {
    Optional<Person> person =
        personId != null ? people.find(personId) : people.findByNhsNumber(nhsNumber);
    return person
        .filter(
            found -> personId == null || nhsNumber == null || found.nhsNumber().equals(nhsNumber))
        .map(Person::id);
  }
}
