package org.openneighbourhood.api.plan.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A goal in the person's own words, kept exactly as they said it, with how important it is to them
 * and how confident they feel (1-10), and the actions organisations agreed to take towards it.
 * Changed through its {@link Plan}.
 */
@Entity
@Table(name = "goal")
public class Goal {

  @Id private UUID id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String description;

  private Integer importance;

  private Integer confidence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GoalStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(nullable = false)
  private long version;

  @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchSize(size = 50)
  private List<Action> actions = new ArrayList<>();

  protected Goal() {}

  /** What the person says about a goal: its words, importance, confidence and status. */
  public record Words(
      String description, Integer importance, Integer confidence, GoalStatus status) {}

  Goal(Plan plan, int position, Words words, String by, Instant at) {
    this.id = UUID.randomUUID();
    this.plan = Objects.requireNonNull(plan);
    this.position = position;
    this.status = words.status() == null ? GoalStatus.ACTIVE : words.status();
    this.createdAt = Objects.requireNonNull(at);
    this.createdBy = Objects.requireNonNull(by);
    apply(words);
  }

  private void apply(Words words) {
    this.description =
        PlanText.required(
            words.description(),
            "description",
            PlanText.SHORT,
            "Enter the goal in the person's own words");
    this.importance = PlanText.score(words.importance(), "importance", 1, 10, null);
    this.confidence = PlanText.score(words.confidence(), "confidence", 1, 10, null);
  }

  List<Edit> change(Words words, String by, Instant at) {
    String name = name();
    String wasDescription = description;
    Integer wasImportance = importance;
    Integer wasConfidence = confidence;
    GoalStatus wasStatus = status;
    apply(words);
    if (words.status() != null) {
      status = words.status();
    }
    List<Edit> edits = new ArrayList<>();
    Edit.of(name + ": in their words", wasDescription, description).ifPresent(edits::add);
    Edit.of(name + ": how important", wasImportance, importance).ifPresent(edits::add);
    Edit.of(name + ": how confident", wasConfidence, confidence).ifPresent(edits::add);
    Edit.of(name + ": status", wasStatus.words(), status.words()).ifPresent(edits::add);
    if (!edits.isEmpty()) {
      version++;
      updatedAt = at;
      updatedBy = by;
    }
    return edits;
  }

  Action add(Action.Agreed agreed, String by, Instant at) {
    Action action = new Action(this, actions.size(), agreed, by, at);
    actions.add(action);
    return action;
  }

  /** How the history names the goal: its words, shortened. */
  String name() {
    String words = description.length() > 60 ? description.substring(0, 57) + "..." : description;
    return "Goal \"" + words + "\"";
  }

  Optional<Action> action(UUID actionId) {
    return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
  }

  public UUID id() {
    return id;
  }

  public String description() {
    return description;
  }

  public Optional<Integer> importance() {
    return Optional.ofNullable(importance);
  }

  public Optional<Integer> confidence() {
    return Optional.ofNullable(confidence);
  }

  public GoalStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  public Optional<String> updatedBy() {
    return Optional.ofNullable(updatedBy);
  }

  public long version() {
    return version;
  }

  public List<Action> actions() {
    return List.copyOf(actions);
  }
}
