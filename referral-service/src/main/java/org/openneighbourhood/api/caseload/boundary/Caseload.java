package org.openneighbourhood.api.caseload.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.access.entity.Relationship;
import org.openneighbourhood.api.caseload.boundary.CaseloadEntryView.WaitingView;
import org.openneighbourhood.api.caseload.control.CaseloadRepository;
import org.openneighbourhood.api.caseload.control.CaseloadRepository.OpenAction;
import org.openneighbourhood.api.caseload.control.CaseloadRepository.Row;
import org.openneighbourhood.api.caseload.control.CaseloadRepository.WaitingReferral;
import org.openneighbourhood.api.caseload.entity.Waiting;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.organisation.control.OrganisationRepository;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.person.boundary.PersonView;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.plan.entity.Action;
import org.openneighbourhood.api.plan.entity.Plan;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.relationship.control.RelationshipRepository;
import org.openneighbourhood.api.relationship.entity.ConsentsInForce;
import org.openneighbourhood.api.time.entity.London;

/**
 * The caller's caseload: the people their acting organisation supports, each as the access policy
 * lets the caller see them (or left out), with what is waiting in their care and on whom. A page is
 * a fixed number of statements whatever its size: the acting organisation, the page of people in
 * order, their consents, the people, their waiting referrals, overdue actions and due reviews, and
 * the audit rows as one batch.
 */
@ApplicationScoped
@Transactional
@Audited
public class Caseload {

  @Inject CaseloadRepository caseload;
  @Inject OrganisationRepository organisations;
  @Inject RelationshipRepository relationships;
  @Inject AccessPolicy policy;
  @Inject Clock clock;

  @Inject
  @Configured(Setting.PLAN_REVIEW_REMINDER_DAYS)
  int reviewReminderDays;

  public CaseloadPage list(Caller caller, CaseloadRequest request) {
    policy.checkRole(caller, Operation.CASELOAD_LIST, RecordType.PERSON);
    String acting = policy.actingOrganisation(caller);
    Organisation organisation =
        organisations
            .findByAlias(acting)
            .orElseThrow(() -> new RecordNotFoundException("Acting organisation"));
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    LocalDate today = now.atZone(London.ZONE).toLocalDate();
    LocalDate reviewsUpTo = Waiting.reviewsDueUpTo(today, reviewReminderDays);
    CaseloadRepository.Page found =
        caseload.list(organisation.id(), today, reviewsUpTo, request.window());
    ConsentsInForce consents =
        relationships.consentsInForce(
            found.rows().stream().map(Row::personId).collect(Collectors.toSet()), now);
    Map<UUID, Access> shown = new LinkedHashMap<>();
    Map<UUID, Boolean> inCareTeam = new HashMap<>();
    for (Row row : found.rows()) {
      Relationship structural = row.inCareTeam() ? Relationship.CARE_TEAM : Relationship.SENDER;
      policy
          .personRowOf(
              caller, acting, Operation.CASELOAD_LIST, row.personId(), structural, consents)
          .filter(access -> !access.masked())
          .ifPresent(access -> shown.put(row.personId(), access));
      inCareTeam.put(row.personId(), row.inCareTeam());
    }
    Map<UUID, List<Waiting>> waiting = waitingFor(organisation, shown, now, today, reviewsUpTo);
    Map<UUID, Person> people =
        caseload.people(shown.keySet()).stream()
            .collect(Collectors.toMap(Person::id, Function.identity()));
    List<CaseloadEntryView> rows = new ArrayList<>();
    shown.forEach(
        (personId, access) -> {
          Person person = people.get(personId);
          if (person == null) {
            return;
          }
          rows.add(
              new CaseloadEntryView(
                  PersonView.of(person, access),
                  inCareTeam.get(personId),
                  waiting.getOrDefault(personId, List.of()).stream()
                      .sorted(Waiting.ATTENTION)
                      .map(w -> WaitingView.of(w, organisation.id()))
                      .toList()));
        });
    caseload.flush();
    return CaseloadPage.of(request, found, rows);
  }

  /**
   * What waits in the care of the people shown: the referrals the organisation sent, for everyone;
   * overdue actions and a due review only for those whose plan the caller may read.
   */
  private Map<UUID, List<Waiting>> waitingFor(
      Organisation organisation,
      Map<UUID, Access> shown,
      Instant now,
      LocalDate today,
      LocalDate reviewsUpTo) {
    Map<UUID, List<Waiting>> waiting = new HashMap<>();
    for (WaitingReferral referral : caseload.waitingReferrals(organisation.id(), shown.keySet())) {
      Waiting one =
          referral.status() == ReferralStatus.WAITLISTED
              ? Waiting.waitlisted(
                  referral.id(),
                  referral.service(),
                  referral.receiverId(),
                  referral.receiverName(),
                  referral.decidedAt() != null ? referral.decidedAt() : referral.sentAt())
              : Waiting.answer(
                  referral.id(),
                  referral.service(),
                  referral.receiverId(),
                  referral.receiverName(),
                  referral.sentAt(),
                  referral.respondBy(),
                  now);
      waiting.computeIfAbsent(referral.personId(), id -> new ArrayList<>()).add(one);
    }
    Set<UUID> planReaders =
        shown.entrySet().stream()
            .filter(entry -> entry.getValue().allows(Operation.PLAN_READ))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    for (OpenAction open : caseload.actionsDueBefore(planReaders, today)) {
      Action action = open.action();
      Waiting.overdueAction(
              action.id(),
              action.description(),
              action.owner(),
              action.status(),
              action.dueOn().orElse(null),
              today)
          .ifPresent(
              one -> waiting.computeIfAbsent(open.personId(), id -> new ArrayList<>()).add(one));
    }
    for (Plan plan : caseload.plansToReview(planReaders, reviewsUpTo)) {
      Waiting.review(
              plan.id(),
              plan.reviewOn().orElse(null),
              plan.reviewOwner().orElse(null),
              today,
              reviewReminderDays)
          .ifPresent(
              one -> waiting.computeIfAbsent(plan.personId(), id -> new ArrayList<>()).add(one));
    }
    return waiting;
  }
}
