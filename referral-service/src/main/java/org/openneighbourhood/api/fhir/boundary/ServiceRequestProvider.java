package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.openneighbourhood.api.fhir.control.Pages;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.fhir.control.ReferralSearch;
import org.openneighbourhood.api.fhir.control.ServiceRequests;
import org.openneighbourhood.api.fhir.entity.StatusTable;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/** {@code ServiceRequest}: a referral, read by id or searched for (UKCore-ServiceRequest). */
@Dependent
public class ServiceRequestProvider implements IResourceProvider {

  private static final Set<String> PARAMETERS =
      Set.of(
          ServiceRequest.SP_SUBJECT,
          ServiceRequest.SP_SUBJECT + ":identifier",
          ServiceRequest.SP_PATIENT,
          ServiceRequest.SP_PATIENT + ":identifier",
          ServiceRequest.SP_STATUS,
          ServiceRequest.SP_PERFORMER,
          ServiceRequest.SP_REQUESTER,
          "_lastUpdated");

  @Inject CurrentCaller caller;
  @Inject FhirReferrals referrals;
  @Inject SystemScopes scopes;

  @Override
  public Class<ServiceRequest> getResourceType() {
    return ServiceRequest.class;
  }

  @Read
  public ServiceRequest read(@IdParam IdType id) {
    scopes.requireRead(caller.get(), "ServiceRequest");
    return ServiceRequests.of(referrals.read(caller.get(), Ids.of(id)));
  }

  /**
   * The referrals the acting organisation sent or received, newest first. The declared parameters
   * are what the CapabilityStatement lists; {@link Parameters} reads them all as sent, with {@code
   * :identifier} (an NHS number) on the subject.
   */
  @Search(allowUnknownParams = true)
  public IBundleProvider search(
      RequestDetails request,
      @OptionalParam(name = ServiceRequest.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = ServiceRequest.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = ServiceRequest.SP_STATUS) TokenOrListParam status,
      @OptionalParam(name = ServiceRequest.SP_PERFORMER) ReferenceParam performer,
      @OptionalParam(name = ServiceRequest.SP_REQUESTER) ReferenceParam requester,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
      @Offset Integer offset,
      @Count Integer count) {
    scopes.requireRead(caller.get(), "ServiceRequest");
    Parameters asked = new Parameters(request).allowOnly(PARAMETERS);
    NamedPerson person = NamedPerson.ofAny(asked);
    UUID service = null;
    UUID receiver = null;
    var performing = asked.single(ServiceRequest.SP_PERFORMER);
    if (performing.isPresent()) {
      if (performing.get().startsWith("Organization/")) {
        receiver = asked.reference(ServiceRequest.SP_PERFORMER, "Organization").orElseThrow();
      } else {
        service = asked.reference(ServiceRequest.SP_PERFORMER, "HealthcareService").orElseThrow();
      }
    }
    UUID requestingOrganisation = null;
    UUID requestingPerson = null;
    var requesting = asked.single(ServiceRequest.SP_REQUESTER);
    if (requesting.isPresent()) {
      if (requesting.get().startsWith("Patient/")) {
        requestingPerson = asked.reference(ServiceRequest.SP_REQUESTER, "Patient").orElseThrow();
      } else {
        requestingOrganisation =
            asked.reference(ServiceRequest.SP_REQUESTER, "Organization").orElseThrow();
      }
    }
    LastUpdated changed = LastUpdated.of(lastUpdated);
    ReferralSearch.Criteria criteria =
        new ReferralSearch.Criteria(
            person.id(),
            person.nhsNumber(),
            asked
                .statuses(
                    ServiceRequest.SP_STATUS,
                    code -> StatusTable.ofCode(code).map(StatusTable::statuses),
                    StatusTable.codes())
                .orElse(null),
            service,
            receiver,
            requestingOrganisation,
            requestingPerson,
            changed.from(),
            changed.until(),
            null);
    Pages.Page page = Pages.of(offset, count);
    FhirReferrals.FoundRequests found =
        referrals.searchRequests(caller.get(), criteria, page.offset(), page.size());
    return page.answer(found.requests(), found.total());
  }
}
