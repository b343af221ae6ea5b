package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;
import org.openneighbourhood.api.fhir.control.DirectoryLookup;
import org.openneighbourhood.api.fhir.control.Pages;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/**
 * {@code Location}: a place where services of the directory are given (UKCore-Location); {@code
 * organization} finds the places of an organisation's services.
 */
@Dependent
public class LocationProvider implements IResourceProvider {

  private static final Set<String> PARAMETERS = Set.of(Location.SP_NAME, Location.SP_ORGANIZATION);

  @Inject CurrentCaller caller;
  @Inject FhirDirectory directory;

  @Override
  public Class<Location> getResourceType() {
    return Location.class;
  }

  @Read
  public Location read(@IdParam IdType id) {
    return directory.location(caller.get(), Ids.of(id));
  }

  @Search(allowUnknownParams = true)
  public IBundleProvider search(
      RequestDetails request,
      @OptionalParam(name = Location.SP_NAME) StringParam name,
      @OptionalParam(name = Location.SP_ORGANIZATION) ReferenceParam organization,
      @Offset Integer offset,
      @Count Integer count) {
    Parameters asked = new Parameters(request).allowOnly(PARAMETERS);
    Pages.Page page = Pages.of(offset, count);
    DirectoryLookup.Page<Location> found =
        directory.locations(
            caller.get(),
            asked.single(Location.SP_NAME).orElse(null),
            asked.reference(Location.SP_ORGANIZATION, "Organization").orElse(null),
            page.offset(),
            page.size());
    return page.answer(found.rows(), found.total());
  }
}
