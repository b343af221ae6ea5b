package org.openneighbourhood.api.relationship.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.organisation.control.OrganisationRepository;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.relationship.control.RelationshipRepository;
import org.openneighbourhood.api.relationship.entity.AlreadyInCareTeamException;
import org.openneighbourhood.api.relationship.entity.CareTeamMember;
import org.openneighbourhood.api.relationship.entity.Consent;
import org.openneighbourhood.api.relationship.entity.ConsentTerm;

/** Use cases: who is involved with a person, and the person's consents, seen and withdrawn. */
@ApplicationScoped
@Transactional
@Audited
public class CareTeams {

  @Inject RelationshipRepository relationships;
  @Inject PersonRepository people;
  @Inject OrganisationRepository organisations;
  @Inject AccessPolicy policy;
  @Inject Clock clock;

  public List<CareTeamMemberView> careTeam(Caller caller, UUID personId) {
    return careTeamAs(caller, personId, Operation.CARE_TEAM_READ);
  }

  /**
   * The care team as another view of it reads it (the FHIR API's {@code CareTeam}), decided and
   * audited under that view's own row, which is {@code care-team.read}'s: the same answer as the
   * REST read, with one audit row naming the operation that was asked for.
   */
  public List<CareTeamMemberView> careTeamAs(Caller caller, UUID personId, Operation operation) {
    Person person = people.find(personId).orElseThrow(() -> notFound("Person"));
    return careTeam(policy.toPerson(caller, operation, person.id(), RecordType.CARE_TEAM), person);
  }

  /**
   * A care team member adds another organisation, with the person's agreement, which is recorded as
   * their consent to share with it.
   */
  public List<CareTeamMemberView> add(Caller caller, UUID personId, NewCareTeamMember request) {
    Person person = people.find(personId).orElseThrow(() -> notFound("Person"));
    Access access =
        policy.toPerson(caller, Operation.CARE_TEAM_ADD, person.id(), RecordType.CARE_TEAM);
    Instant now = now();
    ConsentTerm term = ConsentTerm.chosen(request.until, null, now);
    Organisation joining =
        organisations
            .find(request.organisationId)
            .orElseThrow(() -> new InvalidInputException("organisationId", "No such organisation"));
    if (relationships.currentMembership(person.id(), joining.alias()).isPresent()) {
      throw new AlreadyInCareTeamException(joining.name());
    }
    Organisation acting =
        organisations
            .findByAlias(access.actingOrganisation())
            .orElseThrow(() -> notFound("Acting organisation"));
    CareTeamMember member =
        new CareTeamMember(
            person.id(),
            joining,
            CareTeamMember.Reason.ADDED_WITH_AGREEMENT,
            caller.displayName(),
            now);
    relationships.add(member);
    relationships.add(
        new Consent(
            person.id(),
            joining,
            Consent.Scope.CARE_TEAM,
            null,
            caller.displayName(),
            acting,
            term,
            now));
    access.record(RecordType.CARE_TEAM, member.id());
    return teamOf(person.id());
  }

  /** Ends one organisation's membership; it stays in the history with its end. */
  public List<CareTeamMemberView> end(Caller caller, UUID personId, UUID memberId) {
    Person person = people.find(personId).orElseThrow(() -> notFound("Person"));
    Access access =
        policy.toPerson(caller, Operation.CARE_TEAM_END, person.id(), RecordType.CARE_TEAM);
    CareTeamMember member =
        relationships
            .membership(memberId)
            .filter(m -> m.personId().equals(person.id()))
            .orElseThrow(() -> notFound("Care team member"));
    member.end(caller.displayName(), now());
    access.record(RecordType.CARE_TEAM, member.id());
    return teamOf(person.id());
  }

  public List<CareTeamMemberView> myCareTeam(Caller caller) {
    Person person = own(caller, Operation.ME_CARE_TEAM, RecordType.CARE_TEAM);
    return careTeam(
        policy.toPerson(caller, Operation.ME_CARE_TEAM, person.id(), RecordType.CARE_TEAM), person);
  }

  public List<ConsentView> myConsents(Caller caller) {
    Person person = own(caller, Operation.ME_CONSENTS, RecordType.CONSENT);
    policy.toPerson(caller, Operation.ME_CONSENTS, person.id(), RecordType.CONSENT);
    Instant now = now();
    return consentsOf(person.id(), now);
  }

  /**
   * A person's consents as another view of them reads them (the FHIR API's {@code Consent}),
   * decided and audited under that view's own row, which is {@code me.consents}'s.
   */
  public List<ConsentView> consentsAs(Caller caller, UUID personId, Operation operation) {
    Person person = people.find(personId).orElseThrow(() -> notFound("Person"));
    policy.toPerson(caller, operation, person.id(), RecordType.CONSENT);
    return consentsOf(person.id(), now());
  }

  /**
   * The person stops sharing with one organisation: every agreement with it still in force is
   * withdrawn, and it stops counting on the very next request. Returns all their consents.
   */
  public List<ConsentView> withdraw(Caller caller, UUID organisationId) {
    Person person = own(caller, Operation.ME_CONSENT_WITHDRAW, RecordType.CONSENT);
    Access access =
        policy.toPerson(caller, Operation.ME_CONSENT_WITHDRAW, person.id(), RecordType.CONSENT);
    Instant now = now();
    List<Consent> active =
        relationships.consents(person.id()).stream()
            .filter(c -> c.organisation().id().equals(organisationId) && c.isActiveAt(now))
            .toList();
    if (active.isEmpty()) {
      throw notFound("Consent to share with that organisation");
    }
    for (Consent consent : active) {
      consent.withdraw(caller.displayName(), now);
      access.record(RecordType.CONSENT, consent.id());
    }
    return consentsOf(person.id(), now);
  }

  private List<CareTeamMemberView> careTeam(Access access, Person person) {
    return teamOf(person.id());
  }

  private Person own(Caller caller, Operation operation, RecordType type) {
    policy.checkRole(caller, operation, type);
    return policy.ownRecord(caller).flatMap(people::find).orElseThrow(() -> notFound("Person"));
  }

  private List<CareTeamMemberView> teamOf(UUID personId) {
    return relationships.careTeam(personId).stream().map(CareTeamMemberView::of).toList();
  }

  private List<ConsentView> consentsOf(UUID personId, Instant now) {
    List<Consent> consents = relationships.consents(personId);
    Map<UUID, String> services =
        relationships.referralServiceNames(
            consents.stream().flatMap(c -> c.referralId().stream()).collect(Collectors.toSet()));
    return consents.stream()
        .map(c -> ConsentView.of(c, c.referralId().map(services::get).orElse(null), now))
        .toList();
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  private static RecordNotFoundException notFound(String what) {
    return new RecordNotFoundException(what);
  }
}
