package org.openneighbourhood.api.person.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.person.entity.PersonAlreadyRegisteredException;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;

/** Use cases: find, register and read people, and a person reading their own record. */
@ApplicationScoped
@Transactional
public class People {

  @Inject PersonRepository people;
  @Inject AccessPolicy policy;
  @Inject Clock clock;

  public PersonView findByNhsNumber(Caller caller, String nhsNumber) {
    policy.checkCanManagePeople(caller);
    NhsNumber number = NhsNumber.parse(nhsNumber);
    return people
        .findByNhsNumber(number)
        .map(PersonView::of)
        .orElseThrow(() -> new RecordNotFoundException("Person"));
  }

  public PersonView register(Caller caller, PersonRegistration registration) {
    policy.checkCanManagePeople(caller);
    NhsNumber number = NhsNumber.parse(registration.nhsNumber);
    if (people.findByNhsNumber(number).isPresent()) {
      throw new PersonAlreadyRegisteredException();
    }
    Person person =
        new Person(
            UUID.randomUUID(),
            number,
            registration.givenName,
            registration.familyName,
            registration.dateOfBirth,
            LocalDate.now(clock));
    people.add(person);
    return PersonView.of(person);
  }

  public PersonView get(Caller caller, UUID id) {
    policy.checkCanManagePeople(caller);
    return people.find(id).map(PersonView::of).orElseThrow(() -> notFound());
  }

  public PersonView me(Caller caller) {
    NhsNumber own = policy.checkIsPerson(caller);
    return people.findByNhsNumber(own).map(PersonView::of).orElseThrow(() -> notFound());
  }

  private static RecordNotFoundException notFound() {
    return new RecordNotFoundException("Person");
  }
}
