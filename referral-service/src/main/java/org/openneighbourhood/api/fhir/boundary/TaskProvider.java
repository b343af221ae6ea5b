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
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Task;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.fhir.control.Pages;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.fhir.control.ReferralSearch;
import org.openneighbourhood.api.fhir.control.Tasks;
import org.openneighbourhood.api.fhir.entity.TaskStatusTable;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/**
 * {@code Task}: the receiving organisation's work on a referral (UKCore-Task), read by the
 * referral's id or searched for. A view of the referral, not a store of its own: the same search as
 * {@code ServiceRequest}, without drafts (never sent, so no one's work yet).
 */
@Dependent
public class TaskProvider implements IResourceProvider {

  private static final Set<String> PARAMETERS =
      Set.of(
          Task.SP_FOCUS,
          Task.SP_SUBJECT,
          Task.SP_SUBJECT + ":identifier",
          Task.SP_PATIENT,
          Task.SP_PATIENT + ":identifier",
          Task.SP_OWNER,
          Task.SP_STATUS,
          "_lastUpdated");

  @Inject CurrentCaller caller;
  @Inject FhirReferrals referrals;
  @Inject SystemScopes scopes;

  @Override
  public Class<Task> getResourceType() {
    return Task.class;
  }

  @Read
  public Task read(@IdParam IdType id) {
    scopes.requireRead(caller.get(), "Task");
    return Tasks.of(referrals.readTask(caller.get(), Ids.of(id)));
  }

  /**
   * The tasks of the referrals the acting organisation sent or received, newest first. The declared
   * parameters are what the CapabilityStatement lists; {@link Parameters} reads them all as sent.
   */
  @Search(allowUnknownParams = true)
  public IBundleProvider search(
      RequestDetails request,
      @OptionalParam(name = Task.SP_FOCUS) ReferenceParam focus,
      @OptionalParam(name = Task.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = Task.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = Task.SP_OWNER) ReferenceParam owner,
      @OptionalParam(name = Task.SP_STATUS) TokenOrListParam status,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
      @Offset Integer offset,
      @Count Integer count) {
    scopes.requireRead(caller.get(), "Task");
    Parameters asked = new Parameters(request).allowOnly(PARAMETERS);
    NamedPerson person = NamedPerson.ofAny(asked);
    LastUpdated changed = LastUpdated.of(lastUpdated);
    ReferralSearch.Criteria criteria =
        new ReferralSearch.Criteria(
            person.id(),
            person.nhsNumber(),
            asked
                .statuses(
                    Task.SP_STATUS,
                    code -> TaskStatusTable.ofCode(code).map(TaskStatusTable::statuses),
                    TaskStatusTable.codes())
                .orElseGet(TaskStatusTable::withATask),
            null,
            asked.reference(Task.SP_OWNER, "Organization").orElse(null),
            null,
            null,
            changed.from(),
            changed.until(),
            asked.reference(Task.SP_FOCUS, "ServiceRequest").orElse(null));
    Pages.Page page = Pages.of(offset, count);
    FhirReferrals.Found found =
        referrals.search(
            caller.get(), Operation.FHIR_TASK_SEARCH, criteria, page.offset(), page.size());
    return page.answer(found.referrals().stream().map(Tasks::of).toList(), found.total());
  }
}
