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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;

/** An organisation in a person's care team, from when it started until it ended. */
@Entity
@Table(name = "care_team_member")
public class CareTeamMember {

  /** Why the organisation joined. */
  public enum Reason {
    REGISTERED,
    REFERRAL_ACCEPTED,
    ADDED_WITH_AGREEMENT
  }

  @Id private UUID id;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Reason reason;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by")
  private String endedBy;

  protected CareTeamMember() {}

  public CareTeamMember(
      UUID personId, Organisation organisation, Reason reason, String startedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.personId = Objects.requireNonNull(personId);
    this.organisation = Objects.requireNonNull(organisation);
    this.reason = Objects.requireNonNull(reason);
    this.startedBy = Objects.requireNonNull(startedBy);
    this.startedAt = Objects.requireNonNull(now);
  }

  public void end(String by, Instant now) {
    if (endedAt == null) {
      this.endedAt = now;
      this.endedBy = by;
    }
  }

  public boolean isCurrent() {
    return endedAt == null;
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

  public Reason reason() {
    return reason;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public String startedBy() {
    return startedBy;
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  public Optional<String> endedBy() {
    return Optional.ofNullable(endedBy);
  }
}
