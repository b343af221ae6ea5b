package org.openneighbourhood.api.fhir.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.relationship.boundary.CareTeamMemberView;
import org.openneighbourhood.api.relationship.boundary.CareTeams;
import org.openneighbourhood.api.schema.control.FlushAtCommit;

/**
 * Use cases of {@code CareTeam}: a person's care team, read by the person's id or found by naming
 * the person. Both are the REST API's care team read ({@link CareTeams#careTeamAs}) under the FHIR
 * rows, which are {@code care-team.read}'s, so the answer is exactly the REST API's.
 */
@ApplicationScoped
@Transactional
@Audited
@FlushAtCommit
public class FhirCareTeams {

  /** A person's care team: its organisations, now and before. */
  public record Team(UUID personId, List<CareTeamMemberView> members) {}

  @Inject CareTeams careTeams;
  @Inject PersonRepository people;
  @Inject AccessPolicy policy;

  public Team read(Caller caller, UUID personId) {
    return new Team(
        personId, careTeams.careTeamAs(caller, personId, Operation.FHIR_CARE_TEAM_READ));
  }

  /**
   * The care team of the person named by id or NHS number; empty when no one is, or no one the
   * caller may know of (the refusal is audited). The role is checked first, so a caller the row
   * never allows learns nothing of who is known here.
   */
  public Optional<Team> search(Caller caller, UUID personId, NhsNumber nhsNumber) {
    policy.checkRole(caller, Operation.FHIR_CARE_TEAM_SEARCH, RecordType.CARE_TEAM);
    Optional<UUID> person =
        NamedPerson.find(people, personId, nhsNumber)
            .filter(
                id ->
                    policy.admits(
                        caller, Operation.FHIR_CARE_TEAM_SEARCH, id, RecordType.CARE_TEAM));
    if (person.isEmpty()) {
      return Optional.empty();
    }
    UUID id = person.get();
    return Optional.of(
        new Team(id, careTeams.careTeamAs(caller, id, Operation.FHIR_CARE_TEAM_SEARCH)));
  }
}
