package org.openneighbourhood.api.access.control;

import java.util.UUID;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Decision;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.audit.control.AuditLog;
import org.openneighbourhood.api.audit.entity.AuditEvent.RecordType;

/**
 * An access the policy allowed, possibly masked. The use case says what it disclosed or changed
 * with {@link #record}, which writes the audit row in the request's transaction.
 */
public final class Access {

  private final AuditLog audit;
  private final Caller caller;
  private final String actingOrganisation;
  private final Operation operation;
  private final Decision decision;
  private final UUID personId;

  Access(
      AuditLog audit,
      Caller caller,
      String actingOrganisation,
      Operation operation,
      Decision decision,
      UUID personId) {
    this.audit = audit;
    this.caller = caller;
    this.actingOrganisation = actingOrganisation;
    this.operation = operation;
    this.decision = decision;
    this.personId = personId;
  }

  /** Allowed with the person's identity and personal details withheld. */
  public boolean masked() {
    return decision == Decision.MASKED;
  }

  /** The organisation the caller acts for, if they act for one. */
  public String actingOrganisation() {
    return actingOrganisation;
  }

  /** Writes the audit row for a record disclosed or changed; a masked answer discloses nothing. */
  public void record(RecordType type, UUID recordId) {
    recordAbout(personId, type, recordId);
  }

  /** The same, for a record of a person the decision was not about (someone just registered). */
  public void recordAbout(UUID person, RecordType type, UUID recordId) {
    if (!masked()) {
      audit.allowed(caller, actingOrganisation, operation, type, recordId, person);
    }
  }
}
