package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.fhir.control.WellbeingObservations;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;
import org.openneighbourhood.api.plan.boundary.PlanView.WellbeingView;

/**
 * {@code Observation}: one set of a person's ONS4 wellbeing answers from their plan
 * (UKCore-Observation), read by its id or searched for by naming the person: all of their answers,
 * newest first, or those recorded within {@code _lastUpdated}.
 */
@Dependent
public class ObservationProvider implements IResourceProvider {

  private static final Set<String> PARAMETERS = parameters();

  @Inject CurrentCaller caller;
  @Inject FhirPlans plans;

  @Override
  public Class<Observation> getResourceType() {
    return Observation.class;
  }

  @Read
  public Observation read(@IdParam IdType id) {
    FhirPlans.WellbeingOfPlan found = plans.readWellbeing(caller.get(), Ids.of(id));
    return WellbeingObservations.of(found.personId(), found.answers());
  }

  /**
   * The declared parameters are what the CapabilityStatement lists; one naming the person is
   * needed.
   */
  @Search(allowUnknownParams = true)
  public List<Observation> search(
      RequestDetails request,
      @OptionalParam(name = Observation.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = Observation.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated) {
    NamedPerson person =
        NamedPerson.of(new Parameters(request).allowOnly(PARAMETERS), "Observation");
    LastUpdated changed = LastUpdated.of(lastUpdated);
    return plans.searchWellbeing(caller.get(), person.id(), person.nhsNumber()).stream()
        .flatMap(
            plan ->
                plan.wellbeing().stream()
                    .filter(answers -> changed.includes(answers.recordedAt()))
                    .sorted(Comparator.comparing(WellbeingView::recordedAt).reversed())
                    .map(answers -> WellbeingObservations.of(plan.personId(), answers)))
        .toList();
  }

  private static Set<String> parameters() {
    Set<String> known = new HashSet<>(NamedPerson.PARAMETERS);
    known.add("_lastUpdated");
    return Set.copyOf(known);
  }
}
