package org.openneighbourhood.api.fhir.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.person.boundary.PersonView;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.schema.control.FlushAtCommit;

/**
 * Use cases of {@code Patient}: read a person, find one by NHS number. Decided and audited as the
 * REST API's {@code person.read} and {@code person.find} are, and shown through the same {@link
 * PersonView}, so what it masks or withholds is masked or withheld here too.
 */
@ApplicationScoped
@Transactional
@Audited
@FlushAtCommit
public class FhirPeople {

  @Inject PersonRepository people;
  @Inject AccessPolicy policy;

  public PersonView read(Caller caller, UUID id) {
    Person person = people.find(id).orElseThrow(() -> new RecordNotFoundException("Person"));
    Access access =
        policy.toPerson(caller, Operation.FHIR_PATIENT_READ, person.id(), RecordType.PERSON);
    return PersonView.of(person, access);
  }

  /** The person with this NHS number, as the caller may see them; empty when there is none. */
  public Optional<PersonView> findByNhsNumber(Caller caller, NhsNumber number) {
    policy.checkRole(caller, Operation.FHIR_PATIENT_SEARCH, RecordType.PERSON);
    return people
        .findByNhsNumber(number)
        .map(
            person -> {
              Access access =
                  policy.toPerson(
                      caller, Operation.FHIR_PATIENT_SEARCH, person.id(), RecordType.PERSON);
              return access.masked() ? PersonView.found(person) : PersonView.of(person, access);
            });
  }
}
