package org.openneighbourhood.api.plan.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * The one joined-up plan of a person, built around what matters to them and their goals in their
 * own words. Text is stored as given, never rewritten.
 */
@Entity
@Table(name = "plan")
public class Plan {

  static final int MAX_WHAT_MATTERS = 2000;
  static final int MAX_GOAL = 500;

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, unique = true)
  private UUID personId;

  @Column(name = "what_matters_to_me")
  private String whatMattersToMe;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "goal", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "position")
  private List<Goal> goals = new ArrayList<>();

  @Version private long version;

  protected Plan() {}

  public Plan(UUID id, UUID personId) {
    this.id = Objects.requireNonNull(id);
    this.personId = Objects.requireNonNull(personId);
  }

  /** An unsaved, empty plan: what a person has before anyone writes in it. */
  public static Plan emptyFor(UUID personId) {
    return new Plan(UUID.randomUUID(), personId);
  }

  public void writeWhatMattersToMe(String text) {
    this.whatMattersToMe = text(text, "text", MAX_WHAT_MATTERS);
  }

  public Goal addGoal(String description, String by, Instant at) {
    Goal goal = new Goal(UUID.randomUUID(), text(description, "description", MAX_GOAL), at, by);
    goals.add(goal);
    return goal;
  }

  private static String text(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "Enter some text");
    }
    if (value.length() > max) {
      throw new InvalidInputException(field, "Use at most " + max + " characters");
    }
    return value;
  }

  public UUID id() {
    return id;
  }

  public UUID personId() {
    return personId;
  }

  public Optional<String> whatMattersToMe() {
    return Optional.ofNullable(whatMattersToMe);
  }

  public List<Goal> goals() {
    return List.copyOf(goals);
  }
}
