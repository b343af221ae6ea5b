package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.openneighbourhood.api.fhir.control.ConsentResources;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/**
 * {@code Consent}: a person's agreements to share (UKCore-Consent), read by the consent's id or
 * searched for by naming the person, who is the only one the rows let read them.
 */
@Dependent
public class ConsentProvider implements IResourceProvider {

  private static final Set<String> PARAMETERS =
      Set.of(Consent.SP_PATIENT, Consent.SP_PATIENT + ":identifier");

  @Inject CurrentCaller caller;
  @Inject FhirConsents consents;

  @Override
  public Class<Consent> getResourceType() {
    return Consent.class;
  }

  @Read
  public Consent read(@IdParam IdType id) {
    FhirConsents.Consents found = consents.read(caller.get(), Ids.of(id));
    return found.consents().stream()
        .findFirst()
        .map(view -> ConsentResources.of(found.personId(), view))
        .orElseThrow(() -> new ResourceNotFoundException("No such resource"));
  }

  /** Every consent of the person named, newest first (in force or not: see {@code status}). */
  @Search(allowUnknownParams = true)
  public List<Consent> search(
      RequestDetails request, @OptionalParam(name = Consent.SP_PATIENT) ReferenceParam patient) {
    NamedPerson person = NamedPerson.of(new Parameters(request).allowOnly(PARAMETERS), "Consent");
    return consents.search(caller.get(), person.id(), person.nhsNumber()).stream()
        .flatMap(
            found ->
                found.consents().stream().map(view -> ConsentResources.of(found.personId(), view)))
        .toList();
  }
}
