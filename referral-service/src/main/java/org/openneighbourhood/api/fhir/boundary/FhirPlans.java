package org.openneighbourhood.api.fhir.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.HiddenRecordException;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.plan.boundary.PlanView;
import org.openneighbourhood.api.plan.boundary.PlanView.GoalView;
import org.openneighbourhood.api.plan.boundary.PlanView.WellbeingView;
import org.openneighbourhood.api.plan.boundary.Plans;
import org.openneighbourhood.api.plan.control.PlanRepository;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.schema.control.FlushAtCommit;

/**
 * Use cases of {@code CarePlan}, {@code Goal} and the wellbeing {@code Observation}s: a person's
 * plan, its goals or its ONS4 answers, read by id or found by naming the person. Each is the REST
 * API's plan read ({@link Plans#readAs}) under the FHIR row asked for, whose cells are {@code
 * plan.read}'s, so the answer is exactly the {@link PlanView} the REST API gives the caller.
 */
@ApplicationScoped
@Transactional
@Audited
@FlushAtCommit
public class FhirPlans {

  /** One goal of a person's plan, as the caller may see it. */
  public record GoalOfPlan(UUID personId, GoalView goal) {}

  @Inject Plans plans;
  @Inject PlanRepository planRecords;
  @Inject PersonRepository people;
  @Inject AccessPolicy policy;

  public PlanView read(Caller caller, UUID personId) {
    return plans.readAs(caller, personId, Operation.FHIR_CARE_PLAN_READ);
  }

  /**
   * A goal, read as part of its person's plan. A plan the caller may not know of answers as a goal
   * that does not exist ("Goal not found", not the plan's "Person not found").
   */
  public GoalOfPlan readGoal(Caller caller, UUID goalId) {
    UUID personId =
        planRecords.personOfGoal(goalId).orElseThrow(() -> new RecordNotFoundException("Goal"));
    PlanView plan = readPartOf(caller, personId, Operation.FHIR_GOAL_READ, "Goal");
    return plan.goals().stream()
        .filter(goal -> goal.id().equals(goalId))
        .findFirst()
        .map(goal -> new GoalOfPlan(personId, goal))
        .orElseThrow(() -> new RecordNotFoundException("Goal"));
  }

  /** One set of a person's ONS4 wellbeing answers, as the caller may see it. */
  public record WellbeingOfPlan(UUID personId, WellbeingView answers) {}

  /**
   * A set of wellbeing answers, read as part of its person's plan: the row is decided (and audited)
   * about the person before the answers are looked for in what the caller may see.
   */
  public WellbeingOfPlan readWellbeing(Caller caller, UUID wellbeingId) {
    UUID personId =
        planRecords
            .personOfWellbeing(wellbeingId)
            .orElseThrow(() -> new RecordNotFoundException("Observation"));
    PlanView plan = readPartOf(caller, personId, Operation.FHIR_OBSERVATION_READ, "Observation");
    return plan.wellbeing().stream()
        .filter(answers -> answers.id().equals(wellbeingId))
        .findFirst()
        .map(answers -> new WellbeingOfPlan(personId, answers))
        .orElseThrow(() -> new RecordNotFoundException("Observation"));
  }

  private PlanView readPartOf(Caller caller, UUID personId, Operation operation, String part) {
    if (!policy.admits(caller, operation, personId, RecordType.PLAN)) {
      throw new HiddenRecordException(part);
    }
    return plans.readAs(caller, personId, operation);
  }

  /** The plan whose wellbeing answers are searched for: that of the person named, if anyone is. */
  public Optional<PlanView> searchWellbeing(Caller caller, UUID personId, NhsNumber nhsNumber) {
    return search(caller, Operation.FHIR_OBSERVATION_SEARCH, personId, nhsNumber);
  }

  /** The plan of the person named by id or NHS number; empty when no one is. */
  public Optional<PlanView> search(Caller caller, UUID personId, NhsNumber nhsNumber) {
    return search(caller, Operation.FHIR_CARE_PLAN_SEARCH, personId, nhsNumber);
  }

  /** The plan whose goals are searched for: that of the person named, if anyone is. */
  public Optional<PlanView> searchGoals(Caller caller, UUID personId, NhsNumber nhsNumber) {
    return search(caller, Operation.FHIR_GOAL_SEARCH, personId, nhsNumber);
  }

  /**
   * The role is checked first, so a caller the row never allows learns nothing of who is known
   * here; an id and a number that name different people find no one, and so does a person the
   * caller may not know of (the refusal is audited).
   */
  private Optional<PlanView> search(
      Caller caller, Operation operation, UUID personId, NhsNumber nhsNumber) {
    policy.checkRole(caller, operation, RecordType.PLAN);
    Optional<UUID> person =
        NamedPerson.find(people, personId, nhsNumber)
            .filter(id -> policy.admits(caller, operation, id, RecordType.PLAN));
    if (person.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(plans.readAs(caller, person.get(), operation));
  }
}
