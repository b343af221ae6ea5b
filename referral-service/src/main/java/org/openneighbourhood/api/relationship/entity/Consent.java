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
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.time.entity.London;

/**
 * What a person agreed to share with one organisation: recorded by whom, for which organisation,
 * when, until when; withdrawn when. Withdrawal takes effect on the very next request, because every
 * request reads it afresh.
 *
 * <p>It lasts as long as the person chose ({@link ConsentTerm}): until the end of a day, or until
 * the referral it was given for is closed, which ends it in the same transaction as the referral's
 * last change ({@link #referralEnded}), or a year when nobody chose.
 */
@Entity
@Table(name = "consent")
public class Consent {

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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentTerm.Lasts lasts;

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
      ConsentTerm term,
      Instant now) {
    this.id = UUID.randomUUID();
    this.personId = Objects.requireNonNull(personId);
    this.organisation = Objects.requireNonNull(organisation);
    this.scope = Objects.requireNonNull(scope);
    this.referralId = referralId;
    this.recordedBy = Objects.requireNonNull(recordedBy);
    this.recordedByOrganisation = recordedByOrganisation;
    this.recordedAt = Objects.requireNonNull(now);
    this.lasts = term.lasts();
    this.validUntil = term.endsAt(now);
    if (term.lasts() == ConsentTerm.Lasts.UNTIL_REFERRAL_ENDS && referralId == null) {
      throw new IllegalArgumentException("Only an agreement for a referral can end with it");
    }
  }

  /**
   * The referral it was given for was closed at {@code at}: an agreement that ends with the
   * referral stops counting at that moment; any other is unchanged.
   */
  public void referralEnded(Instant at) {
    if (lasts == ConsentTerm.Lasts.UNTIL_REFERRAL_ENDS && at.isBefore(validUntil)) {
      // Never before it was recorded (the stack's clock can be moved back in tests).
      this.validUntil = at.isAfter(recordedAt) ? at : recordedAt;
    }
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

  /** What the person chose for how long it lasts. */
  public ConsentTerm.Lasts lasts() {
    return lasts;
  }

  /** Whether it ends when its referral is closed. */
  public boolean endsWithReferral() {
    return lasts == ConsentTerm.Lasts.UNTIL_REFERRAL_ENDS;
  }

  /**
   * Whole days from today (in London, at {@code now}) to its last day: 0 when today is the last
   * day; empty once it has ended.
   */
  public Optional<Long> daysLeftAt(Instant now) {
    if (!isActiveAt(now)) {
      return Optional.empty();
    }
    return Optional.of(ChronoUnit.DAYS.between(now.atZone(London.ZONE).toLocalDate(), lastDay()));
  }

  /**
   * Whether the person should be told prominently that it ends soon: in force, with a dated end
   * (not one that ends with its referral), at most {@link ConsentTerm#ENDING_SOON_DAYS} away.
   */
  public boolean isEndingSoonAt(Instant now) {
    return !endsWithReferral()
        && daysLeftAt(now).filter(days -> days <= ConsentTerm.ENDING_SOON_DAYS).isPresent();
  }

  /** The last day, in London, on which it counts (or counted). */
  public LocalDate lastDay() {
    return ConsentTerm.lastDayOf(validUntil);
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }

  public Optional<String> withdrawnBy() {
    return Optional.ofNullable(withdrawnBy);
  }
}
