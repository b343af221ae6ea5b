package org.openneighbourhood.api.plan.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.plan.entity.Contributor.Part;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;

/**
 * The one joined-up plan of a person (the PRSB personalised care and support plan): About me, goals
 * in their own words with the actions organisations agreed to take, the review, the contingency
 * plan; progress notes and wellbeing answers are written through it. Text is stored as given, never
 * rewritten.
 *
 * <p>Who may change what: the person and the coordinating link worker shape the plan (About me,
 * goals, contingency); the link worker sets the review and gives actions to any organisation in the
 * care team; GP and social care staff add their own organisation's actions; a VCFSE partner adds
 * its own actions only to goals its accepted referrals serve; each organisation changes only the
 * actions it owns. A change the rules refuse throws {@link PlanChangeRefusedException}.
 *
 * <p>Each part (About me, each goal, each action, the review, the contingency plan) has its own
 * version: a change names the version it was made on and is refused with {@link StalePlanException}
 * when the part changed since, without holding up changes to other parts. Every change returns its
 * {@link Edit}s for the plan's history.
 */
@Entity
@Table(name = "plan")
public class Plan {

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, unique = true)
  private UUID personId;

  @Embedded private AboutMe aboutMe;

  @Column(name = "about_me_version", nullable = false)
  private long aboutMeVersion;

  @Column(name = "about_me_updated_at")
  private Instant aboutMeUpdatedAt;

  @Column(name = "about_me_updated_by")
  private String aboutMeUpdatedBy;

  @Column(name = "review_on")
  private LocalDate reviewOn;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "review_owner_organisation_id")
  private Organisation reviewOwner;

  @Column(name = "review_version", nullable = false)
  private long reviewVersion;

  @Column(name = "review_reminded_for")
  private LocalDate reviewRemindedFor;

  @Embedded private Contingency contingency;

  @Column(name = "contingency_version", nullable = false)
  private long contingencyVersion;

  @Column(name = "contingency_updated_at")
  private Instant contingencyUpdatedAt;

  @Column(name = "contingency_updated_by")
  private String contingencyUpdatedBy;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
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

  // --- who may change what -------------------------------------------------------------------

  /** About me, goals and the contingency plan: the person, and the link worker with them. */
  public boolean mayShape(Contributor by) {
    return by.part() == Part.PERSON || by.part() == Part.COORDINATOR;
  }

  /** The review: the coordinating link worker. */
  public boolean mayScheduleReview(Contributor by) {
    return by.part() == Part.COORDINATOR;
  }

  /**
   * The organisations {@code by} may give an action on the goal to: none for the person or a goal
   * that is not active; any of the care team for the link worker; their own for GP and social care;
   * their own for a VCFSE partner whose accepted referral serves the goal.
   */
  public List<Organisation> actionOwnersFor(
      Goal goal, Contributor by, Collection<Organisation> careTeam) {
    if (goal.status() != GoalStatus.ACTIVE) {
      return List.of();
    }
    return switch (by.part()) {
      case PERSON -> List.of();
      case COORDINATOR -> List.copyOf(careTeam);
      case PRACTITIONER -> List.of(by.organisation());
      case PARTNER -> by.goalsServed().contains(goal.id()) ? List.of(by.organisation()) : List.of();
    };
  }

  /** Only the organisation that owns an action changes it. */
  public boolean mayUpdate(Action action, Contributor by) {
    return by.actsFor(action.owner());
  }

  // --- changes -------------------------------------------------------------------------------

  public List<Edit> writeAboutMe(AboutMe text, long onVersion, Contributor by, Instant at) {
    checkShape(by);
    checkVersion(aboutMeVersion, onVersion, "About me");
    List<Edit> edits = text.editsFrom(aboutMe);
    if (!edits.isEmpty()) {
      aboutMe = text;
      aboutMeVersion++;
      aboutMeUpdatedAt = at;
      aboutMeUpdatedBy = by.name();
    }
    return edits;
  }

  public Goal addGoal(Goal.Words words, Contributor by, Instant at) {
    checkShape(by);
    Goal goal = new Goal(this, goals.size(), words, by.name(), at);
    goals.add(goal);
    return goal;
  }

  /** The history's line for a goal just added. */
  public static Edit added(Goal goal) {
    return new Edit(goal.name() + ": added", null, goal.description());
  }

  public List<Edit> changeGoal(
      UUID goalId, Goal.Words words, long onVersion, Contributor by, Instant at) {
    Goal goal = goal(goalId);
    checkShape(by);
    checkVersion(goal.version(), onVersion, "this goal");
    return goal.change(words, by.name(), at);
  }

  public Action addAction(
      UUID goalId,
      Action.Agreed agreed,
      Collection<Organisation> careTeam,
      Contributor by,
      Instant at,
      LocalDate today) {
    Goal goal = goal(goalId);
    if (by.isPerson()) {
      throw new PlanChangeRefusedException(
          "Actions are agreed with the organisations that carry them out: ask your link worker"
              + " to add one");
    }
    if (goal.status() != GoalStatus.ACTIVE) {
      throw new InvalidInputException(
          "goalId",
          "This goal is " + goal.status().words() + ": make it active again before adding actions");
    }
    if (agreed.owner() == null) {
      throw new InvalidInputException("ownerOrganisationId", "Choose who will do it");
    }
    List<Organisation> owners = actionOwnersFor(goal, by, careTeam);
    if (owners.isEmpty()) {
      throw new PlanChangeRefusedException(
          "Your organisation can add actions only to the goals its accepted referrals serve");
    }
    if (owners.stream().noneMatch(o -> o.id().equals(agreed.owner().id()))) {
      throw new PlanChangeRefusedException(
          by.part() == Part.COORDINATOR
              ? "Actions go to organisations in the person's care team"
              : "You can add actions only for your own organisation");
    }
    if (agreed.dueOn() != null && agreed.dueOn().isBefore(today)) {
      throw new InvalidInputException("dueOn", "The date must be today or in the future");
    }
    return goal.add(agreed, by.name(), at);
  }

  /** The history's line for an action just added. */
  public static Edit added(Action action) {
    return new Edit(
        action.goal().name() + ": " + action.name() + " agreed",
        null,
        action.description()
            + action.dueOn().map(day -> ", by " + day).orElse("")
            + action.notes().map(n -> " (" + n + ")").orElse(""));
  }

  public List<Edit> updateAction(
      UUID actionId,
      Action.Update update,
      long onVersion,
      Contributor by,
      Instant at,
      LocalDate today) {
    Action action =
        goals.stream()
            .flatMap(g -> g.action(actionId).stream())
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException("Action"));
    if (!mayUpdate(action, by)) {
      throw new PlanChangeRefusedException(
          "Only "
              + action.owner().name()
              + " can change this action: each organisation updates the actions it owns");
    }
    checkVersion(action.version(), onVersion, "this action");
    return action.update(update, by.name(), at, today);
  }

  public List<Edit> scheduleReview(
      LocalDate on,
      Organisation owner,
      Collection<Organisation> careTeam,
      long onVersion,
      Contributor by,
      Instant at,
      LocalDate today) {
    if (!mayScheduleReview(by)) {
      throw new PlanChangeRefusedException(
          "Only the link worker coordinating the plan sets its review");
    }
    checkVersion(reviewVersion, onVersion, "the review");
    if (on == null) {
      throw new InvalidInputException("reviewOn", "Enter the review date");
    }
    if (on.isBefore(today)) {
      throw new InvalidInputException("reviewOn", "The review date must be today or later");
    }
    if (owner == null) {
      throw new InvalidInputException("ownerOrganisationId", "Choose who owns the review");
    }
    if (careTeam.stream().noneMatch(o -> o.id().equals(owner.id()))) {
      throw new InvalidInputException(
          "ownerOrganisationId", "The review's owner must be in the person's care team");
    }
    List<Edit> edits = new ArrayList<>();
    Edit.of("Review: date", reviewOn, on).ifPresent(edits::add);
    Edit.of("Review: owner", reviewOwner == null ? null : reviewOwner.name(), owner.name())
        .ifPresent(edits::add);
    if (!edits.isEmpty()) {
      reviewOn = on;
      reviewOwner = owner;
      reviewVersion++;
    }
    return edits;
  }

  public List<Edit> writeContingency(Contingency text, long onVersion, Contributor by, Instant at) {
    checkShape(by);
    checkVersion(contingencyVersion, onVersion, "the contingency plan");
    List<Edit> edits = text.editsFrom(contingency);
    if (!edits.isEmpty()) {
      contingency = text;
      contingencyVersion++;
      contingencyUpdatedAt = at;
      contingencyUpdatedBy = by.name();
    }
    return edits;
  }

  /** A progress note about the plan or one of its goals; anyone allowed to see the plan adds. */
  public ProgressNote note(String text, UUID goalId, Contributor by, Instant at) {
    if (goalId != null) {
      goal(goalId);
    }
    return new ProgressNote(id, goalId, text, by, at);
  }

  public static Edit noted(ProgressNote note) {
    return new Edit("Progress note added", null, note.text());
  }

  public WellbeingRecord recordWellbeing(
      WellbeingRecord.Occasion occasion,
      WellbeingRecord.Answers answers,
      Contributor by,
      Instant at) {
    return new WellbeingRecord(id, occasion, answers, by, at);
  }

  public static Edit recorded(WellbeingRecord wellbeing) {
    return new Edit(
        "Wellbeing recorded " + wellbeing.occasion().words(), null, wellbeing.answers().toString());
  }

  /**
   * Whether the review reminder is due on {@code today}: the review is at most {@code daysBefore}
   * days away and its reminder has not gone yet.
   */
  public boolean reviewReminderDue(LocalDate today, int daysBefore) {
    return reviewOn != null
        && !reviewOn.equals(reviewRemindedFor)
        && !today.isBefore(reviewOn.minusDays(daysBefore));
  }

  public void reviewReminded() {
    reviewRemindedFor = reviewOn;
  }

  private void checkShape(Contributor by) {
    if (!mayShape(by)) {
      throw new PlanChangeRefusedException(
          "Only the person and the link worker coordinating their plan can change this");
    }
  }

  private static void checkVersion(long stored, long onVersion, String part) {
    if (stored != onVersion) {
      throw new StalePlanException(part);
    }
  }

  public Goal goal(UUID goalId) {
    return goals.stream()
        .filter(g -> g.id().equals(goalId))
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Goal"));
  }

  // --- reading -------------------------------------------------------------------------------

  public UUID id() {
    return id;
  }

  public UUID personId() {
    return personId;
  }

  public AboutMe aboutMe() {
    return aboutMe == null ? AboutMe.empty() : aboutMe;
  }

  public Optional<String> whatMattersToMe() {
    return Optional.ofNullable(aboutMe().whatMattersToMe());
  }

  public long aboutMeVersion() {
    return aboutMeVersion;
  }

  public Optional<Instant> aboutMeUpdatedAt() {
    return Optional.ofNullable(aboutMeUpdatedAt);
  }

  public Optional<String> aboutMeUpdatedBy() {
    return Optional.ofNullable(aboutMeUpdatedBy);
  }

  public Optional<LocalDate> reviewOn() {
    return Optional.ofNullable(reviewOn);
  }

  public Optional<Organisation> reviewOwner() {
    return Optional.ofNullable(reviewOwner);
  }

  public long reviewVersion() {
    return reviewVersion;
  }

  public Contingency contingency() {
    return contingency == null ? Contingency.empty() : contingency;
  }

  public long contingencyVersion() {
    return contingencyVersion;
  }

  public Optional<Instant> contingencyUpdatedAt() {
    return Optional.ofNullable(contingencyUpdatedAt);
  }

  public Optional<String> contingencyUpdatedBy() {
    return Optional.ofNullable(contingencyUpdatedBy);
  }

  public List<Goal> goals() {
    return List.copyOf(goals);
  }
}
