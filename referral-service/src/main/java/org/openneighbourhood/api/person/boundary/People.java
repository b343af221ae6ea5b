package org.openneighbourhood.api.person.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.http.boundary.Versions;
import org.openneighbourhood.api.organisation.control.OrganisationRepository;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.Address;
import org.openneighbourhood.api.person.entity.EthnicCategory;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.person.entity.PersonAlreadyRegisteredException;
import org.openneighbourhood.api.person.entity.PersonRegistered;
import org.openneighbourhood.api.person.entity.SafeguardingNote;
import org.openneighbourhood.api.person.entity.Sex;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.texting.control.Notify;

/**
 * Use cases: find, register and read people, add a safeguarding note, record an ethnic category or
 * a sex with the person's agreement, and a person reading their own record and choosing how they
 * are contacted, their ethnic category and their sex. Every person returned is shown as the access
 * that decided the request allows ({@link PersonView#of}).
 */
@ApplicationScoped
@Transactional
@Audited
public class People {

  @Inject PersonRepository people;
  @Inject OrganisationRepository organisations;
  @Inject Event<PersonRegistered> registrations;
  @Inject AccessPolicy policy;
  @Inject Clock clock;
  @Inject Notify notify;

  public PersonView findByNhsNumber(Caller caller, String nhsNumber) {
    policy.checkRole(caller, Operation.PERSON_FIND, RecordType.PERSON);
    NhsNumber number = NhsNumber.parse(nhsNumber);
    Person person = people.findByNhsNumber(number).orElseThrow(People::notFound);
    Access access = policy.toPerson(caller, Operation.PERSON_FIND, person.id(), RecordType.PERSON);
    return access.masked() ? PersonView.found(person) : PersonView.of(person, access);
  }

  /**
   * Registers someone new. The registering organisation joins their care team, with the person's
   * agreement to it keeping a record, which the caller confirms: the relationship feature does that
   * on {@link PersonRegistered}, in the same transaction. The answer is decided as a registration
   * (about no one yet), so a restricted address is not repeated in it.
   */
  public PersonView register(Caller caller, PersonRegistration registration) {
    Access access = policy.checkWithoutPerson(caller, Operation.PERSON_REGISTER, RecordType.PERSON);
    NhsNumber number = NhsNumber.parse(registration.nhsNumber);
    Address address =
        registration.address == null
            ? null
            : Address.of(registration.address.lines, registration.address.postcode).orElse(null);
    if (people.findByNhsNumber(number).isPresent()) {
      throw new PersonAlreadyRegisteredException();
    }
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    Person person =
        new Person(
            UUID.randomUUID(),
            number,
            registration.givenName,
            registration.familyName,
            registration.dateOfBirth,
            LocalDate.now(clock),
            address,
            Boolean.TRUE.equals(registration.restricted));
    people.add(person);
    Organisation organisation =
        organisations
            .findByAlias(policy.actingOrganisation(caller))
            .orElseThrow(() -> notFound("Acting organisation"));
    registrations.fire(new PersonRegistered(person.id(), organisation, caller.displayName(), now));
    access.recordAbout(person.id(), RecordType.PERSON, person.id());
    return PersonView.of(person, access);
  }

  public PersonView get(Caller caller, UUID id) {
    Person person = people.find(id).orElseThrow(People::notFound);
    Access access = policy.toPerson(caller, Operation.PERSON_READ, person.id(), RecordType.PERSON);
    return PersonView.of(person, access);
  }

  /**
   * Adds a safeguarding note for the acting organisation. The answer is the person as this access
   * may see them.
   */
  public PersonView addSafeguardingNote(Caller caller, UUID personId, String text) {
    Person person = people.find(personId).orElseThrow(People::notFound);
    Access access =
        policy.toPerson(
            caller,
            Operation.PERSON_SAFEGUARDING_NOTE_ADD,
            person.id(),
            RecordType.SAFEGUARDING_NOTE);
    Organisation organisation =
        organisations
            .findByAlias(access.actingOrganisation())
            .orElseThrow(() -> notFound("Acting organisation"));
    SafeguardingNote note =
        person.addSafeguardingNote(
            text,
            caller.displayName(),
            organisation,
            Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    access.record(RecordType.SAFEGUARDING_NOTE, note.id());
    return PersonView.of(person, access);
  }

  public PersonView me(Caller caller) {
    policy.checkRole(caller, Operation.ME_READ, RecordType.PERSON);
    Person person = policy.ownRecord(caller).flatMap(people::find).orElseThrow(People::notFound);
    Access access = policy.toPerson(caller, Operation.ME_READ, person.id(), RecordType.PERSON);
    return PersonView.of(person, access);
  }

  /** How the signed-in person wants news of their referrals. */
  public ContactChoice myContact(Caller caller) {
    policy.checkRole(caller, Operation.ME_READ, RecordType.PERSON);
    Person person = policy.ownRecord(caller).flatMap(people::find).orElseThrow(People::notFound);
    policy.toPerson(caller, Operation.ME_READ, person.id(), RecordType.PERSON);
    return ContactChoice.of(person, notify.isOn());
  }

  /**
   * The signed-in person chooses e-mail updates or texts about their referrals, both, or neither.
   * Every field in error is named at once.
   */
  public ContactChoice chooseContact(Caller caller, ContactChoice choice) {
    policy.checkRole(caller, Operation.ME_CONTACT, RecordType.PERSON);
    Person person = policy.ownRecord(caller).flatMap(people::find).orElseThrow(People::notFound);
    policy.toPerson(caller, Operation.ME_CONTACT, person.id(), RecordType.PERSON);
    boolean texts = Boolean.TRUE.equals(choice.textUpdates());
    List<FieldProblem> problems = new ArrayList<>();
    try {
      person.chooseEmailUpdates(choice.email(), Boolean.TRUE.equals(choice.emailUpdates()));
    } catch (InvalidInputException e) {
      problems.addAll(e.fieldProblems());
    }
    if (texts && !notify.isOn()) {
      problems.add(
          new FieldProblem(
              "textUpdates", "Text messages are not available: choose e-mail instead"));
    } else {
      try {
        person.chooseTextUpdates(choice.mobile(), texts);
      } catch (InvalidInputException e) {
        problems.addAll(e.fieldProblems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return ContactChoice.of(person, notify.isOn());
  }

  /**
   * The signed-in person states their ethnic category (Z: they would rather not say), on the
   * version of it they were shown (If-Match). The answer is their record.
   */
  public PersonView stateMyEthnicity(Caller caller, EthnicityChoice choice, Long version) {
    policy.checkRole(caller, Operation.ME_ETHNICITY, RecordType.PERSON);
    Person person = policy.ownRecord(caller).flatMap(people::find).orElseThrow(People::notFound);
    Access access = policy.toPerson(caller, Operation.ME_ETHNICITY, person.id(), RecordType.PERSON);
    EthnicCategory category = EthnicCategory.parse(choice.category());
    person.stateEthnicity(category, Versions.required(version), now());
    return PersonView.of(person, access);
  }

  /** The signed-in person removes their ethnic category: it is then not recorded at all. */
  public PersonView clearMyEthnicity(Caller caller, Long version) {
    policy.checkRole(caller, Operation.ME_ETHNICITY, RecordType.PERSON);
    Person person = policy.ownRecord(caller).flatMap(people::find).orElseThrow(People::notFound);
    Access access = policy.toPerson(caller, Operation.ME_ETHNICITY, person.id(), RecordType.PERSON);
    person.clearEthnicity(Versions.required(version));
    return PersonView.of(person, access);
  }

  /**
   * A member of staff records the person's ethnic category with the person's agreement, which they
   * confirm ({@code personAgreed}); a missing agreement and a bad code are named together. The
   * audit row's purpose says it was recorded with the person's agreement; the record keeps who
   * recorded it, for which organisation.
   */
  public PersonView recordEthnicity(
      Caller caller, UUID personId, EthnicityChoice choice, Long version) {
    Person person = people.find(personId).orElseThrow(People::notFound);
    Access access =
        policy.toPerson(caller, Operation.PERSON_ETHNICITY, person.id(), RecordType.PERSON);
    List<FieldProblem> problems = new ArrayList<>();
    boolean agreed = Boolean.TRUE.equals(choice.personAgreed());
    if (!agreed) {
      problems.add(
          new FieldProblem(
              Person.PERSON_AGREED,
              "The person must agree to their ethnic group being recorded: confirm they agreed"));
    }
    EthnicCategory category = null;
    try {
      category = EthnicCategory.parse(choice.category());
    } catch (InvalidInputException e) {
      problems.addAll(e.fieldProblems());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Organisation organisation =
        organisations
            .findByAlias(access.actingOrganisation())
            .orElseThrow(() -> notFound("Acting organisation"));
    person.recordEthnicityWithAgreement(
        category,
        agreed,
        caller.displayName(),
        organisation.name(),
        Versions.required(version),
        now());
    return PersonView.of(person, access);
  }

  /**
   * The signed-in person states their sex (X: they would rather not say), on the version of it they
   * were shown (If-Match). The answer is their record.
   */
  public PersonView stateMySex(Caller caller, SexChoice choice, Long version) {
    policy.checkRole(caller, Operation.ME_SEX, RecordType.PERSON);
    Person person = policy.ownRecord(caller).flatMap(people::find).orElseThrow(People::notFound);
    Access access = policy.toPerson(caller, Operation.ME_SEX, person.id(), RecordType.PERSON);
    Sex sex = Sex.parse(choice.code());
    person.stateSex(sex, Versions.required(version), now());
    return PersonView.of(person, access);
  }

  /** The signed-in person removes their sex: it is then not recorded at all. */
  public PersonView clearMySex(Caller caller, Long version) {
    policy.checkRole(caller, Operation.ME_SEX, RecordType.PERSON);
    Person person = policy.ownRecord(caller).flatMap(people::find).orElseThrow(People::notFound);
    Access access = policy.toPerson(caller, Operation.ME_SEX, person.id(), RecordType.PERSON);
    person.clearSex(Versions.required(version));
    return PersonView.of(person, access);
  }

  /**
   * A member of staff records the person's sex with the person's agreement, which they confirm
   * ({@code personAgreed}); a missing agreement and a bad code are named together, as for the
   * ethnic category.
   */
  public PersonView recordSex(Caller caller, UUID personId, SexChoice choice, Long version) {
    Person person = people.find(personId).orElseThrow(People::notFound);
    Access access = policy.toPerson(caller, Operation.PERSON_SEX, person.id(), RecordType.PERSON);
    List<FieldProblem> problems = new ArrayList<>();
    boolean agreed = Boolean.TRUE.equals(choice.personAgreed());
    if (!agreed) {
      problems.add(
          new FieldProblem(
              Person.PERSON_AGREED,
              "The person must agree to their sex being recorded: confirm they agreed"));
    }
    Sex sex = null;
    try {
      sex = Sex.parse(choice.code());
    } catch (InvalidInputException e) {
      problems.addAll(e.fieldProblems());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Organisation organisation =
        organisations
            .findByAlias(access.actingOrganisation())
            .orElseThrow(() -> notFound("Acting organisation"));
    person.recordSexWithAgreement(
        sex, agreed, caller.displayName(), organisation.name(), Versions.required(version), now());
    return PersonView.of(person, access);
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  private static RecordNotFoundException notFound() {
    return notFound("Person");
  }

  private static RecordNotFoundException notFound(String what) {
    return new RecordNotFoundException(what);
  }
}
