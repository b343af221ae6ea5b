package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's personalised care and support plan as the API shows it to the caller (the PRSB
 * headings: about me, goals with their actions, progress notes, review, contingency, wellbeing),
 * with each organisation's commitments counted and what the caller may change. Every list is empty,
 * never null, through its *OrEmpty accessor.
 */
public record Plan(
    UUID personId,
    AboutMe aboutMe,
    List<Goal> goals,
    List<ProgressNote> notes,
    Review review,
    Contingency contingency,
    List<WellbeingScores> wellbeing,
    List<Commitment> commitments,
    PlanPermissions may)
    implements Serializable {

  public List<Goal> goalsOrEmpty() {
    return goals == null ? List.of() : goals;
  }

  public List<ProgressNote> notesOrEmpty() {
    return notes == null ? List.of() : notes;
  }

  /** Oldest first, as the chart draws them. */
  public List<WellbeingScores> wellbeingOrEmpty() {
    return wellbeing == null ? List.of() : wellbeing;
  }

  public List<Commitment> commitmentsOrEmpty() {
    return commitments == null ? List.of() : commitments;
  }

  public AboutMe aboutMeOrEmpty() {
    return aboutMe == null ? AboutMe.EMPTY : aboutMe;
  }

  public Review reviewOrEmpty() {
    return review == null ? Review.NOT_SET : review;
  }

  public Contingency contingencyOrEmpty() {
    return contingency == null ? Contingency.EMPTY : contingency;
  }

  public PlanPermissions mayOrNothing() {
    return may == null ? PlanPermissions.NOTHING : may;
  }

  public Optional<Goal> goal(UUID id) {
    return goalsOrEmpty().stream().filter(g -> g.id().equals(id)).findFirst();
  }

  public Optional<Action> action(UUID id) {
    return actions().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Every goal's actions, goal by goal. */
  public List<Action> actions() {
    return goalsOrEmpty().stream().flatMap(g -> g.actionsOrEmpty().stream()).toList();
  }

  /** The actions one organisation owns, goal by goal. */
  public List<Action> actionsOf(UUID organisationId) {
    return actions().stream().filter(a -> organisationId.equals(a.ownerOrganisationId())).toList();
  }

  /** A goal's words, as a note about it shows them; the goal may have gone from the plan. */
  public String goalWords(UUID goalId) {
    return goal(goalId).map(Goal::description).orElse("a goal no longer in the plan");
  }

  /** The goal an action is under, for showing it beside the action. */
  public String goalOf(Action action) {
    return goal(action.goalId()).map(Goal::description).orElse("");
  }

  /** Whether the communication needs are recorded: every organisation sees them first. */
  public boolean hasCommunicationNeeds() {
    return aboutMeOrEmpty().saysHowToCommunicate();
  }

  /** Whether the person asked for this need (a code of CommunicationWords), e.g. LARGE_PRINT. */
  public boolean needs(String code) {
    return aboutMeOrEmpty().needsOrNone().contains(code);
  }
}
