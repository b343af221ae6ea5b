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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * Something one organisation agreed to do towards a goal, by a day, with its status (see {@link
 * ActionStatus} for the changes allowed) and notes. Only the owning organisation changes it.
 */
@Entity
@Table(name = "plan_action")
public class Action {

  @Id private UUID id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "goal_id")
  private Goal goal;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String description;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "owner_organisation_id")
  private Organisation owner;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActionStatus status;

  private String notes;

  @Column(name = "done_on")
  private LocalDate doneOn;

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

  protected Action() {}

  /** What is agreed when an action is added: what, by whom, by when, and any notes. */
  public record Agreed(String description, Organisation owner, LocalDate dueOn, String notes) {}

  /** What the owning organisation changes: the words, the day, the status, the notes. */
  public record Update(String description, LocalDate dueOn, ActionStatus status, String notes) {}

  Action(Goal goal, int position, Agreed agreed, String by, Instant at) {
    this.id = UUID.randomUUID();
    this.goal = Objects.requireNonNull(goal);
    this.position = position;
    this.owner = Objects.requireNonNull(agreed.owner());
    this.description = description(agreed.description());
    this.dueOn = agreed.dueOn();
    this.notes = PlanText.optional(agreed.notes(), "notes", PlanText.LONG);
    this.status = ActionStatus.NOT_STARTED;
    this.createdAt = Objects.requireNonNull(at);
    this.createdBy = Objects.requireNonNull(by);
  }

  private static String description(String text) {
    return PlanText.required(text, "description", PlanText.SHORT, "Enter what will be done");
  }

  List<Edit> update(Update update, String by, Instant at, LocalDate today) {
    ActionStatus next = update.status() == null ? status : update.status();
    if (!status.canBecome(next)) {
      throw new InvalidInputException(
          "status",
          "An action that is "
              + status.words()
              + " cannot become "
              + next.words()
              + (next == ActionStatus.NOT_STARTED ? ": work on it has started" : ""));
    }
    if (update.dueOn() != null && !update.dueOn().equals(dueOn) && update.dueOn().isBefore(today)) {
      throw new InvalidInputException("dueOn", "The date must be today or in the future");
    }
    String name = name();
    List<Edit> edits = new ArrayList<>();
    String newDescription =
        description(update.description() == null ? description : update.description());
    String newNotes = PlanText.optional(update.notes(), "notes", PlanText.LONG);
    Edit.of(name + ": what", description, newDescription).ifPresent(edits::add);
    Edit.of(name + ": by when", dueOn, update.dueOn()).ifPresent(edits::add);
    Edit.of(name + ": status", status.words(), next.words()).ifPresent(edits::add);
    Edit.of(name + ": notes", notes, newNotes).ifPresent(edits::add);
    description = newDescription;
    dueOn = update.dueOn();
    notes = newNotes;
    if (next != status) {
      doneOn = next == ActionStatus.DONE ? today : null;
      status = next;
    }
    if (!edits.isEmpty()) {
      version++;
      updatedAt = at;
      updatedBy = by;
    }
    return edits;
  }

  String name() {
    String words = description.length() > 60 ? description.substring(0, 57) + "..." : description;
    return "Action \"" + words + "\" (" + owner.name() + ")";
  }

  /** Whether it happened as agreed, on {@code today}. */
  public Commitment commitment(LocalDate today) {
    return Commitment.of(status, dueOn, doneOn, today);
  }

  public UUID id() {
    return id;
  }

  public Goal goal() {
    return goal;
  }

  public String description() {
    return description;
  }

  public Organisation owner() {
    return owner;
  }

  public Optional<LocalDate> dueOn() {
    return Optional.ofNullable(dueOn);
  }

  public ActionStatus status() {
    return status;
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public Optional<LocalDate> doneOn() {
    return Optional.ofNullable(doneOn);
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
}
