package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Procedure;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.fhir.control.ReferralProcedures;
import org.openneighbourhood.api.fhir.control.ReferralSearch;
import org.openneighbourhood.api.fhir.entity.WorkflowCode;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;
import org.openneighbourhood.api.referral.boundary.ReferralView;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

/**
 * {@code Procedure}: an event of a referral's lifecycle that has a SNOMED CT code for a GP system
 * to file (UKCore-Procedure; {@link WorkflowCode}): {@code Procedure/{referral id}-referred} when
 * it was sent, {@code Procedure/{referral id}-declined} when the person declined. Searched for by
 * naming the person: the events of the referrals about them the acting organisation sent or
 * received, newest first.
 */
@Dependent
public class ProcedureProvider implements IResourceProvider {

  /** A page of referrals read at a time while gathering a person's events. */
  private static final int BATCH = 100;

  private static final Set<String> PARAMETERS = parameters();

  @Inject CurrentCaller caller;
  @Inject FhirReferrals referrals;
  @Inject SystemScopes scopes;

  @Override
  public Class<Procedure> getResourceType() {
    return Procedure.class;
  }

  @Read
  public Procedure read(@IdParam IdType id) {
    scopes.requireRead(caller.get(), "Procedure");
    String part = id == null ? null : id.getIdPart();
    if (part == null || part.length() < 38 || part.charAt(36) != '-') {
      throw new ResourceNotFoundException("No such resource");
    }
    UUID referral = Ids.of(new IdType(part.substring(0, 36)));
    WorkflowCode code =
        WorkflowCode.ofSuffix(part.substring(37))
            .orElseThrow(() -> new ResourceNotFoundException("No such resource"));
    return ReferralProcedures.of(referrals.readProcedure(caller.get(), referral), code)
        .orElseThrow(() -> new ResourceNotFoundException("No such resource"));
  }

  /**
   * The declared parameters are what the CapabilityStatement lists; one naming the person is
   * needed.
   */
  @Search(allowUnknownParams = true)
  public List<Procedure> search(
      RequestDetails request,
      @OptionalParam(name = Procedure.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = Procedure.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated) {
    scopes.requireRead(caller.get(), "Procedure");
    NamedPerson person = NamedPerson.of(new Parameters(request).allowOnly(PARAMETERS), "Procedure");
    LastUpdated changed = LastUpdated.of(lastUpdated);
    // A referral with an event since `from` changed since then; the rest is decided per event
    ReferralSearch.Criteria criteria =
        new ReferralSearch.Criteria(
            person.id(),
            person.nhsNumber(),
            EnumSet.complementOf(EnumSet.of(ReferralStatus.DRAFT)),
            null,
            null,
            null,
            null,
            changed.from(),
            null,
            null);
    List<Procedure> events = new ArrayList<>();
    long total = 1;
    for (int offset = 0; offset < total; offset += BATCH) {
      FhirReferrals.Found found =
          referrals.search(caller.get(), Operation.FHIR_PROCEDURE_SEARCH, criteria, offset, BATCH);
      total = found.total();
      for (ReferralView referral : found.referrals()) {
        ReferralProcedures.of(referral).stream()
            .filter(event -> changed.includes(event.getMeta().getLastUpdated().toInstant()))
            .forEach(events::add);
      }
    }
    events.sort(
        Comparator.comparing((Procedure event) -> event.getMeta().getLastUpdated()).reversed());
    return events;
  }

  private static Set<String> parameters() {
    Set<String> known = new HashSet<>(NamedPerson.PARAMETERS);
    known.add("_lastUpdated");
    return Set.copyOf(known);
  }
}
