package org.openneighbourhood.api.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.openneighbourhood.api.schema.entity.TimeOrderedIds;

/**
 * A progress note by anyone in the care team or by the person, about the plan or one goal. Notes
 * are never changed once written.
 */
@Entity
@Table(name = "progress_note")
public class ProgressNote {

  @Id private UUID id;

  @Column(name = "plan_id", nullable = false)
  private UUID planId;

  @Column(name = "goal_id")
  private UUID goalId;

  @Column(nullable = false)
  private String text;

  @Column(name = "written_by", nullable = false)
  private String writtenBy;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected ProgressNote() {}

  ProgressNote(UUID planId, UUID goalId, String text, Contributor by, Instant at) {
    this.id = TimeOrderedIds.next();
    this.planId = Objects.requireNonNull(planId);
    this.goalId = goalId;
    this.text = PlanText.required(text, "text", PlanText.LONG, "Enter the note");
    this.writtenBy = by.name();
    this.organisation = by.organisation();
    this.writtenAt = Objects.requireNonNull(at);
  }

  public UUID id() {
    return id;
  }

  public Optional<UUID> goalId() {
    return Optional.ofNullable(goalId);
  }

  public String text() {
    return text;
  }

  public String writtenBy() {
    return writtenBy;
  }

  /** Empty when the person wrote it. */
  public Optional<Organisation> organisation() {
    return Optional.ofNullable(organisation);
  }

  public Instant writtenAt() {
    return writtenAt;
  }
}
