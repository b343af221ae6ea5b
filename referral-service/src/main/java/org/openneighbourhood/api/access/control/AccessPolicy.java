package org.openneighbourhood.api.access.control;

import static org.openneighbourhood.api.access.entity.Role.PERSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openneighbourhood.api.access.entity.AccessDeniedException;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Consents;
import org.openneighbourhood.api.access.entity.Decision;
import org.openneighbourhood.api.access.entity.HiddenRecordException;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.access.entity.ReferralParties;
import org.openneighbourhood.api.access.entity.Relationship;
import org.openneighbourhood.api.access.entity.Role;

/**
 * The one place that decides every request: the caller's roles, the organisation they act for, how
 * that organisation (or the person themselves) stands to the person concerned, and the person's
 * consent, looked up in the policy table ({@code access/policy.md}). Deny by default. Every refusal
 * is audited at once; every access allowed unmasked when its use case completes ({@link Audited}).
 * A refusal for the role alone is a 403; one for how the caller stands to the record answers as if
 * the record did not exist ({@link HiddenRecordException}), so the status tells no one it does.
 */
@ApplicationScoped
public class AccessPolicy {

  private final PolicyTable table = PolicyTable.load();

  @Inject Relationships relationships;
  @Inject AuditLog audit;
  @Inject Disclosures disclosures;
  @Inject OwnRecords ownRecords;

  /**
   * The first gate: some role of the caller appears for the operation at all. Operations on one
   * known person go straight to {@link #toPerson}, which checks it too, so that even a refusal for
   * the role alone is in that person's access log.
   */
  public void checkRole(Caller caller, Operation operation, RecordType recordType) {
    checkRole(caller, operation, recordType, null, null);
  }

  private void checkRole(
      Caller caller, Operation operation, RecordType type, UUID recordId, UUID personId) {
    if (operation.isField()) {
      throw new IllegalArgumentException(operation.id() + " is a field: ask Access.sees");
    }
    if (!table.mentions(operation, caller.roles())) {
      throw refuse(caller, operation, type, recordId, personId, "Your role does not allow this");
    }
  }

  /**
   * An operation about no one person: the directory, registering someone new, an organisation's own
   * log.
   */
  public Access checkWithoutPerson(Caller caller, Operation operation, RecordType recordType) {
    checkRole(caller, operation, recordType);
    if (table.decide(operation, caller.roles(), Relationship.NONE) == Decision.DENY) {
      throw refuse(caller, operation, recordType, null, null, "Your role does not allow this");
    }
    return new Access(
        table,
        audit,
        caller,
        actingOrganisationIfKnown(caller),
        operation,
        Decision.ALLOW,
        Relationship.NONE,
        null,
        null,
        null);
  }

  /**
   * Whether the table gives the caller this operation about no one person, asked without refusing
   * or auditing: to choose which of two rows decides a request (a commissioner reads any
   * organisation's report, an admin their own), which that row then does.
   */
  public boolean allowsWithoutPerson(Caller caller, Operation operation) {
    return !operation.isField()
        && table.decide(operation, caller.roles(), Relationship.NONE) != Decision.DENY;
  }

  /**
   * An operation on something an organisation owns (one of its services): allowed by the table's
   * none column, and only for the owner's own staff.
   */
  public Access toOwnedBy(
      Caller caller, Operation operation, RecordType type, UUID recordId, String ownerAlias) {
    Access access = checkWithoutPerson(caller, operation, type);
    if (!actingOrganisation(caller).equals(ownerAlias)) {
      throw refuse(caller, operation, type, recordId, null, "This belongs to another organisation");
    }
    return access;
  }

  /**
   * An operation the table gives to {@code anyone}, signed in or not: nobody's identity is asked
   * for, nothing about anyone is disclosed, so nothing is audited.
   *
   * @throws AccessDeniedException when the table does not (or no longer does) make it public
   */
  public void checkPublic(Operation operation) {
    if (operation.isField() || !table.isPublic(operation)) {
      throw AccessDeniedException.forbidden("This is not open to everyone");
    }
  }

  /** Whether the table lets anyone, signed in or not, do this (the sign-in filter asks). */
  public boolean isPublic(Operation operation) {
    return !operation.isField() && table.isPublic(operation);
  }

  /** An operation on a person's record or plan. */
  public Access toPerson(Caller caller, Operation operation, UUID personId, RecordType type) {
    checkRole(caller, operation, type, personId, personId);
    String acting = actingOrganisationIfAny(caller);
    Relationship relationship = relationshipTo(caller, acting, personId);
    return decide(caller, acting, operation, relationship, personId, type, personId, "Person");
  }

  /**
   * Whether a search that names this person may go on to {@link #toPerson}: false, with the refusal
   * audited, where the table denies the caller's relationship to them. The search then answers as
   * it answers for someone not known here (nothing found), rather than a refusal that would say the
   * person exists. Asked instead of catching {@link HiddenRecordException}, which would have rolled
   * the request's transaction back.
   */
  public boolean admits(Caller caller, Operation operation, UUID personId, RecordType type) {
    checkRole(caller, operation, type, personId, personId);
    String acting = actingOrganisationIfAny(caller);
    Relationship relationship = relationshipTo(caller, acting, personId);
    if (table.decide(operation, caller.roles(), relationship) != Decision.DENY) {
      return true;
    }
    audit.denied(caller, actingOrganisationIfKnown(caller), operation, type, personId, personId);
    return false;
  }

  /** An operation on one referral, decided by the acting organisation's part in it. */
  public Access toReferral(Caller caller, Operation operation, ReferralParties referral) {
    checkRole(caller, operation, RecordType.REFERRAL, referral.id(), referral.personId());
    String acting = actingOrganisation(caller);
    Relationship relationship = relationships.toReferral(acting, referral);
    return decide(
        caller,
        acting,
        operation,
        relationship,
        referral.personId(),
        RecordType.REFERRAL,
        referral.id(),
        "Referral");
  }

  /**
   * One row of a list: how much of the referral the acting organisation may see. Empty when it may
   * not see the row at all (then it is left out of the list, which is not a refusal). The page's
   * consents are read once for all its rows.
   */
  public Optional<Access> rowOf(
      Caller caller,
      String acting,
      Operation operation,
      ReferralParties referral,
      Consents consents) {
    return row(
        caller,
        acting,
        operation,
        Relationships.toReferral(acting, referral, consents),
        referral.personId(),
        RecordType.REFERRAL,
        referral.id());
  }

  /**
   * One row of a list of people (a caseload): how the acting organisation stands to the person,
   * from its part in their care ({@code structural}: care team or sender) and the page's consents,
   * decided by the table. Empty when the row may not be shown (then it is left out, which is not a
   * refusal).
   */
  public Optional<Access> personRowOf(
      Caller caller,
      String acting,
      Operation operation,
      UUID personId,
      Relationship structural,
      Consents consents) {
    return row(
        caller,
        acting,
        operation,
        Relationships.withConsents(structural, acting, personId, consents),
        personId,
        RecordType.PERSON,
        personId);
  }

  /**
   * An access decided by the table: empty when denied (a list leaves the row out; a request is
   * refused).
   */
  private Optional<Access> row(
      Caller caller,
      String acting,
      Operation operation,
      Relationship relationship,
      UUID personId,
      RecordType type,
      UUID recordId) {
    Decision decision = table.decide(operation, caller.roles(), relationship);
    return decision == Decision.DENY
        ? Optional.empty()
        : Optional.of(
            disclosed(
                new Access(
                    table,
                    audit,
                    caller,
                    acting,
                    operation,
                    decision,
                    relationship,
                    personId,
                    type,
                    recordId)));
  }

  /**
   * The id of the signed-in person's own record, if there is one for the NHS number in their token.
   */
  public Optional<UUID> ownRecord(Caller caller) {
    if (!caller.hasAnyRole(Set.of(PERSON))) {
      return Optional.empty();
    }
    return caller.nhsNumberClaim().flatMap(ownRecords::personIdFor);
  }

  /**
   * The organisation the caller acts for: their only organisation, or the one they chose with
   * X-Acting-Organisation, which must be one of theirs.
   */
  public String actingOrganisation(Caller caller) {
    var requested = caller.requestedOrganisationAlias();
    if (requested.isPresent()) {
      if (!caller.organisations().contains(requested.get())) {
        throw AccessDeniedException.forbidden("You are not a member of the organisation you chose");
      }
      return requested.get();
    }
    if (caller.organisations().size() == 1) {
      return caller.organisations().get(0);
    }
    if (caller.organisations().isEmpty()) {
      throw AccessDeniedException.noActingOrganisation("You do not belong to an organisation");
    }
    throw AccessDeniedException.noActingOrganisation(
        "You belong to several organisations: choose one with the X-Acting-Organisation header");
  }

  /**
   * The table's answer for the caller's relationship to the record. A deny here depends on the
   * record (the role may do this to records it stands to otherwise), so it is answered as the
   * record not existing, in the words of the use cases' own not-found ({@code what}: "Person not
   * found", "Referral not found"), and audited as refused.
   */
  private Access decide(
      Caller caller,
      String acting,
      Operation operation,
      Relationship relationship,
      UUID personId,
      RecordType type,
      UUID recordId,
      String what) {
    return row(caller, acting, operation, relationship, personId, type, recordId)
        .orElseThrow(() -> hide(caller, operation, type, recordId, personId, what));
  }

  private HiddenRecordException hide(
      Caller caller,
      Operation operation,
      RecordType type,
      UUID recordId,
      UUID personId,
      String what) {
    audit.denied(caller, actingOrganisationIfKnown(caller), operation, type, recordId, personId);
    return new HiddenRecordException(what);
  }

  /** An access to be audited when its use case completes, unless masked. */
  private Access disclosed(Access access) {
    if (access.hasSubject()) {
      disclosures.add(access);
    }
    return access;
  }

  private Relationship relationshipTo(Caller caller, String acting, UUID personId) {
    if (ownRecord(caller).filter(personId::equals).isPresent()) {
      return Relationship.SELF;
    }
    return acting == null ? Relationship.NONE : relationships.toPerson(acting, personId);
  }

  private String actingOrganisationIfAny(Caller caller) {
    return caller.hasAnyRole(Role.ORGANISATION_ROLES) ? actingOrganisation(caller) : null;
  }

  private RuntimeException refuse(
      Caller caller,
      Operation operation,
      RecordType type,
      UUID recordId,
      UUID personId,
      String why) {
    audit.denied(caller, actingOrganisationIfKnown(caller), operation, type, recordId, personId);
    return AccessDeniedException.forbidden(why);
  }

  /** For the audit log: the organisation the caller chose or their only one, without checking. */
  private static String actingOrganisationIfKnown(Caller caller) {
    return caller
        .requestedOrganisationAlias()
        .orElse(caller.organisations().size() == 1 ? caller.organisations().get(0) : null);
  }
}
