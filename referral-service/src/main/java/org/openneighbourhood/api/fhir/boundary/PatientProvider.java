package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.fhir.control.Patients;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;
import org.openneighbourhood.api.person.entity.NhsNumber;

/**
 * {@code Patient}: a person, read by id or found by NHS number (UKCore-Patient), masked as the
 * access policy masks them on the REST API.
 */
@Dependent
public class PatientProvider implements IResourceProvider {

  @Inject CurrentCaller caller;
  @Inject FhirPeople people;

  @Override
  public Class<Patient> getResourceType() {
    return Patient.class;
  }

  @Read
  public Patient read(@IdParam IdType id) {
    return Patients.of(people.read(caller.get(), Ids.of(id)));
  }

  /** {@code identifier=https://fhir.nhs.uk/Id/nhs-number|<NHS number>}: one person or none. */
  @Search(allowUnknownParams = true)
  public List<Patient> byNhsNumber(
      RequestDetails request, @RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam identifier) {
    String number =
        new Parameters(request)
            .allowOnly(Set.of(Patient.SP_IDENTIFIER))
            .token(Patient.SP_IDENTIFIER, Vocabulary.NHS_NUMBER)
            .orElseThrow();
    return people.findByNhsNumber(caller.get(), NhsNumber.parse(number)).stream()
        .map(Patients::of)
        .toList();
  }
}
