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
import org.openneighbourhood.api.access.entity.HiddenRecordException;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.relationship.boundary.CareTeams;
import org.openneighbourhood.api.relationship.boundary.ConsentView;
import org.openneighbourhood.api.relationship.control.RelationshipRepository;
import org.openneighbourhood.api.schema.control.FlushAtCommit;

/**
 * Use cases of {@code Consent}: one of a person's agreements to share, or all of them. Both are the
 * REST API's {@code /me/consents} ({@link CareTeams#consentsAs}) under the FHIR rows, whose cells
 * are {@code me.consents}'s: the person's own, read by the person.
 */
@ApplicationScoped
@Transactional
@Audited
@FlushAtCommit
public class FhirConsents {

  /** A person's consents. */
  public record Consents(UUID personId, List<ConsentView> consents) {}

  @Inject CareTeams careTeams;
  @Inject RelationshipRepository relationships;
  @Inject PersonRepository people;
  @Inject AccessPolicy policy;

  /**
   * One consent, decided as reading all of its person's: straight to the person, so that even a
   * refusal for the role alone is in their access log (the one audit row is about them).
   */
  public Consents read(Caller caller, UUID consentId) {
    UUID personId =
        relationships
            .consent(consentId)
            .map(consent -> consent.personId())
            .orElseThrow(() -> new RecordNotFoundException("Consent"));
    if (!policy.admits(caller, Operation.FHIR_CONSENT_READ, personId, RecordType.CONSENT)) {
      throw new HiddenRecordException("Consent"); // as a consent that does not exist
    }
    List<ConsentView> one =
        careTeams.consentsAs(caller, personId, Operation.FHIR_CONSENT_READ).stream()
            .filter(view -> view.id().equals(consentId))
            .toList();
    return new Consents(personId, one);
  }

  /**
   * The consents of the person named by id or NHS number; empty when no one is, or no one the
   * caller may know of (the refusal is audited). The role is checked first, so a caller the row
   * never allows learns nothing of who is known here.
   */
  public Optional<Consents> search(Caller caller, UUID personId, NhsNumber nhsNumber) {
    policy.checkRole(caller, Operation.FHIR_CONSENT_SEARCH, RecordType.CONSENT);
    Optional<UUID> person =
        NamedPerson.find(people, personId, nhsNumber)
            .filter(
                id -> policy.admits(caller, Operation.FHIR_CONSENT_SEARCH, id, RecordType.CONSENT));
    if (person.isEmpty()) {
      return Optional.empty();
    }
    UUID id = person.get();
    return Optional.of(
        new Consents(id, careTeams.consentsAs(caller, id, Operation.FHIR_CONSENT_SEARCH)));
  }
}
