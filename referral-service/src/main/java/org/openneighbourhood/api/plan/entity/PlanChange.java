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

/** One line of a plan's history: who, for which organisation, when, and the {@link Edit}. */
@Entity
@Table(name = "plan_change")
public class PlanChange {

  @Id private UUID id;

  @Column(name = "plan_id", nullable = false)
  private UUID planId;

  /** Set by the database: orders the edits of one change as they were made. */
  @Column(insertable = false, updatable = false)
  private Long seq;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(nullable = false)
  private String part;

  @Column(name = "before_value")
  private String before;

  @Column(name = "after_value")
  private String after;

  protected PlanChange() {}

  public PlanChange(UUID planId, Edit edit, Contributor by, Instant at) {
    this.id = TimeOrderedIds.next();
    this.planId = Objects.requireNonNull(planId);
    this.changedAt = Objects.requireNonNull(at);
    this.changedBy = by.name();
    this.organisation = by.organisation();
    this.part = edit.part();
    this.before = edit.before();
    this.after = edit.after();
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }

  /** Empty when the person made the change. */
  public Optional<Organisation> organisation() {
    return Optional.ofNullable(organisation);
  }

  public String part() {
    return part;
  }

  public Optional<String> before() {
    return Optional.ofNullable(before);
  }

  public Optional<String> after() {
    return Optional.ofNullable(after);
  }
}
