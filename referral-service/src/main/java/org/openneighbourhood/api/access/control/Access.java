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
 * An access the policy allowed, possibly masked. Unless masked, it is audited when its use case
 * completes ({@link Audited}): one row about its subject (the person, or the referral), unless the
 * use case named what it disclosed or changed itself with {@link #record}. The use case asks {@link
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
  private final RecordType subjectType;
  private final UUID subjectId;
  private boolean recorded;

  Access(
      PolicyTable table,
      AuditLog audit,
      Caller caller,
      String actingOrganisation,
      Operation operation,
      Decision decision,
      Relationship relationship,
      UUID personId,
      RecordType subjectType,
      UUID subjectId) {
    this.table = table;
    this.audit = audit;
    this.caller = caller;
    this.actingOrganisation = actingOrganisation;
    this.operation = operation;
    this.decision = decision;
    this.relationship = relationship;
    this.personId = personId;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
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

  /**
   * Names a record disclosed or changed, instead of the subject the access was decided on (a note
   * just added, each referral of a list): writes its audit row now, in the request's transaction. A
   * masked answer discloses nothing.
   */
  public void record(RecordType type, UUID recordId) {
    recordAbout(personId, type, recordId);
  }

  /**
   * The same as {@link #record}, as a statement to run with a use case's other writes in one round
   * trip; empty when nothing is recorded (a masked view).
   */
  public Optional<Insert> recordInsert(RecordType type, UUID recordId) {
    recorded = true;
    return masked()
        ? Optional.empty()
        : Optional.of(
            audit.allowedInsert(caller, actingOrganisation, operation, type, recordId, personId));
  }

  /** The same, for a record of a person the decision was not about (someone just registered). */
  public void recordAbout(UUID person, RecordType type, UUID recordId) {
    recorded = true;
    if (!masked()) {
      audit.allowed(caller, actingOrganisation, operation, type, recordId, person);
    }
  }

  /** The row about the subject, when the use case completed without naming records itself. */
  void recordIfUnrecorded() {
    if (!recorded && subjectType != null) {
      record(subjectType, subjectId);
    }
  }

  /** Whether this access has a subject to audit when its use case completes. */
  boolean hasSubject() {
    return subjectType != null && !masked();
  }
}
