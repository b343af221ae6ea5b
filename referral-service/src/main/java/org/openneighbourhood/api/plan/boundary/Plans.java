package org.openneighbourhood.api.plan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.access.entity.Relationship;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.http.boundary.Versions;
import org.openneighbourhood.api.organisation.control.OrganisationRepository;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.plan.control.PlanRepository;
import org.openneighbourhood.api.plan.entity.AboutMe;
import org.openneighbourhood.api.plan.entity.Action;
import org.openneighbourhood.api.plan.entity.Contingency;
import org.openneighbourhood.api.plan.entity.Contributor;
import org.openneighbourhood.api.plan.entity.Contributor.Part;
import org.openneighbourhood.api.plan.entity.Edit;
import org.openneighbourhood.api.plan.entity.Goal;
import org.openneighbourhood.api.plan.entity.Plan;
import org.openneighbourhood.api.plan.entity.PlanChange;
import org.openneighbourhood.api.plan.entity.PlanChangeRefusedException;
import org.openneighbourhood.api.plan.entity.ProgressNote;
import org.openneighbourhood.api.plan.entity.WellbeingRecord;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.referral.control.ReferralRepository;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.relationship.control.RelationshipRepository;
import org.openneighbourhood.api.relationship.entity.CareTeamMember;
import org.openneighbourhood.api.schema.control.FlushAtCommit;
import org.openneighbourhood.api.time.entity.London;

/**
 * Use cases: read a person's plan and change it. Each change is decided by the access policy (the
 * operation's row) and then by the plan's own rules; a refusal by either is audited. Every change
 * writes the plan's history and an audit row in its transaction, and answers with the whole plan.
 */
@ApplicationScoped
@Transactional
@Audited
public class Plans {

  @Inject PlanRepository plans;
  @Inject PersonRepository people;
  @Inject OrganisationRepository organisations;
  @Inject RelationshipRepository relationships;
  @Inject ReferralRepository referrals;
  @Inject AccessPolicy policy;
  @Inject Clock clock;

  @Inject
  @Configured(Setting.PLAN_REVIEW_REMINDER_DAYS)
  int reviewReminderDays;

  /** A page of a plan's history. */
  public record HistoryPage(List<PlanChangeView> rows, long total, int page, int size) {}

  @FlushAtCommit
  public PlanView read(Caller caller, UUID personId) {
    return readAs(caller, personId, Operation.PLAN_READ);
  }

  /**
   * The plan as another view of it reads it (the FHIR API's {@code CarePlan} and {@code Goal}),
   * decided and audited under that view's own row, which is {@code plan.read}'s: the same answer as
   * the REST read, with one audit row naming the operation that was asked for.
   */
  @FlushAtCommit
  public PlanView readAs(Caller caller, UUID personId, Operation operation) {
    Person person = person(personId);
    Access access = policy.toPerson(caller, operation, person.id(), RecordType.PLAN);
    return view(caller, access, person, plans.findForPerson(person.id()).orElse(null), null);
  }

  @FlushAtCommit
  public PlanView mine(Caller caller) {
    policy.checkRole(caller, Operation.ME_PLAN, RecordType.PLAN);
    Person person =
        policy
            .ownRecord(caller)
            .flatMap(people::find)
            .orElseThrow(() -> new RecordNotFoundException("Person"));
    Access access = policy.toPerson(caller, Operation.ME_PLAN, person.id(), RecordType.PLAN);
    return view(caller, access, person, plans.findForPerson(person.id()).orElse(null), null);
  }

  public HistoryPage history(Caller caller, UUID personId, int page, int size) {
    Person person = person(personId);
    policy.toPerson(caller, Operation.PLAN_READ, person.id(), RecordType.PLAN);
    return plans
        .findForPerson(person.id())
        .map(
            plan -> {
              PlanRepository.HistoryPage found = plans.history(plan.id(), page, size);
              return new HistoryPage(
                  found.rows().stream().map(PlanChangeView::of).toList(),
                  found.total(),
                  page,
                  size);
            })
        .orElseGet(() -> new HistoryPage(List.of(), 0, page, size));
  }

  public PlanView writeAboutMe(Caller caller, UUID personId, AboutMeText text, Long version) {
    AboutMe aboutMe =
        new AboutMe(
            text.whatMattersToMe,
            text.importantPeople,
            text.communication,
            text.communicationNeeds == null ? List.of() : text.communicationNeeds,
            text.preferredContact,
            text.pleaseDo,
            text.pleaseDont,
            text.wellness);
    return change(
        caller,
        personId,
        Operation.PLAN_WRITE,
        w -> w.plan().writeAboutMe(aboutMe, Versions.required(version), w.by(), w.now()));
  }

  public PlanView addGoal(Caller caller, UUID personId, NewGoal goal) {
    Goal.Words words = new Goal.Words(goal.description, goal.importance, goal.confidence, null);
    return change(
        caller,
        personId,
        Operation.PLAN_WRITE,
        w -> List.of(Plan.added(w.plan().addGoal(words, w.by(), w.now()))));
  }

  public PlanView changeGoal(
      Caller caller, UUID personId, UUID goalId, GoalChange change, Long version) {
    Goal.Words words =
        new Goal.Words(change.description, change.importance, change.confidence, change.status);
    return change(
        caller,
        personId,
        Operation.PLAN_WRITE,
        w -> w.plan().changeGoal(goalId, words, Versions.required(version), w.by(), w.now()));
  }

  public PlanView addAction(Caller caller, UUID personId, UUID goalId, NewAction action) {
    return change(
        caller,
        personId,
        Operation.PLAN_ACTION_ADD,
        w -> {
          Organisation owner = organisation(action.ownerOrganisationId);
          Action added =
              w.plan()
                  .addAction(
                      goalId,
                      new Action.Agreed(action.description, owner, action.dueOn, action.notes),
                      w.careTeam(),
                      w.by(),
                      w.now(),
                      w.today());
          return List.of(Plan.added(added));
        });
  }

  public PlanView updateAction(
      Caller caller, UUID personId, UUID actionId, ActionUpdate update, Long version) {
    Action.Update change =
        new Action.Update(update.description, update.dueOn, update.status, update.notes);
    return change(
        caller,
        personId,
        Operation.PLAN_ACTION_UPDATE,
        w ->
            w.plan()
                .updateAction(
                    actionId, change, Versions.required(version), w.by(), w.now(), w.today()));
  }

  public PlanView scheduleReview(Caller caller, UUID personId, ReviewText review, Long version) {
    return change(
        caller,
        personId,
        Operation.PLAN_REVIEW,
        w -> {
          Organisation owner = organisation(review.ownerOrganisationId);
          return w.plan()
              .scheduleReview(
                  review.reviewOn,
                  owner,
                  w.careTeam(),
                  Versions.required(version),
                  w.by(),
                  w.now(),
                  w.today());
        });
  }

  public PlanView writeContingency(
      Caller caller, UUID personId, ContingencyText text, Long version) {
    Contingency contingency =
        new Contingency(text.whatMightGoWrong, text.whatToDo, text.whoToContact);
    return change(
        caller,
        personId,
        Operation.PLAN_WRITE,
        w -> w.plan().writeContingency(contingency, Versions.required(version), w.by(), w.now()));
  }

  public PlanView addNote(Caller caller, UUID personId, NewNote note) {
    return change(
        caller,
        personId,
        Operation.PLAN_NOTE_ADD,
        w -> {
          ProgressNote added = w.plan().note(note.text, note.goalId, w.by(), w.now());
          plans.add(added);
          return List.of(Plan.noted(added));
        });
  }

  public PlanView recordWellbeing(Caller caller, UUID personId, WellbeingAnswers answers) {
    return change(
        caller,
        personId,
        Operation.PLAN_WELLBEING_ADD,
        w -> {
          WellbeingRecord recorded =
              w.plan()
                  .recordWellbeing(
                      answers.occasion,
                      new WellbeingRecord.Answers(
                          answers.lifeSatisfaction,
                          answers.worthwhile,
                          answers.happiness,
                          answers.anxiety),
                      w.by(),
                      w.now());
          plans.add(recorded);
          return List.of(Plan.recorded(recorded));
        });
  }

  /** What a change works with: the locked plan, who changes it, the care team and the time. */
  private record Writing(
      Plan plan,
      Contributor by,
      List<Organisation> careTeam,
      List<Referral> referrals,
      Instant now,
      LocalDate today) {}

  private PlanView change(
      Caller caller, UUID personId, Operation operation, Function<Writing, List<Edit>> work) {
    Person person = person(personId);
    Access access = policy.toPerson(caller, operation, person.id(), RecordType.PLAN);
    Plan plan = plans.forWriting(person.id());
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    List<Referral> about = referrals.about(person.id());
    Writing writing =
        new Writing(
            plan,
            contributor(caller, access, about),
            careTeam(person),
            about,
            now,
            now.atZone(London.ZONE).toLocalDate());
    List<Edit> edits;
    try {
      edits = work.apply(writing);
    } catch (PlanChangeRefusedException refused) {
      throw access.refuse(RecordType.PLAN, person.id(), refused.getMessage());
    }
    edits.forEach(edit -> plans.add(new PlanChange(plan.id(), edit, writing.by(), now)));
    return view(caller, access, person, plan, writing);
  }

  /** The plan as the caller sees it; {@code writing} is the change just made, if any. */
  private PlanView view(Caller caller, Access access, Person person, Plan stored, Writing writing) {
    Plan plan = stored == null ? Plan.emptyFor(person.id()) : stored;
    List<Referral> about = writing == null ? referrals.about(person.id()) : writing.referrals();
    Contributor by = writing == null ? contributor(caller, access, about) : writing.by();
    Instant now = Instant.now(clock);
    PlanView.May may =
        new PlanView.May(
            access.allows(Operation.PLAN_WRITE) && plan.mayShape(by),
            access.allows(Operation.PLAN_WRITE) && plan.mayShape(by),
            access.allows(Operation.PLAN_NOTE_ADD),
            access.allows(Operation.PLAN_REVIEW) && plan.mayScheduleReview(by),
            access.allows(Operation.PLAN_WRITE) && plan.mayShape(by),
            access.allows(Operation.PLAN_WELLBEING_ADD));
    return PlanView.of(
        person.id(),
        plan,
        new PlanView.Reading(
            by,
            may,
            access.allows(Operation.PLAN_ACTION_ADD),
            access.allows(Operation.PLAN_ACTION_UPDATE),
            writing == null ? careTeam(person) : writing.careTeam(),
            about,
            stored == null ? List.of() : plans.notes(plan.id()),
            stored == null ? List.of() : plans.wellbeing(plan.id()),
            now.atZone(London.ZONE).toLocalDate(),
            reviewReminderDays));
  }

  /** The caller in the plan's terms: the person, or a worker in one of the parts. */
  private Contributor contributor(Caller caller, Access access, List<Referral> about) {
    if (access.relationship() == Relationship.SELF) {
      return Contributor.person(caller.displayName());
    }
    Organisation organisation =
        organisations
            .findByAlias(access.actingOrganisation())
            .orElseThrow(() -> new RecordNotFoundException("Acting organisation"));
    Part part =
        caller.hasAnyRole(Set.of(Role.LINK_WORKER))
            ? Part.COORDINATOR
            : caller.hasAnyRole(Set.of(Role.GP_STAFF, Role.SOCIAL_CARE))
                ? Part.PRACTITIONER
                : Part.PARTNER;
    Set<UUID> served =
        about.stream()
            .filter(r -> r.status().isTakenOn())
            .filter(r -> r.receivingOrganisation().id().equals(organisation.id()))
            .flatMap(r -> r.goalId().stream())
            .collect(Collectors.toSet());
    return new Contributor(caller.displayName(), organisation, part, served);
  }

  /** The organisations in the person's care team now. */
  private List<Organisation> careTeam(Person person) {
    return relationships.careTeam(person.id()).stream()
        .filter(CareTeamMember::isCurrent)
        .map(CareTeamMember::organisation)
        .toList();
  }

  /** The organisation an action or the review is given to. */
  private Organisation organisation(UUID id) {
    return organisations
        .find(id)
        .orElseThrow(
            () ->
                new InvalidInputException("ownerOrganisationId", "There is no such organisation"));
  }

  private Person person(UUID id) {
    return people.find(id).orElseThrow(() -> new RecordNotFoundException("Person"));
  }
}
