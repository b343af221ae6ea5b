package org.openneighbourhood.api.relationship.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;

/**
 * What a person agreed to share with one organisation: recorded by whom, for which organisation,
 * when, until when; withdrawn when. Withdrawal takes effect on the very next request, because every
 * request reads it afresh.
 */
@Entity
@Table(name = "consent")
public class Consent {

  /** How long an agreement lasts unless the person withdraws it sooner. */
  public static final Duration LASTS = Duration.ofDays(365);

  /** What the person agreed to. */
  public enum Scope {
    /** That the organisation keeps a record about them and their plan. */
    KEEP_RECORD,
    /** That a referral, with what matters to them and their plan, is shared with a service. */
    REFERRAL,
    /** That an organisation joins their care team and sees their record and plan. */
    CARE_TEAM
  }

  @Id private UUID id;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Scope scope;

  @Column(name = "referral_id")
  private UUID referralId;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  /** None when the person gave it themselves (a self-referral). */
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "recorded_by_organisation_id")
  private Organisation recordedByOrganisation;

  @Column(name = "valid_until", nullable = false)
  private Instant validUntil;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by")
  private String withdrawnBy;

  protected Consent() {}

  public Consent(
      UUID personId,
      Organisation organisation,
      Scope scope,
      UUID referralId,
      String recordedBy,
      Organisation recordedByOrganisation,
      Instant now) {
    this.id = UUID.randomUUID();
    this.personId = Objects.requireNonNull(personId);
    this.organisation = Objects.requireNonNull(organisation);
    this.scope = Objects.requireNonNull(scope);
    this.referralId = referralId;
    this.recordedBy = Objects.requireNonNull(recordedBy);
    this.recordedByOrganisation = recordedByOrganisation;
    this.recordedAt = Objects.requireNonNull(now);
    this.validUntil = now.plus(LASTS);
  }

  public boolean isActiveAt(Instant now) {
    return withdrawnAt == null && now.isBefore(validUntil);
  }

  /** Withdraws it; withdrawing again changes nothing. */
  public void withdraw(String by, Instant now) {
    if (withdrawnAt == null) {
      this.withdrawnAt = now;
      this.withdrawnBy = by;
    }
  }

  public UUID id() {
    return id;
  }

  public UUID personId() {
    return personId;
  }

  public Organisation organisation() {
    return organisation;
  }

  public Scope scope() {
    return scope;
  }

  public Optional<UUID> referralId() {
    return Optional.ofNullable(referralId);
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }

  /** The organisation that recorded it; empty when the person gave it themselves. */
  public Optional<Organisation> recordedByOrganisation() {
    return Optional.ofNullable(recordedByOrganisation);
  }

  public Instant validUntil() {
    return validUntil;
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }

  public Optional<String> withdrawnBy() {
    return Optional.ofNullable(withdrawnBy);
  }
}
