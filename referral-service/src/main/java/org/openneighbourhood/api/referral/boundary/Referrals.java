package org.openneighbourhood.api.referral.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.audit.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.directory.control.ServiceRepository;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.organisation.control.OrganisationRepository;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.plan.control.PlanRepository;
import org.openneighbourhood.api.plan.entity.Plan;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.referral.control.ReferralRepository;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.relationship.control.RelationshipRepository;
import org.openneighbourhood.api.relationship.entity.CareTeamMember;
import org.openneighbourhood.api.relationship.entity.Consent;

/** Use cases: send referrals, list them for each side, and decide on them. */
@ApplicationScoped
@Transactional
public class Referrals {

  @Inject ReferralRepository referrals;
  @Inject PersonRepository people;
  @Inject ServiceRepository services;
  @Inject OrganisationRepository organisations;
  @Inject PlanRepository plans;
  @Inject RelationshipRepository relationships;
  @Inject AccessPolicy policy;
  @Inject Clock clock;

  /**
   * Sends a referral from the acting organisation, which must be in the person's care team, and
   * records the person's consent to share it with the receiving organisation.
   */
  public ReferralView send(Caller caller, NewReferral request) {
    policy.checkRole(caller, Operation.REFERRAL_SEND, RecordType.REFERRAL);
    Person person =
        people
            .find(request.personId)
            .orElseThrow(() -> new InvalidInputException("personId", "No such person"));
    Access access = policy.toPerson(caller, Operation.REFERRAL_SEND, person, RecordType.REFERRAL);
    Organisation referring =
        organisations
            .findByAlias(access.actingOrganisation())
            .orElseThrow(() -> new RecordNotFoundException("Acting organisation"));
    Service service =
        services
            .find(request.serviceId)
            .orElseThrow(() -> new InvalidInputException("serviceId", "No such service"));
    String whatMatters =
        plans.findForPerson(person.id()).flatMap(Plan::whatMattersToMe).orElse(null);
    Instant now = now();
    Referral referral =
        Referral.send(
            person,
            service,
            referring,
            caller.displayName(),
            request.reason,
            whatMatters,
            request.urgency,
            Boolean.TRUE.equals(request.consentToShare),
            now);
    referrals.add(referral);
    relationships.add(
        new Consent(
            person.id(),
            service.organisation(),
            Consent.Scope.REFERRAL,
            referral.id(),
            caller.displayName(),
            referring,
            now));
    access.record(RecordType.REFERRAL, referral.id());
    return ReferralView.of(referral, consentActive(referral), access);
  }

  public List<ReferralView> sent(Caller caller) {
    return list(caller, Operation.REFERRAL_LIST_SENT, referrals::sentBy);
  }

  public List<ReferralView> inbox(Caller caller) {
    return list(caller, Operation.REFERRAL_LIST_INBOX, referrals::addressedTo);
  }

  /** Each row as the policy allows it: whole, masked, or left out; whole rows are audited. */
  private List<ReferralView> list(
      Caller caller, Operation operation, Function<String, List<Referral>> query) {
    policy.checkRole(caller, operation, RecordType.REFERRAL);
    String acting = policy.actingOrganisation(caller);
    List<ReferralView> rows = new ArrayList<>();
    for (Referral referral : query.apply(acting)) {
      policy
          .rowOf(caller, acting, operation, referral)
          .ifPresent(access -> rows.add(view(access, referral)));
    }
    return rows;
  }

  public ReferralView get(Caller caller, UUID id) {
    Referral referral = find(id);
    return view(policy.toReferral(caller, Operation.REFERRAL_READ, referral), referral);
  }

  /** Accepting puts the receiving organisation in the person's care team. */
  public ReferralView accept(Caller caller, UUID id) {
    Referral referral = find(id);
    Access access = policy.toReferral(caller, Operation.REFERRAL_DECIDE, referral);
    Instant now = now();
    referral.accept(caller.displayName(), now);
    Organisation receiver = referral.receivingOrganisation();
    if (relationships.currentMembership(referral.person().id(), receiver.alias()).isEmpty()) {
      relationships.add(
          new CareTeamMember(
              referral.person().id(),
              receiver,
              CareTeamMember.Reason.REFERRAL_ACCEPTED,
              caller.displayName(),
              now));
    }
    access.record(RecordType.REFERRAL, referral.id());
    return ReferralView.of(referral, consentActive(referral), access);
  }

  public ReferralView decline(Caller caller, UUID id, Decline decision) {
    Referral referral = find(id);
    Access access = policy.toReferral(caller, Operation.REFERRAL_DECIDE, referral);
    referral.decline(decision.reason, decision.note, caller.displayName(), now());
    access.record(RecordType.REFERRAL, referral.id());
    return ReferralView.of(referral, consentActive(referral), access);
  }

  public List<ReferralView> mine(Caller caller) {
    policy.checkRole(caller, Operation.ME_REFERRALS, RecordType.REFERRAL);
    Person person =
        policy.ownRecord(caller).orElseThrow(() -> new RecordNotFoundException("Person"));
    Access access = policy.toPerson(caller, Operation.ME_REFERRALS, person, RecordType.REFERRAL);
    List<Referral> about = referrals.about(person.id());
    about.forEach(referral -> access.record(RecordType.REFERRAL, referral.id()));
    return about.stream().map(r -> ReferralView.of(r, consentActive(r), access)).toList();
  }

  private ReferralView view(Access access, Referral referral) {
    if (access.masked()) {
      return ReferralView.masked(referral, consentActive(referral));
    }
    access.record(RecordType.REFERRAL, referral.id());
    return ReferralView.of(referral, consentActive(referral), access);
  }

  /** Whether the person's consent to share with the referral's receiver is still in force. */
  private boolean consentActive(Referral referral) {
    return relationships.hasActiveConsent(
        referral.person().id(), referral.receivingOrganisation().alias(), now());
  }

  private Referral find(UUID id) {
    return referrals.find(id).orElseThrow(() -> new RecordNotFoundException("Referral"));
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
