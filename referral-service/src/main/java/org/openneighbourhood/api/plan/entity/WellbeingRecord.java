package org.openneighbourhood.api.plan.entity;

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
import org.openneighbourhood.api.schema.entity.TimeOrderedIds;

/**
 * The person's answers to the ONS4 personal wellbeing questions on one occasion (0-10 each; for
 * anxiety, lower is better), given by the person online or with a worker.
 */
@Entity
@Table(name = "wellbeing_record")
public class WellbeingRecord {

  /** When the questions were asked. */
  public enum Occasion {
    START("at the start"),
    REVIEW("at a review"),
    CHECK_IN("at a check-in");

    private final String words;

    Occasion(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** The four ONS4 answers. */
  public record Answers(
      Integer lifeSatisfaction, Integer worthwhile, Integer happiness, Integer anxiety) {

    @Override
    public String toString() {
      return "life satisfaction "
          + lifeSatisfaction
          + ", worthwhile "
          + worthwhile
          + ", happiness "
          + happiness
          + ", anxiety "
          + anxiety;
    }
  }

  @Id private UUID id;

  @Column(name = "plan_id", nullable = false)
  private UUID planId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Occasion occasion;

  @Column(name = "life_satisfaction", nullable = false)
  private int lifeSatisfaction;

  @Column(nullable = false)
  private int worthwhile;

  @Column(nullable = false)
  private int happiness;

  @Column(nullable = false)
  private int anxiety;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected WellbeingRecord() {}

  WellbeingRecord(UUID planId, Occasion occasion, Answers answers, Contributor by, Instant at) {
    this.id = TimeOrderedIds.next();
    this.planId = Objects.requireNonNull(planId);
    if (occasion == null) {
      throw new org.openneighbourhood.api.problem.entity.InvalidInputException(
          "occasion", "Choose when the questions were asked");
    }
    this.occasion = occasion;
    String missing = "Choose a number from 0 to 10";
    this.lifeSatisfaction =
        PlanText.score(answers.lifeSatisfaction(), "lifeSatisfaction", 0, 10, missing);
    this.worthwhile = PlanText.score(answers.worthwhile(), "worthwhile", 0, 10, missing);
    this.happiness = PlanText.score(answers.happiness(), "happiness", 0, 10, missing);
    this.anxiety = PlanText.score(answers.anxiety(), "anxiety", 0, 10, missing);
    this.recordedBy = by.name();
    this.organisation = by.organisation();
    this.recordedAt = Objects.requireNonNull(at);
  }

  public UUID id() {
    return id;
  }

  public Occasion occasion() {
    return occasion;
  }

  public Answers answers() {
    return new Answers(lifeSatisfaction, worthwhile, happiness, anxiety);
  }

  public String recordedBy() {
    return recordedBy;
  }

  /** Empty when the person answered on their own. */
  public Optional<Organisation> organisation() {
    return Optional.ofNullable(organisation);
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
