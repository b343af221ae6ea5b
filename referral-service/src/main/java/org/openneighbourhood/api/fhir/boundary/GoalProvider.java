package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;
import org.openneighbourhood.api.fhir.control.Goals;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/**
 * {@code Goal}: a goal of a person's plan (base R4: UK Core 2.0.0 has no Goal profile), read by its
 * id or searched for by naming the person ({@link NamedPerson}): all the goals of their plan.
 */
@Dependent
public class GoalProvider implements IResourceProvider {

  @Inject CurrentCaller caller;
  @Inject FhirPlans plans;

  @Override
  public Class<Goal> getResourceType() {
    return Goal.class;
  }

  @Read
  public Goal read(@IdParam IdType id) {
    FhirPlans.GoalOfPlan found = plans.readGoal(caller.get(), Ids.of(id));
    return Goals.of(found.personId(), found.goal());
  }

  /** The declared parameters are what the CapabilityStatement lists; one of them is needed. */
  @Search(allowUnknownParams = true)
  public List<Goal> search(
      RequestDetails request,
      @OptionalParam(name = Goal.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = Goal.SP_PATIENT) ReferenceParam patient) {
    NamedPerson person =
        NamedPerson.of(new Parameters(request).allowOnly(NamedPerson.PARAMETERS), "Goal");
    return plans.searchGoals(caller.get(), person.id(), person.nhsNumber()).stream()
        .flatMap(plan -> plan.goals().stream().map(goal -> Goals.of(plan.personId(), goal)))
        .toList();
  }
}
