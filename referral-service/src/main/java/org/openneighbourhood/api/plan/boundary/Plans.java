package org.openneighbourhood.api.plan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.audit.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.plan.control.PlanRepository;
import org.openneighbourhood.api.plan.entity.Plan;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;

/** Use cases: read a person's plan and write in it. */
@ApplicationScoped
@Transactional
public class Plans {

  @Inject PlanRepository plans;
  @Inject PersonRepository people;
  @Inject AccessPolicy policy;
  @Inject Clock clock;

  public PlanView read(Caller caller, UUID personId) {
    Person person = person(personId);
    Access access = policy.toPerson(caller, Operation.PLAN_READ, person, RecordType.PLAN);
    PlanView plan = view(person.id());
    access.record(RecordType.PLAN, plan.personId());
    return plan;
  }

  public PlanView writeWhatMattersToMe(Caller caller, UUID personId, String text) {
    Plan plan = forWriting(caller, personId);
    plan.writeWhatMattersToMe(text);
    return PlanView.of(plan);
  }

  public PlanView addGoal(Caller caller, UUID personId, String description) {
    Plan plan = forWriting(caller, personId);
    plan.addGoal(
        description, caller.displayName(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    return PlanView.of(plan);
  }

  public PlanView mine(Caller caller) {
    policy.checkRole(caller, Operation.ME_PLAN, RecordType.PLAN);
    Person person =
        policy.ownRecord(caller).orElseThrow(() -> new RecordNotFoundException("Person"));
    Access access = policy.toPerson(caller, Operation.ME_PLAN, person, RecordType.PLAN);
    PlanView plan = view(person.id());
    access.record(RecordType.PLAN, plan.personId());
    return plan;
  }

  private Plan forWriting(Caller caller, UUID personId) {
    Person person = person(personId);
    Access access = policy.toPerson(caller, Operation.PLAN_WRITE, person, RecordType.PLAN);
    Plan plan = plans.forWriting(person.id());
    access.record(RecordType.PLAN, plan.personId());
    return plan;
  }

  private PlanView view(UUID personId) {
    return PlanView.of(plans.findForPerson(personId).orElseGet(() -> Plan.emptyFor(personId)));
  }

  private Person person(UUID id) {
    return people.find(id).orElseThrow(() -> new RecordNotFoundException("Person"));
  }
}
