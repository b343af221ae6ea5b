package org.openneighbourhood.api.referral.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.entity.Caller;
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

/** Use cases: send referrals, list them for each side, and decide on them. */
@ApplicationScoped
@Transactional
public class Referrals {

  @Inject ReferralRepository referrals;
  @Inject PersonRepository people;
  @Inject ServiceRepository services;
  @Inject OrganisationRepository organisations;
  @Inject PlanRepository plans;
  @Inject AccessPolicy policy;
  @Inject Clock clock;

  public ReferralView send(Caller caller, NewReferral request) {
    String acting = policy.checkCanSend(caller);
    Organisation referring =
        organisations
            .findByAlias(acting)
            .orElseThrow(() -> new RecordNotFoundException("Acting organisation"));
    Person person =
        people
            .find(request.personId)
            .orElseThrow(() -> new InvalidInputException("personId", "No such person"));
    Service service =
        services
            .find(request.serviceId)
            .orElseThrow(() -> new InvalidInputException("serviceId", "No such service"));
    String whatMatters =
        plans.findForPerson(person.id()).flatMap(Plan::whatMattersToMe).orElse(null);
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
            now());
    referrals.add(referral);
    return ReferralView.of(referral);
  }

  public List<ReferralView> sent(Caller caller) {
    String acting = policy.checkCanListSent(caller);
    return referrals.sentBy(acting).stream().map(ReferralView::of).toList();
  }

  public List<ReferralView> inbox(Caller caller) {
    String acting = policy.checkCanListInbox(caller);
    return referrals.addressedTo(acting).stream().map(ReferralView::of).toList();
  }

  public ReferralView get(Caller caller, UUID id) {
    Referral referral = find(id);
    policy.checkCanView(caller, referral);
    return ReferralView.of(referral);
  }

  public ReferralView accept(Caller caller, UUID id) {
    Referral referral = find(id);
    policy.checkCanDecide(caller, referral);
    referral.accept(caller.displayName(), now());
    return ReferralView.of(referral);
  }

  public ReferralView decline(Caller caller, UUID id, Decline decision) {
    Referral referral = find(id);
    policy.checkCanDecide(caller, referral);
    referral.decline(decision.reason, decision.note, caller.displayName(), now());
    return ReferralView.of(referral);
  }

  public List<ReferralView> mine(Caller caller) {
    var own = policy.checkIsPerson(caller);
    return people
        .findByNhsNumber(own)
        .map(person -> referrals.about(person.id()).stream().map(ReferralView::of).toList())
        .orElse(List.of());
  }

  private Referral find(UUID id) {
    return referrals.find(id).orElseThrow(() -> new RecordNotFoundException("Referral"));
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
