package org.openneighbourhood.api.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.AuditLog;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.organisation.control.OrganisationRepository;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;

/** Use cases: who looked at or changed my record; what my organisation's people looked at. */
@ApplicationScoped
@Transactional
@Audited
public class AccessLogs {

  @Inject AuditLog audit;
  @Inject AccessPolicy policy;
  @Inject OrganisationRepository organisations;

  public List<AccessLogEntryView> mine(Caller caller) {
    policy.checkRole(caller, Operation.ME_ACCESS_LOG, RecordType.AUDIT_LOG);
    UUID personId =
        policy.ownRecord(caller).orElseThrow(() -> new RecordNotFoundException("Person"));
    policy.toPerson(caller, Operation.ME_ACCESS_LOG, personId, RecordType.AUDIT_LOG);
    List<AuditEvent> events = audit.aboutPerson(personId);
    return views(events, true, caller.username());
  }

  /**
   * A person's access log as another view of it reads it (the FHIR API's {@code AuditEvent}),
   * decided and audited under that view's own row, which is {@code me.access-log}'s; worded for the
   * person, as {@link #mine} is.
   */
  public List<AccessLogEntryView> aboutPersonAs(Caller caller, UUID personId, Operation operation) {
    policy.toPerson(caller, operation, personId, RecordType.AUDIT_LOG);
    return views(audit.aboutPerson(personId), true, caller.username());
  }

  public List<AccessLogEntryView> organisation(Caller caller) {
    policy.checkWithoutPerson(caller, Operation.ORGANISATION_ACCESS_LOG, RecordType.AUDIT_LOG);
    return views(audit.byOrganisation(policy.actingOrganisation(caller)), false, caller.username());
  }

  private List<AccessLogEntryView> views(
      List<AuditEvent> events, boolean forThePerson, String viewer) {
    Map<String, String> names = new HashMap<>();
    return events.stream()
        .map(
            event ->
                AccessLogEntryView.of(
                    event,
                    event
                        .actingOrganisation()
                        .map(alias -> names.computeIfAbsent(alias, this::name))
                        .orElse(null),
                    forThePerson,
                    viewer))
        .toList();
  }

  private String name(String alias) {
    return organisations.findByAlias(alias).map(Organisation::name).orElse(alias);
  }
}
