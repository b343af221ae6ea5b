package org.openneighbourhood.api.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A short message on a referral, from the referrer, the receiver or the person: who wrote it, as
 * which party, for which organisation (none for the person), when, and what it says. Never changed
 * once written. Its text is the person's sensitive free text, shown only where the referral's other
 * free text is.
 */
@Embeddable
public class Message {

  /** The longest message, after trimming. */
  public static final int MAX_TEXT = 1000;

  @Column(name = "written_at", nullable = false)
  private Instant at;

  @Column(name = "written_by", nullable = false)
  private String by;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor", nullable = false)
  private Actor actor;

  @Column(name = "organisation_name")
  private String organisationName;

  @Column(name = "text", nullable = false)
  private String text;

  protected Message() {}

  Message(Instant at, String by, Actor actor, String organisationName, String text) {
    this.at = Objects.requireNonNull(at);
    this.by = Objects.requireNonNull(by);
    this.actor = Objects.requireNonNull(actor);
    this.organisationName = organisationName;
    this.text = Objects.requireNonNull(text);
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

  public String text() {
    return text;
  }

  @Override
  public String toString() {
    // The text is sensitive: never in a log line.
    return "Message by " + actor + " at " + at;
  }
}
