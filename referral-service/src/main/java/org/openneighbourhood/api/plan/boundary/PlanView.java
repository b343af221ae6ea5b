package org.openneighbourhood.api.plan.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.person.entity.CommunicationNeed;
import org.openneighbourhood.api.person.entity.PreferredContact;
import org.openneighbourhood.api.plan.entity.AboutMe;
import org.openneighbourhood.api.plan.entity.Action;
import org.openneighbourhood.api.plan.entity.ActionStatus;
import org.openneighbourhood.api.plan.entity.Commitment;
import org.openneighbourhood.api.plan.entity.Contingency;
import org.openneighbourhood.api.plan.entity.Contributor;
import org.openneighbourhood.api.plan.entity.Goal;
import org.openneighbourhood.api.plan.entity.GoalStatus;
import org.openneighbourhood.api.plan.entity.Plan;
import org.openneighbourhood.api.plan.entity.ProgressNote;
import org.openneighbourhood.api.plan.entity.WellbeingRecord;
import org.openneighbourhood.api.plan.entity.WellbeingRecord.Occasion;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

/**
 * A person's whole plan as the caller may see it, with what the caller may change in it ({@code
 * may}, {@code mayEdit}, {@code mayAddActionFor}, {@code mayUpdate}: decided by the access policy
 * and the plan's rules, the same ones that decide the changes).
 */
public record PlanView(
    UUID personId,
    AboutMeView aboutMe,
    List<GoalView> goals,
    List<NoteView> notes,
    ReviewView review,
    ContingencyView contingency,
    List<WellbeingView> wellbeing,
    List<CommitmentsView> commitments,
    May may) {

  public record AboutMeView(
      String whatMattersToMe,
      String importantPeople,
      String communication,
      List<CommunicationNeed> communicationNeeds,
      PreferredContact preferredContact,
      String pleaseDo,
      String pleaseDont,
      String wellness,
      long version,
      Instant updatedAt,
      String updatedBy) {}

  public record GoalView(
      UUID id,
      String description,
      Integer importance,
      Integer confidence,
      GoalStatus status,
      long version,
      Instant createdAt,
      String createdBy,
      Instant updatedAt,
      String updatedBy,
      List<ServedByView> servedBy,
      boolean mayEdit,
      List<OrganisationRef> mayAddActionFor,
      List<ActionView> actions) {}

  public record ServedByView(
      UUID referralId, String serviceName, String organisationName, ReferralStatus status) {}

  public record OrganisationRef(UUID id, String name) {
    static OrganisationRef of(Organisation organisation) {
      return new OrganisationRef(organisation.id(), organisation.name());
    }
  }

  public record ActionView(
      UUID id,
      UUID goalId,
      String description,
      UUID ownerOrganisationId,
      String ownerOrganisationName,
      LocalDate dueOn,
      ActionStatus status,
      String notes,
      LocalDate doneOn,
      long version,
      Instant createdAt,
      String createdBy,
      Instant updatedAt,
      String updatedBy,
      Commitment commitment,
      boolean mayUpdate) {}

  public record NoteView(
      UUID id,
      UUID goalId,
      String text,
      String writtenBy,
      String organisationName,
      boolean byPerson,
      Instant writtenAt) {}

  /** Where the review stands: not set, scheduled, due soon (reminder sent), overdue. */
  public enum ReviewState {
    NOT_SET,
    SCHEDULED,
    DUE_SOON,
    OVERDUE
  }

  public record ReviewView(
      LocalDate reviewOn,
      UUID ownerOrganisationId,
      String ownerOrganisationName,
      long version,
      ReviewState state) {}

  public record ContingencyView(
      String whatMightGoWrong,
      String whatToDo,
      String whoToContact,
      long version,
      Instant updatedAt,
      String updatedBy) {}

  public record WellbeingView(
      UUID id,
      Occasion occasion,
      int lifeSatisfaction,
      int worthwhile,
      int happiness,
      int anxiety,
      boolean byPerson,
      String recordedBy,
      String organisationName,
      Instant recordedAt) {}

  /** One organisation's agreed actions, counted by whether they happened as agreed. */
  public record CommitmentsView(
      UUID organisationId,
      String organisationName,
      int done,
      int doneLate,
      int onTrack,
      int overdue,
      int stopped,
      int noDueDate) {}

  public record May(
      boolean editAboutMe,
      boolean addGoal,
      boolean addNote,
      boolean editReview,
      boolean editContingency,
      boolean recordWellbeing) {}

  /**
   * What the view is made from besides the plan: who is looking and what the table lets them do,
   * the care team, the person's referrals, the notes and wellbeing answers, and the day.
   */
  record Reading(
      Contributor by,
      May may,
      boolean mayAddActions,
      boolean mayUpdateActions,
      List<Organisation> careTeam,
      List<Referral> referrals,
      List<ProgressNote> notes,
      List<WellbeingRecord> wellbeing,
      LocalDate today,
      int reviewReminderDays) {}

  static PlanView of(UUID personId, Plan plan, Reading reading) {
    AboutMe about = plan.aboutMe();
    Contingency contingency = plan.contingency();
    List<GoalView> goals = new ArrayList<>();
    Map<UUID, int[]> counts = new LinkedHashMap<>();
    Map<UUID, String> names = new LinkedHashMap<>();
    for (Goal goal : plan.goals()) {
      List<ActionView> actions = new ArrayList<>();
      for (Action action : goal.actions()) {
        Commitment commitment = action.commitment(reading.today());
        actions.add(
            action(
                action,
                commitment,
                reading.mayUpdateActions() && plan.mayUpdate(action, reading.by())));
        counts
            .computeIfAbsent(action.owner().id(), id -> new int[Commitment.values().length])[
            commitment.ordinal()]++;
        names.putIfAbsent(action.owner().id(), action.owner().name());
      }
      goals.add(
          new GoalView(
              goal.id(),
              goal.description(),
              goal.importance().orElse(null),
              goal.confidence().orElse(null),
              goal.status(),
              goal.version(),
              goal.createdAt(),
              goal.createdBy(),
              goal.updatedAt().orElse(null),
              goal.updatedBy().orElse(null),
              servedBy(goal, reading.referrals()),
              reading.may().addGoal() && plan.mayShape(reading.by()),
              reading.mayAddActions()
                  ? plan.actionOwnersFor(goal, reading.by(), reading.careTeam()).stream()
                      .map(OrganisationRef::of)
                      .toList()
                  : List.of(),
              actions));
    }
    return new PlanView(
        personId,
        new AboutMeView(
            about.whatMattersToMe(),
            about.importantPeople(),
            about.communication(),
            about.communicationNeeds(),
            about.preferredContact().orElse(null),
            about.pleaseDo(),
            about.pleaseDont(),
            about.wellness(),
            plan.aboutMeVersion(),
            plan.aboutMeUpdatedAt().orElse(null),
            plan.aboutMeUpdatedBy().orElse(null)),
        goals,
        reading.notes().stream().map(PlanView::note).toList(),
        review(plan, reading),
        new ContingencyView(
            contingency.whatMightGoWrong(),
            contingency.whatToDo(),
            contingency.whoToContact(),
            plan.contingencyVersion(),
            plan.contingencyUpdatedAt().orElse(null),
            plan.contingencyUpdatedBy().orElse(null)),
        reading.wellbeing().stream().map(PlanView::wellbeing).toList(),
        commitments(counts, names),
        reading.may());
  }

  private static ActionView action(Action action, Commitment commitment, boolean mayUpdate) {
    return new ActionView(
        action.id(),
        action.goal().id(),
        action.description(),
        action.owner().id(),
        action.owner().name(),
        action.dueOn().orElse(null),
        action.status(),
        action.notes().orElse(null),
        action.doneOn().orElse(null),
        action.version(),
        action.createdAt(),
        action.createdBy(),
        action.updatedAt().orElse(null),
        action.updatedBy().orElse(null),
        commitment,
        mayUpdate);
  }

  private static List<ServedByView> servedBy(Goal goal, List<Referral> referrals) {
    return referrals.stream()
        .filter(r -> r.status() != ReferralStatus.DRAFT)
        .filter(r -> r.goalId().filter(goal.id()::equals).isPresent())
        .map(
            r ->
                new ServedByView(
                    r.id(), r.service().name(), r.receivingOrganisation().name(), r.status()))
        .toList();
  }

  private static ReviewView review(Plan plan, Reading reading) {
    ReviewState state = ReviewState.NOT_SET;
    LocalDate on = plan.reviewOn().orElse(null);
    if (on != null) {
      if (reading.today().isAfter(on)) {
        state = ReviewState.OVERDUE;
      } else if (!reading.today().isBefore(on.minusDays(reading.reviewReminderDays()))) {
        state = ReviewState.DUE_SOON;
      } else {
        state = ReviewState.SCHEDULED;
      }
    }
    return new ReviewView(
        on,
        plan.reviewOwner().map(Organisation::id).orElse(null),
        plan.reviewOwner().map(Organisation::name).orElse(null),
        plan.reviewVersion(),
        state);
  }

  private static NoteView note(ProgressNote note) {
    return new NoteView(
        note.id(),
        note.goalId().orElse(null),
        note.text(),
        note.writtenBy(),
        note.organisation().map(Organisation::name).orElse(null),
        note.organisation().isEmpty(),
        note.writtenAt());
  }

  private static WellbeingView wellbeing(WellbeingRecord record) {
    WellbeingRecord.Answers answers = record.answers();
    return new WellbeingView(
        record.id(),
        record.occasion(),
        answers.lifeSatisfaction(),
        answers.worthwhile(),
        answers.happiness(),
        answers.anxiety(),
        record.organisation().isEmpty(),
        record.recordedBy(),
        record.organisation().map(Organisation::name).orElse(null),
        record.recordedAt());
  }

  private static List<CommitmentsView> commitments(
      Map<UUID, int[]> counts, Map<UUID, String> names) {
    List<CommitmentsView> views = new ArrayList<>();
    counts.forEach(
        (id, count) ->
            views.add(
                new CommitmentsView(
                    id,
                    names.get(id),
                    count[Commitment.DONE.ordinal()],
                    count[Commitment.DONE_LATE.ordinal()],
                    count[Commitment.ON_TRACK.ordinal()],
                    count[Commitment.OVERDUE.ordinal()],
                    count[Commitment.STOPPED.ordinal()],
                    count[Commitment.NO_DUE_DATE.ordinal()])));
    return views;
  }
}
