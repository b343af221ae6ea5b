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
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.IdType;
import org.openneighbourhood.api.fhir.control.DirectoryLookup;
import org.openneighbourhood.api.fhir.control.Pages;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/** {@code HealthcareService}: a service of the directory (UKCore-HealthcareService). */
@Dependent
public class HealthcareServiceProvider implements IResourceProvider {

  private static final Set<String> PARAMETERS =
      Set.of(
          HealthcareService.SP_NAME,
          HealthcareService.SP_ACTIVE,
          HealthcareService.SP_ORGANIZATION);

  @Inject CurrentCaller caller;
  @Inject FhirDirectory directory;

  @Override
  public Class<HealthcareService> getResourceType() {
    return HealthcareService.class;
  }

  @Read
  public HealthcareService read(@IdParam IdType id) {
    return directory.service(caller.get(), Ids.of(id));
  }

  @Search(allowUnknownParams = true)
  public IBundleProvider search(
      RequestDetails request,
      @OptionalParam(name = HealthcareService.SP_NAME) StringParam name,
      @OptionalParam(name = HealthcareService.SP_ACTIVE) TokenParam active,
      @OptionalParam(name = HealthcareService.SP_ORGANIZATION) ReferenceParam organization,
      @Offset Integer offset,
      @Count Integer count) {
    Parameters asked = new Parameters(request).allowOnly(PARAMETERS);
    Pages.Page page = Pages.of(offset, count);
    DirectoryLookup.Page<HealthcareService> found =
        directory.services(
            caller.get(),
            asked.single(HealthcareService.SP_NAME).orElse(null),
            asked.bool(HealthcareService.SP_ACTIVE).orElse(null),
            asked.reference(HealthcareService.SP_ORGANIZATION, "Organization").orElse(null),
            page.offset(),
            page.size());
    return page.answer(found.rows(), found.total());
  }
}
