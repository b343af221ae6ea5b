package org.openneighbourhood.api.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A safeguarding note about a person: what a professional recorded, who, for which organisation and
 * when. Kept as written; never changed or removed (the database refuses it). A sensitive field: who
 * is shown it is decided by the access policy, and its {@code toString} never holds the text.
 */
@Embeddable
public class SafeguardingNote {

  @Column(name = "id", nullable = false)
  private UUID id;

  @Column(name = "text", nullable = false)
  private String text;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(name = "written_by", nullable = false)
  private String writtenBy;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Column(name = "organisation_name", nullable = false)
  private String organisationName;

  protected SafeguardingNote() {}

  SafeguardingNote(
      UUID id,
      String text,
      Instant writtenAt,
      String writtenBy,
      UUID organisationId,
      String organisationName) {
    this.id = Objects.requireNonNull(id);
    this.text = Objects.requireNonNull(text);
    this.writtenAt = Objects.requireNonNull(writtenAt);
    this.writtenBy = Objects.requireNonNull(writtenBy);
    this.organisationId = Objects.requireNonNull(organisationId);
    this.organisationName = Objects.requireNonNull(organisationName);
  }

  public UUID id() {
    return id;
  }

  public String text() {
    return text;
  }

  public Instant writtenAt() {
    return writtenAt;
  }

  public String writtenBy() {
    return writtenBy;
  }

  public UUID organisationId() {
    return organisationId;
  }

  public String organisationName() {
    return organisationName;
  }

  @Override
  public String toString() {
    return "SafeguardingNote[" + id + "]";
  }
}
