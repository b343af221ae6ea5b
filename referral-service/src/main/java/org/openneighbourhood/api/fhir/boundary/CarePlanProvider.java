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
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.openneighbourhood.api.fhir.control.CarePlans;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/**
 * {@code CarePlan}: a person's plan (UKCore-CarePlan), read by the person's id or searched for by
 * naming the person as {@code ServiceRequest}'s search does ({@link NamedPerson}). A search finds
 * one plan or none.
 */
@Dependent
public class CarePlanProvider implements IResourceProvider {

  @Inject CurrentCaller caller;
  @Inject FhirPlans plans;

  @Override
  public Class<CarePlan> getResourceType() {
    return CarePlan.class;
  }

  @Read
  public CarePlan read(@IdParam IdType id) {
    return CarePlans.of(plans.read(caller.get(), Ids.of(id)));
  }

  /** The declared parameters are what the CapabilityStatement lists; one of them is needed. */
  @Search(allowUnknownParams = true)
  public List<CarePlan> search(
      RequestDetails request,
      @OptionalParam(name = CarePlan.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = CarePlan.SP_PATIENT) ReferenceParam patient) {
    NamedPerson person =
        NamedPerson.of(new Parameters(request).allowOnly(NamedPerson.PARAMETERS), "CarePlan");
    return plans.search(caller.get(), person.id(), person.nhsNumber()).stream()
        .map(CarePlans::of)
        .toList();
  }
}
