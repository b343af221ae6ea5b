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
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.plan.boundary.PlanView;
import org.openneighbourhood.api.plan.boundary.Plans;

/**
 * Use cases of {@code CarePlan}: a person's plan, read by the person's id or found by naming the
 * person. Both are the REST API's plan read ({@link Plans#readAs}) under the FHIR rows, which are
 * {@code plan.read}'s, so the answer is exactly the {@link PlanView} the REST API gives the caller.
 */
@ApplicationScoped
@Transactional
@Audited
public class FhirPlans {

  @Inject Plans plans;
  @Inject PersonRepository people;
  @Inject AccessPolicy policy;

  public PlanView read(Caller caller, UUID personId) {
    return plans.readAs(caller, personId, Operation.FHIR_CARE_PLAN_READ);
  }

  /**
   * The plan of the person named by id or NHS number; empty when no one is. The role is checked
   * first, so a caller the row never allows learns nothing of who is known here.
   */
  public Optional<PlanView> search(Caller caller, UUID personId, NhsNumber nhsNumber) {
    policy.checkRole(caller, Operation.FHIR_CARE_PLAN_SEARCH, RecordType.PLAN);
    Optional<Person> person =
        personId != null ? people.find(personId) : people.findByNhsNumber(nhsNumber);
    if (person.isEmpty()
        || (personId != null && nhsNumber != null && !person.get().nhsNumber().equals(nhsNumber))) {
      return Optional.empty();
    }
    return Optional.of(plans.readAs(caller, person.get().id(), Operation.FHIR_CARE_PLAN_SEARCH));
  }
}
