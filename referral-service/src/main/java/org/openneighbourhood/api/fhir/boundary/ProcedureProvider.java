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
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Procedure;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.fhir.control.Pages;
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
 * naming the person (the events of the referrals about them the acting organisation sent or
 * received) or, by a partner system, by when they happened across all of them.
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
   * The events of the referrals the acting organisation sent or received, newest first, paged by
   * {@code _offset} and {@code _count}: those about the person named, or, for a partner system
   * polling for every event since it last asked, those of all its organisation's referrals changed
   * within {@code _lastUpdated} or {@code date} (one of them then needed, so that a poll is
   * bounded). A user's search names the person, as the REST API's reads of a person's referrals do.
   * The declared parameters are what the CapabilityStatement lists.
   */
  @Search(allowUnknownParams = true)
  public IBundleProvider search(
      RequestDetails request,
      @OptionalParam(name = Procedure.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = Procedure.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
      @OptionalParam(name = Procedure.SP_DATE) DateRangeParam date,
      @Offset Integer offset,
      @Count Integer count) {
    Caller asking = caller.get();
    scopes.requireRead(asking, "Procedure");
    Parameters asked = new Parameters(request).allowOnly(PARAMETERS);
    LastUpdated changed = LastUpdated.of(lastUpdated);
    LastUpdated happened = LastUpdated.of(date);
    boolean bounded = changed.from() != null || happened.from() != null;
    NamedPerson person =
        asking.roles().contains(Role.PARTNER_SYSTEM) && bounded
            ? NamedPerson.ofAny(asked)
            : NamedPerson.of(asked, "Procedure");
    Pages.Page page = Pages.of(offset, count);
    // A referral with an event since then changed since then; the rest is decided per event
    ReferralSearch.Criteria criteria =
        new ReferralSearch.Criteria(
            person.id(),
            person.nhsNumber(),
            EnumSet.complementOf(EnumSet.of(ReferralStatus.DRAFT)),
            null,
            null,
            null,
            null,
            latest(changed.from(), happened.from()),
            null,
            null);
    List<Procedure> events = new ArrayList<>();
    long total = 1;
    for (int from = 0; from < total; from += BATCH) {
      FhirReferrals.Found found =
          referrals.search(asking, Operation.FHIR_PROCEDURE_SEARCH, criteria, from, BATCH);
      total = found.total();
      for (ReferralView referral : found.referrals()) {
        ReferralProcedures.of(referral).stream()
            .filter(event -> changed.includes(event.getMeta().getLastUpdated().toInstant()))
            .filter(
                event -> happened.includes(event.getPerformedDateTimeType().getValue().toInstant()))
            .forEach(events::add);
      }
    }
    events.sort(
        Comparator.comparing((Procedure event) -> event.getMeta().getLastUpdated())
            .reversed()
            .thenComparing(event -> event.getIdElement().getIdPart()));
    int first = Math.min(page.offset(), events.size());
    return page.answer(
        events.subList(first, Math.min(first + page.size(), events.size())), events.size());
  }

  /** The later of two lower bounds, either of which may be open (null). */
  private static Instant latest(Instant one, Instant other) {
    if (one == null || other == null) {
      return one == null ? other : one;
    }
    return one.isAfter(other) ? one : other;
  }

  private static Set<String> parameters() {
    Set<String> known = new HashSet<>(NamedPerson.PARAMETERS);
    known.add("_lastUpdated");
    known.add(Procedure.SP_DATE);
    return Set.copyOf(known);
  }
}
