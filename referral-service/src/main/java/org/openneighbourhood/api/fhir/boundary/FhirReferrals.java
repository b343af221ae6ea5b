package org.openneighbourhood.api.fhir.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.HiddenRecordException;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.fhir.control.Pages;
import org.openneighbourhood.api.fhir.control.ReferralSearch;
import org.openneighbourhood.api.fhir.control.ServiceRequests;
import org.openneighbourhood.api.organisation.control.OrganisationRepository;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.referral.boundary.ReferralView;
import org.openneighbourhood.api.referral.boundary.ReferralView.Context;
import org.openneighbourhood.api.referral.control.ReferralRepository;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.relationship.control.RelationshipRepository;
import org.openneighbourhood.api.relationship.entity.ConsentsInForce;
import org.openneighbourhood.api.schema.control.FlushAtCommit;

/**
 * Use cases of {@code ServiceRequest}: read one referral, search those the acting organisation sent
 * or received. Each referral is decided by the access policy as the REST API decides it ({@code
 * fhir.service-request.*}, the rows of {@code referral.read}) and shown through the same {@link
 * ReferralView}: whole (and audited), masked, or left out of a search.
 */
@ApplicationScoped
@Transactional
@Audited
@FlushAtCommit
public class FhirReferrals {

  /** One page of a search: the referrals shown, and how many the search finds in all. */
  public record Found(List<ReferralView> referrals, long total) {}

  /** One page of a {@code ServiceRequest} search: the resources, and how many it finds in all. */
  public record FoundRequests(List<ServiceRequest> requests, long total) {}

  @Inject ReferralRepository referrals;
  @Inject ReferralSearch search;
  @Inject OrganisationRepository organisations;
  @Inject RelationshipRepository relationships;
  @Inject AccessPolicy policy;
  @Inject Clock clock;

  /** A referral, as its {@code ServiceRequest} ({@code fhir.service-request.read}). */
  public ReferralView read(Caller caller, UUID id) {
    Referral referral =
        referrals.find(id).orElseThrow(() -> new RecordNotFoundException("Referral"));
    return decided(caller, Operation.FHIR_SERVICE_REQUEST_READ, referral);
  }

  /**
   * A referral, as the receiver's {@code Task} on it ({@code fhir.task.read}). A draft was never
   * sent, so it has no task: not found, as a referral that does not exist, before any decision.
   */
  public ReferralView readTask(Caller caller, UUID id) {
    return readSent(caller, id, Operation.FHIR_TASK_READ, "Task");
  }

  /**
   * A referral, for its coded events as {@code Procedure}s ({@code fhir.procedure.read}). A draft
   * has none: not found, before any decision.
   */
  public ReferralView readProcedure(Caller caller, UUID id) {
    return readSent(caller, id, Operation.FHIR_PROCEDURE_READ, "Procedure");
  }

  private ReferralView readSent(Caller caller, UUID id, Operation operation, String type) {
    Referral referral =
        referrals
            .find(id)
            .filter(found -> found.status() != ReferralStatus.DRAFT)
            .orElseThrow(() -> new RecordNotFoundException(type));
    try {
      return decided(caller, operation, referral);
    } catch (HiddenRecordException hidden) {
      throw new HiddenRecordException(type); // as a task that does not exist, not a referral
    }
  }

  private ReferralView decided(Caller caller, Operation operation, Referral referral) {
    Access access = policy.toReferral(caller, operation, referral);
    Instant now = now();
    return view(access, referral, consentsOf(List.of(referral), now), now);
  }

  /**
   * The referrals a search finds, each decided under {@code operation} ({@code
   * fhir.service-request.search}, {@code fhir.task.search} or {@code fhir.procedure.search}) as if
   * read alone.
   */
  public Found search(
      Caller caller, Operation operation, ReferralSearch.Criteria criteria, int offset, int size) {
    policy.checkRole(caller, operation, RecordType.REFERRAL);
    String acting = policy.actingOrganisation(caller);
    UUID organisation = actingOrganisationId(acting);
    Instant now = now();
    List<Referral> rows = search.page(organisation, criteria, offset, size);
    long total = Pages.total(offset, size, rows.size(), () -> search.count(organisation, criteria));
    ConsentsInForce consents = consentsOf(rows, now);
    List<ReferralView> shown =
        rows.stream()
            .flatMap(
                referral ->
                    policy.rowOf(caller, acting, operation, referral, consents).stream()
                        .map(access -> view(access, referral, consents, now)))
            .toList();
    return new Found(shown, total);
  }

  /**
   * The {@code ServiceRequest}s a search finds ({@code fhir.service-request.search}), each decided
   * as if read alone, as {@link #search} decides them, and built from the page's columns alone
   * ({@link ReferralSearch#rows}): the same resources as the referrals' views would give ({@code
   * FhirApiIT} compares each with the same referral read by id), for a fraction of the work.
   */
  public FoundRequests searchRequests(
      Caller caller, ReferralSearch.Criteria criteria, int offset, int size) {
    Operation operation = Operation.FHIR_SERVICE_REQUEST_SEARCH;
    policy.checkRole(caller, operation, RecordType.REFERRAL);
    String acting = policy.actingOrganisation(caller);
    UUID organisation = actingOrganisationId(acting);
    List<ReferralSearch.Row> rows = search.rows(organisation, criteria, offset, size);
    long total = Pages.total(offset, size, rows.size(), () -> search.count(organisation, criteria));
    ConsentsInForce consents =
        relationships.consentsInForce(
            rows.stream().map(ReferralSearch.Row::personId).collect(Collectors.toSet()), now());
    List<ServiceRequest> shown =
        rows.stream()
            .flatMap(
                row ->
                    policy.rowOf(caller, acting, operation, row, consents).stream()
                        .map(access -> ServiceRequests.of(row, access.masked())))
            .toList();
    return new FoundRequests(shown, total);
  }

  private UUID actingOrganisationId(String acting) {
    return organisations
        .idOfAlias(acting)
        .orElseThrow(() -> new RecordNotFoundException("Acting organisation"));
  }

  private ReferralView view(
      Access access, Referral referral, ConsentsInForce consents, Instant now) {
    boolean consentActive =
        referral.status() == ReferralStatus.DRAFT
            || consents.covers(referral.person().id(), referral.receivingOrganisation().alias());
    // The resources show the changes of status, never the parties' messages: none is read
    Context context = new Context(consentActive, now, Set.of(), List.of()).withoutMessages();
    if (access.masked()) {
      return ReferralView.masked(referral, context);
    }
    return ReferralView.of(referral, access, context);
  }

  private ConsentsInForce consentsOf(List<Referral> rows, Instant now) {
    return relationships.consentsInForce(
        rows.stream().map(referral -> referral.person().id()).collect(Collectors.toSet()), now);
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
