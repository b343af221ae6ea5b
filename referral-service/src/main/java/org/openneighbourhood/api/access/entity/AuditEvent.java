package org.openneighbourhood.api.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.schema.entity.TimeOrderedIds;

/** One access to a person's data, or one refusal: who, as what, for whom, did what, when, why. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  /** Whether the policy let it happen. */
  public enum Outcome {
    ALLOWED,
    DENIED
  }

  /** The kind of record touched. */
  public enum RecordType {
    PERSON,
    PLAN,
    REFERRAL,
    CARE_TEAM,
    CONSENT,
    AUDIT_LOG,
    DIRECTORY,
    ORGANISATION,
    STAFF,
    SAFEGUARDING_NOTE,
    REPORT
  }

  @Id private UUID id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false, updatable = false)
  private String displayName;

  @Column(nullable = false, updatable = false)
  private String roles;

  @Column(name = "acting_organisation", updatable = false)
  private String actingOrganisation;

  @Column(nullable = false, updatable = false)
  private String operation;

  @Column(nullable = false, updatable = false)
  private String action;

  @Enumerated(EnumType.STRING)
  @Column(name = "record_type", nullable = false, updatable = false)
  private RecordType recordType;

  @Column(name = "record_id", updatable = false)
  private UUID recordId;

  @Column(name = "person_id", updatable = false)
  private UUID personId;

  @Column(nullable = false, updatable = false)
  private String purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Outcome outcome;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      String username,
      String displayName,
      String roles,
      String actingOrganisation,
      String operation,
      String action,
      RecordType recordType,
      UUID recordId,
      UUID personId,
      String purpose,
      Outcome outcome) {
    this.id = TimeOrderedIds.next();
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.roles = Objects.requireNonNull(roles);
    this.actingOrganisation = actingOrganisation;
    this.operation = Objects.requireNonNull(operation);
    this.action = Objects.requireNonNull(action);
    this.recordType = Objects.requireNonNull(recordType);
    this.recordId = recordId;
    this.personId = personId;
    this.purpose = Objects.requireNonNull(purpose);
    this.outcome = Objects.requireNonNull(outcome);
  }

  public UUID id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String roles() {
    return roles;
  }

  public Optional<String> actingOrganisation() {
    return Optional.ofNullable(actingOrganisation);
  }

  public String operation() {
    return operation;
  }

  public String action() {
    return action;
  }

  public RecordType recordType() {
    return recordType;
  }

  public Optional<UUID> recordId() {
    return Optional.ofNullable(recordId);
  }

  public Optional<UUID> personId() {
    return Optional.ofNullable(personId);
  }

  public String purpose() {
    return purpose;
  }

  public Outcome outcome() {
    return outcome;
  }
}
