package org.openneighbourhood.api.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A goal in the person's own words, kept exactly as they said it. */
@Embeddable
public class Goal {

  @Column(name = "id", nullable = false)
  private UUID id;

  @Column(nullable = false)
  private String description;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected Goal() {}

  Goal(UUID id, String description, Instant createdAt, String createdBy) {
    this.id = Objects.requireNonNull(id);
    this.description = Objects.requireNonNull(description);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.createdBy = Objects.requireNonNull(createdBy);
  }

  public UUID id() {
    return id;
  }

  public String description() {
    return description;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
