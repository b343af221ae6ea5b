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
import org.openneighbourhood.api.audit.boundary.AccessLogEntryView;
import org.openneighbourhood.api.audit.boundary.AccessLogs;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.NhsNumber;

/**
 * Use case of {@code AuditEvent}: a person's access log, found by naming the person. It is the REST
 * API's {@code /me/access-log} ({@link AccessLogs#aboutPersonAs}) under {@code
 * fhir.audit-event.search}, whose cells are {@code me.access-log}'s: the person reads their own.
 */
@ApplicationScoped
@Transactional
@Audited
public class FhirAccessLogs {

  /** A person's access log, newest first. */
  public record Log(UUID personId, List<AccessLogEntryView> entries) {}

  @Inject AccessLogs accessLogs;
  @Inject PersonRepository people;
  @Inject AccessPolicy policy;

  /**
   * The access log of the person named by id or NHS number; empty when no one is, or no one the
   * caller may know of (the refusal is audited). The role is checked first, so a caller the row
   * never allows learns nothing of who is known here.
   */
  public Optional<Log> search(Caller caller, UUID personId, NhsNumber nhsNumber) {
    policy.checkRole(caller, Operation.FHIR_AUDIT_EVENT_SEARCH, RecordType.AUDIT_LOG);
    Optional<UUID> person =
        NamedPerson.find(people, personId, nhsNumber)
            .filter(
                id ->
                    policy.admits(
                        caller, Operation.FHIR_AUDIT_EVENT_SEARCH, id, RecordType.AUDIT_LOG));
    if (person.isEmpty()) {
      return Optional.empty();
    }
    UUID id = person.get();
    return Optional.of(
        new Log(id, accessLogs.aboutPersonAs(caller, id, Operation.FHIR_AUDIT_EVENT_SEARCH)));
  }
}
