package org.openneighbourhood.api.person.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.access.control.OwnRecords;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

@ApplicationScoped
public class PersonRepository implements OwnRecords {

  @PersistenceContext EntityManager em;

  public Optional<Person> find(UUID id) {
    return Optional.ofNullable(em.find(Person.class, id));
  }

  public Optional<Person> findByNhsNumber(NhsNumber nhsNumber) {
    return em.createQuery("select p from Person p where p.nhsNumber = :nhsNumber", Person.class)
        .setParameter("nhsNumber", nhsNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<UUID> personIdFor(String nhsNumberClaim) {
    NhsNumber number;
    try {
      number = NhsNumber.parse(nhsNumberClaim);
    } catch (InvalidInputException notANumber) {
      return Optional.empty();
    }
    return findByNhsNumber(number).map(Person::id);
  }

  public void add(Person person) {
    em.persist(person);
    // Surface a unique-key clash here, inside the use case, not at commit.
    em.flush();
  }
}
