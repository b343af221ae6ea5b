package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.openneighbourhood.api.fhir.control.CarePlans;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;
import org.openneighbourhood.api.person.entity.NhsNumber;

/**
 * {@code CarePlan}: a person's plan (UKCore-CarePlan), read by the person's id or searched for by
 * naming the person as {@code ServiceRequest}'s search does ({@code subject}, {@code patient}, or
 * either with {@code :identifier} and an NHS number). A search finds one plan or none.
 */
@Dependent
public class CarePlanProvider implements IResourceProvider {

  private static final Set<String> PARAMETERS =
      Set.of(
          CarePlan.SP_SUBJECT,
          CarePlan.SP_SUBJECT + ":identifier",
          CarePlan.SP_PATIENT,
          CarePlan.SP_PATIENT + ":identifier");

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
    Parameters asked = new Parameters(request).allowOnly(PARAMETERS);
    var bySubject = asked.reference(CarePlan.SP_SUBJECT, "Patient");
    var byPatient = asked.reference(CarePlan.SP_PATIENT, "Patient");
    if (bySubject.isPresent() && byPatient.isPresent() && !bySubject.equals(byPatient)) {
      throw new InvalidRequestException("subject and patient name different people");
    }
    UUID person = bySubject.or(() -> byPatient).orElse(null);
    var numberBySubject = asked.token(CarePlan.SP_SUBJECT + ":identifier", Vocabulary.NHS_NUMBER);
    var numberByPatient = asked.token(CarePlan.SP_PATIENT + ":identifier", Vocabulary.NHS_NUMBER);
    if (numberBySubject.isPresent()
        && numberByPatient.isPresent()
        && !numberBySubject.equals(numberByPatient)) {
      throw new InvalidRequestException("subject and patient name different people");
    }
    NhsNumber number = numberBySubject.or(() -> numberByPatient).map(NhsNumber::parse).orElse(null);
    if (person == null && number == null) {
      throw new InvalidRequestException(
          "A CarePlan search names the person: subject or patient, by reference or by"
              + " :identifier with an NHS number");
    }
    return plans.search(caller.get(), person, number).map(CarePlans::of).stream().toList();
  }
}
