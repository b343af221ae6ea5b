package org.openneighbourhood.api.plan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.plan.control.PlanRepository;
import org.openneighbourhood.api.plan.entity.Plan;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.referral.control.ReferralRepository;

/** Use cases: read a person's plan and write in it. */
@ApplicationScoped
@Transactional
public class Plans {

  @Inject PlanRepository plans;
  @Inject PersonRepository people;
  @Inject ReferralRepository referrals;
  @Inject AccessPolicy policy;
  @Inject Clock clock;

  public PlanView read(Caller caller, UUID personId) {
    Person person = person(personId);
    Set<String> receivers = referrals.receivingOrganisationAliasesFor(person.id());
    policy.checkCanReadPlan(caller, receivers);
    return view(person.id());
  }

  public PlanView writeWhatMattersToMe(Caller caller, UUID personId, String text) {
    policy.checkCanWritePlan(caller);
    Plan plan = plans.forWriting(person(personId).id());
    plan.writeWhatMattersToMe(text);
    return PlanView.of(plan);
  }

  public PlanView addGoal(Caller caller, UUID personId, String description) {
    policy.checkCanWritePlan(caller);
    Plan plan = plans.forWriting(person(personId).id());
    plan.addGoal(
        description, caller.displayName(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    return PlanView.of(plan);
  }

  public PlanView mine(Caller caller) {
    NhsNumber own = policy.checkIsPerson(caller);
    Person person =
        people.findByNhsNumber(own).orElseThrow(() -> new RecordNotFoundException("Person"));
    return view(person.id());
  }

  private PlanView view(UUID personId) {
    return PlanView.of(plans.findForPerson(personId).orElseGet(() -> Plan.emptyFor(personId)));
  }

  private Person person(UUID id) {
    return people.find(id).orElseThrow(() -> new RecordNotFoundException("Person"));
  }
}
