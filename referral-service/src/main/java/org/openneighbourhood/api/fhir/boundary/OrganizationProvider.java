package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.openneighbourhood.api.fhir.control.DirectoryLookup;
import org.openneighbourhood.api.fhir.control.Pages;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/** {@code Organization}: an organisation of the directory (UKCore-Organization). */
@Dependent
public class OrganizationProvider implements IResourceProvider {

  private static final Set<String> PARAMETERS =
      Set.of(Organization.SP_NAME, Organization.SP_ACTIVE);

  @Inject CurrentCaller caller;
  @Inject FhirDirectory directory;

  @Override
  public Class<Organization> getResourceType() {
    return Organization.class;
  }

  @Read
  public Organization read(@IdParam IdType id) {
    return directory.organisation(caller.get(), Ids.of(id));
  }

  @Search(allowUnknownParams = true)
  public IBundleProvider search(
      RequestDetails request,
      @OptionalParam(name = Organization.SP_NAME) StringParam name,
      @OptionalParam(name = Organization.SP_ACTIVE) TokenParam active,
      @Offset Integer offset,
      @Count Integer count) {
    Parameters asked = new Parameters(request).allowOnly(PARAMETERS);
    Pages.Page page = Pages.of(offset, count);
    DirectoryLookup.Page<Organization> found =
        directory.organisations(
            caller.get(),
            asked.single(Organization.SP_NAME).orElse(null),
            asked.bool(Organization.SP_ACTIVE).orElse(null),
            page.offset(),
            page.size());
    return page.answer(found.rows(), found.total());
  }
}
