package org.openneighbourhood.api.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a referral's timeline: who moved it to which status, as which party to the referral,
 * for which organisation (none when the person did it themselves), and why.
 */
@Embeddable
public class StatusChange {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReferralStatus status;

  @Column(name = "changed_at", nullable = false)
  private Instant at;

  @Column(name = "changed_by", nullable = false)
  private String by;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor", nullable = false)
  private Actor actor;

  @Column(name = "organisation_name")
  private String organisationName;

  @Column(name = "note")
  private String note;

  protected StatusChange() {}

  StatusChange(
      ReferralStatus status,
      Instant at,
      String by,
      Actor actor,
      String organisationName,
      String note) {
    this.status = Objects.requireNonNull(status);
    this.at = Objects.requireNonNull(at);
    this.by = Objects.requireNonNull(by);
    this.actor = Objects.requireNonNull(actor);
    this.organisationName = organisationName;
    this.note = note;
  }

  public ReferralStatus status() {
    return status;
  }

  public Instant at() {
    return at;
  }

  public String by() {
    return by;
  }

  public Actor actor() {
    return actor;
  }

  public Optional<String> organisationName() {
    return Optional.ofNullable(organisationName);
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }
}
