package org.openneighbourhood.api.access.control;

import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.access.entity.AccessDeniedException;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Decision;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.access.entity.Relationship;
import org.openneighbourhood.api.schema.control.Insert;

/**
 * An access the policy allowed, possibly masked. The use case says what it disclosed or changed
 * with {@link #record}, which writes the audit row in the request's transaction, and asks {@link
 * #sees} before it shows a sensitive field.
 */
public final class Access {

  private final PolicyTable table;
  private final AuditLog audit;
  private final Caller caller;
  private final String actingOrganisation;
  private final Operation operation;
  private final Decision decision;
  private final Relationship relationship;
  private final UUID personId;

  Access(
      PolicyTable table,
      AuditLog audit,
      Caller caller,
      String actingOrganisation,
      Operation operation,
      Decision decision,
      Relationship relationship,
      UUID personId) {
    this.table = table;
    this.audit = audit;
    this.caller = caller;
    this.actingOrganisation = actingOrganisation;
    this.operation = operation;
    this.decision = decision;
    this.relationship = relationship;
    this.personId = personId;
  }

  /** Allowed with the person's identity and personal details withheld. */
  public boolean masked() {
    return decision == Decision.MASKED;
  }

  /**
   * Whether the caller is shown a sensitive field of the person ({@code field.*} rows of the
   * table), decided by the same roles and relationship that decided this request: only {@code
   * allow} shows it. A masked access shows no field at all.
   */
  public boolean sees(Operation field) {
    if (!field.isField()) {
      throw new IllegalArgumentException(field.id() + " is a request, not a field");
    }
    return !masked() && table.decide(field, caller.roles(), relationship) == Decision.ALLOW;
  }

  /**
   * Whether the same caller, in the same relationship to the person, would be allowed another
   * operation: what a page may offer them besides what they asked for.
   */
  public boolean allows(Operation other) {
    return !masked() && table.decide(other, caller.roles(), relationship) == Decision.ALLOW;
  }

  /**
   * Refuses the request for a rule finer than the table's (such as another organisation's action in
   * a plan), writing the refusal to the audit log as the policy does its own.
   */
  public AccessDeniedException refuse(RecordType type, UUID recordId, String why) {
    audit.denied(caller, actingOrganisation, operation, type, recordId, personId);
    return AccessDeniedException.forbidden(why);
  }

  /** How the caller stands to the person: decides, for example, whether they are the person. */
  public Relationship relationship() {
    return relationship;
  }

  /** The organisation the caller acts for, if they act for one. */
  public String actingOrganisation() {
    return actingOrganisation;
  }

  /** Writes the audit row for a record disclosed or changed; a masked answer discloses nothing. */
  public void record(RecordType type, UUID recordId) {
    recordAbout(personId, type, recordId);
  }

  /**
   * The same as {@link #record}, as a statement to run with a use case's other writes in one round
   * trip; empty when nothing is recorded (a masked view).
   */
  public Optional<Insert> recordInsert(RecordType type, UUID recordId) {
    return masked()
        ? Optional.empty()
        : Optional.of(
            audit.allowedInsert(caller, actingOrganisation, operation, type, recordId, personId));
  }

  /** The same, for a record of a person the decision was not about (someone just registered). */
  public void recordAbout(UUID person, RecordType type, UUID recordId) {
    if (!masked()) {
      audit.allowed(caller, actingOrganisation, operation, type, recordId, person);
    }
  }
}
