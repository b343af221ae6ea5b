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
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.IdType;
import org.openneighbourhood.api.fhir.control.CareTeamResources;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/**
 * {@code CareTeam}: a person's care team (UKCore-CareTeam), read by the person's id or searched for
 * by naming the person ({@link NamedPerson}). A search finds one care team or none.
 */
@Dependent
public class CareTeamProvider implements IResourceProvider {

  @Inject CurrentCaller caller;
  @Inject FhirCareTeams careTeams;

  @Override
  public Class<CareTeam> getResourceType() {
    return CareTeam.class;
  }

  @Read
  public CareTeam read(@IdParam IdType id) {
    FhirCareTeams.Team team = careTeams.read(caller.get(), Ids.of(id));
    return CareTeamResources.of(team.personId(), team.members());
  }

  /** The declared parameters are what the CapabilityStatement lists; one of them is needed. */
  @Search(allowUnknownParams = true)
  public List<CareTeam> search(
      RequestDetails request,
      @OptionalParam(name = CareTeam.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = CareTeam.SP_PATIENT) ReferenceParam patient) {
    NamedPerson person =
        NamedPerson.of(new Parameters(request).allowOnly(NamedPerson.PARAMETERS), "CareTeam");
    return careTeams.search(caller.get(), person.id(), person.nhsNumber()).stream()
        .map(team -> CareTeamResources.of(team.personId(), team.members()))
        .toList();
  }
}
