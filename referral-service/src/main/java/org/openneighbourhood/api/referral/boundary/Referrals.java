package org.openneighbourhood.api.referral.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.directory.control.ServiceRepository;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.http.boundary.Versions;
import org.openneighbourhood.api.organisation.control.OrganisationRepository;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.referral.boundary.ReferralView.Alternative;
import org.openneighbourhood.api.referral.boundary.ReferralView.CommunicationView;
import org.openneighbourhood.api.referral.boundary.ReferralView.Context;
import org.openneighbourhood.api.referral.control.IdempotencyKeys;
import org.openneighbourhood.api.referral.control.PlanExcerpts;
import org.openneighbourhood.api.referral.control.ReferralDeadlines;
import org.openneighbourhood.api.referral.control.ReferralNotices;
import org.openneighbourhood.api.referral.control.ReferralRepository;
import org.openneighbourhood.api.referral.control.ReferralRepository.Side;
import org.openneighbourhood.api.referral.control.SeenMarker;
import org.openneighbourhood.api.referral.control.SubmissionReads;
import org.openneighbourhood.api.referral.entity.Actor;
import org.openneighbourhood.api.referral.entity.IdempotencyKeyReusedException;
import org.openneighbourhood.api.referral.entity.Lifecycle;
import org.openneighbourhood.api.referral.entity.Message;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.ReferralChanged;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.referral.entity.StaleReferralException;
import org.openneighbourhood.api.referral.entity.Urgency;
import org.openneighbourhood.api.relationship.control.RelationshipRepository;
import org.openneighbourhood.api.relationship.entity.CareTeamMember;
import org.openneighbourhood.api.relationship.entity.Consent;
import org.openneighbourhood.api.relationship.entity.ConsentTerm;
import org.openneighbourhood.api.relationship.entity.ConsentsInForce;
import org.openneighbourhood.api.schema.control.FlushAtCommit;
import org.openneighbourhood.api.schema.control.Insert;
import org.openneighbourhood.api.time.entity.London;

/**
 * Use cases of the referral lifecycle: send (at once, as a draft, or by the person themselves),
 * list for each side, read, and every change of status, each through the access policy, audited,
 * checked against the version the caller saw, and told to whoever needs to know.
 */
@ApplicationScoped
@Transactional
@Audited
public class Referrals {

  private static final Logger LOG = Logger.getLogger(Referrals.class.getName());
  private static final int ALTERNATIVES = 5;

  /** A submission's answer, and whether it made the referral (false for a replay). */
  public record Submitted(ReferralView referral, boolean created) {}

  /** Lists count their referrals up to this many; beyond it they say "1,000+". */
  public static final int COUNT_CAP = 1000;

  @Inject ReferralRepository referrals;
  @Inject PersonRepository people;
  @Inject ServiceRepository services;
  @Inject OrganisationRepository organisations;
  @Inject PlanExcerpts plans;
  @Inject RelationshipRepository relationships;
  @Inject AccessPolicy policy;
  @Inject ReferralDeadlines deadlines;
  @Inject ReferralNotices notices;
  @Inject IdempotencyKeys keys;
  @Inject SubmissionReads submissionReads;
  @Inject SeenMarker seen;
  @Inject Event<ReferralChanged> changes;
  @Inject Clock clock;

  /**
   * Sends a referral (or keeps a draft) from the acting organisation, which must be in the person's
   * care team. With an idempotency key, a retry answers with the referral the first one made.
   */
  public Submitted send(
      Caller caller, String callerEmail, NewReferral request, String idempotencyKey) {
    policy.checkRole(caller, Operation.REFERRAL_SEND, RecordType.REFERRAL);
    SubmissionReads.Subject subject =
        submissionReads
            .read(request.personId, request.goalId)
            .orElseThrow(() -> new InvalidInputException("personId", "No such person"));
    Person person = subject.person();
    Access access =
        policy.toPerson(caller, Operation.REFERRAL_SEND, person.id(), RecordType.REFERRAL);
    UUID id = UUID.randomUUID();
    Instant now = now();
    ConsentTerm term = ConsentTerm.chosen(request.until, request.untilReferralEnds, now);
    Optional<Submitted> replay =
        replay(caller, idempotencyKey, request.fingerprint(), id, now, Operation.REFERRAL_SEND);
    if (replay.isPresent()) {
      return replay.get();
    }
    Organisation referring =
        organisations
            .findByAlias(access.actingOrganisation())
            .orElseThrow(() -> new RecordNotFoundException("Acting organisation"));
    Service service = service(request.serviceId);
    if (request.goalId != null && !subject.goalInPlan()) {
      throw new InvalidInputException("goalId", "That goal is not in the person's plan");
    }
    Referral.Request asked =
        new Referral.Request(
            person,
            service,
            referring,
            caller.displayName(),
            callerEmail,
            request.reason,
            subject.whatMattersToMe(),
            request.urgency,
            request.goalId);
    Referral referral =
        request.isDraft()
            ? Referral.draft(id, asked, now)
            : Referral.send(
                id,
                asked,
                Boolean.TRUE.equals(request.consentToShare),
                deadlines.forSending(service, now),
                now);
    Consent agreed =
        request.isDraft() ? null : agreement(referral, caller.displayName(), referring, term, now);
    write(referral, agreed, access, now);
    return new Submitted(
        view(access, referral, Actor.REFERRER, agreedWithReceiver(referral), now, null, agreed),
        true);
  }

  /**
   * A referral a partner system sent for its organisation (a BaRS message), already allowed by the
   * policy ({@code access}, about the person). Sending it is the sender's statement that the person
   * agreed to share it with the service, as a referrer's tick is on the portal; from here it is a
   * referral like any other: deadline, capacity, notices, audit.
   *
   * @param referredBy who at the sending organisation made it, as the message names them
   */
  public Submitted receive(
      Access access,
      Person person,
      Service service,
      String referredBy,
      String reason,
      Urgency urgency,
      UUID id) {
    Instant now = now();
    Organisation referring =
        organisations
            .findByAlias(access.actingOrganisation())
            .orElseThrow(() -> new RecordNotFoundException("Acting organisation"));
    String whatMatters = plans.whatMattersToMe(person.id()).orElse(null);
    Referral.Request asked =
        new Referral.Request(
            person, service, referring, referredBy, null, reason, whatMatters, urgency, null);
    Referral referral = Referral.send(id, asked, true, deadlines.forSending(service, now), now);
    Consent agreed = agreement(referral, referredBy, referring, ConsentTerm.A_YEAR, now);
    write(referral, agreed, access, now);
    return new Submitted(
        view(access, referral, Actor.REFERRER, agreedWithReceiver(referral), now, null, agreed),
        true);
  }

  /** The person refers themselves to a service that takes self-referrals. */
  public Submitted referSelf(Caller caller, SelfReferral request, String idempotencyKey) {
    Person person = ownRecord(caller, Operation.ME_REFER);
    Access access = policy.toPerson(caller, Operation.ME_REFER, person.id(), RecordType.REFERRAL);
    UUID id = UUID.randomUUID();
    Instant now = now();
    ConsentTerm term = ConsentTerm.chosen(request.until, request.untilReferralEnds, now);
    Optional<Submitted> replay =
        replay(caller, idempotencyKey, request.fingerprint(), id, now, Operation.ME_REFER);
    if (replay.isPresent()) {
      return replay.get();
    }
    Service service = service(request.serviceId);
    String whatMatters = plans.whatMattersToMe(person.id()).orElse(null);
    Referral referral =
        Referral.selfReferral(
            id,
            person,
            service,
            request.reason,
            whatMatters,
            deadlines.forSending(service, now),
            now);
    Consent agreed = agreement(referral, caller.displayName(), null, term, now);
    write(referral, agreed, access, now);
    return new Submitted(
        view(access, referral, Actor.PERSON, agreedWithReceiver(referral), now, null, agreed),
        true);
  }

  /**
   * Sending records the person's agreement to share with the receiver ({@link #afterSending}), so a
   * referral just made needs no query to know it (a draft needs none at all).
   */
  private static ConsentsInForce agreedWithReceiver(Referral referral) {
    return new ConsentsInForce(
        Set.of(
            new ConsentsInForce.Pair(
                referral.person().id(), referral.receivingOrganisation().alias())));
  }

  /** The referrer changes a draft. */
  public ReferralView editDraft(Caller caller, UUID id, Long version, DraftChange change) {
    return change(
        caller,
        id,
        version,
        Operation.REFERRAL_EDIT_DRAFT,
        (referral, now) -> referral.editDraft(change.reason, change.urgency));
  }

  /**
   * The referrer sends a draft, with the person's agreement to share, for as long as they chose
   * ({@link ConsentTerm#chosen}).
   */
  public ReferralView sendDraft(
      Caller caller,
      UUID id,
      Long version,
      Boolean consentToShare,
      LocalDate until,
      Boolean untilReferralEnds) {
    Referral referral = findForChange(id);
    Access access = policy.toReferral(caller, Operation.REFERRAL_EDIT_DRAFT, referral);
    checkVersion(referral, version);
    Instant now = now();
    ConsentTerm term = ConsentTerm.chosen(until, untilReferralEnds, now);
    referral.sendDraft(
        caller.displayName(),
        Boolean.TRUE.equals(consentToShare),
        deadlines.forSending(referral.service(), now),
        now);
    Consent agreed =
        afterSending(
            referral,
            caller.displayName(),
            referral.referringOrganisation().orElseThrow(),
            term,
            now);
    referrals.flush();
    return view(
        access, referral, Actor.REFERRER, consentsOf(List.of(referral), now), now, null, agreed);
  }

  @FlushAtCommit
  public ListPage sent(Caller caller, Set<ReferralStatus> statuses, ListRequest request) {
    return list(caller, Operation.REFERRAL_LIST_SENT, Side.SENT, statuses, request);
  }

  @FlushAtCommit
  public ListPage inbox(Caller caller, Set<ReferralStatus> statuses, ListRequest request) {
    return list(caller, Operation.REFERRAL_LIST_INBOX, Side.INBOX, statuses, request);
  }

  /**
   * Each row as the policy allows it: whole, masked, or left out; whole rows are audited. A page is
   * a fixed number of statements whatever its size: the acting organisation, the rows with what
   * they show, their timelines, the count up to its cap, the consents of everyone on the page, and
   * the audit rows as one batch.
   */
  private ListPage list(
      Caller caller,
      Operation operation,
      Side side,
      Set<ReferralStatus> statuses,
      ListRequest request) {
    policy.checkRole(caller, operation, RecordType.REFERRAL);
    String acting = policy.actingOrganisation(caller);
    Instant now = now();
    Organisation organisation =
        organisations
            .findByAlias(acting)
            .orElseThrow(() -> new RecordNotFoundException("Acting organisation"));
    ReferralRepository.Page found =
        referrals.list(side, organisation.id(), statuses, request.window());
    long total = referrals.countUpTo(side, organisation.id(), statuses, COUNT_CAP + 1);
    ConsentsInForce consents = consentsOf(found.rows(), now);
    referrals.readMessages(found.rows());
    Actor actor = side == Side.SENT ? Actor.REFERRER : Actor.RECEIVER;
    List<ReferralView> rows =
        found.rows().stream()
            .flatMap(
                referral ->
                    policy.rowOf(caller, acting, operation, referral, consents).stream()
                        .map(access -> listRow(access, referral, actor, consents, now)))
            .toList();
    return ListPage.of(request, found, rows, Math.min(total, COUNT_CAP), total > COUNT_CAP);
  }

  private ReferralView listRow(
      Access access, Referral referral, Actor actor, ConsentsInForce consents, Instant now) {
    Context context =
        new Context(consentActive(referral, consents), now, nextFor(referral, actor), List.of());
    if (access.masked()) {
      return ReferralView.masked(referral, context);
    }
    return ReferralView.of(referral, access, context);
  }

  /**
   * One referral. The first time someone at the receiving organisation opens it, it becomes SEEN
   * (the referrer can tell it has been looked at).
   */
  public ReferralView get(Caller caller, UUID id) {
    Referral referral = find(id);
    Access access = policy.toReferral(caller, Operation.REFERRAL_READ, referral);
    Actor actor = actorOf(access, referral);
    Instant now = now();
    if (actor == Actor.RECEIVER && !access.masked() && referral.status() == ReferralStatus.SENT) {
      try {
        seen.mark(id, caller.displayName(), now);
      } catch (PersistenceException someoneElseFirst) {
        LOG.log(Level.FINE, "Referral {0} was changed while being marked seen", id);
      }
      referrals.refresh(referral);
    }
    // How to communicate with the person comes first on the page about them: from their plan.
    CommunicationView communication =
        access.masked()
            ? null
            : plans.howToCommunicate(referral.personId()).map(CommunicationView::of).orElse(null);
    return view(
        access,
        referral,
        actor,
        consentsOf(List.of(referral), now),
        now,
        communication,
        relationships.consentForReferral(referral.id()).orElse(null));
  }

  /** Accepting puts the receiving organisation in the person's care team. */
  public ReferralView accept(Caller caller, UUID id, Long version, StatusUpdate update) {
    return change(
        caller,
        id,
        version,
        Operation.REFERRAL_DECIDE,
        (referral, now) -> {
          referral.accept(caller.displayName(), note(update), now);
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
        });
  }

  public ReferralView waitlist(Caller caller, UUID id, Long version, StatusUpdate update) {
    return change(
        caller,
        id,
        version,
        Operation.REFERRAL_DECIDE,
        (referral, now) -> referral.waitlist(caller.displayName(), note(update), now));
  }

  public ReferralView decline(Caller caller, UUID id, Long version, StatusUpdate update) {
    return change(
        caller,
        id,
        version,
        Operation.REFERRAL_DECIDE,
        (referral, now) ->
            referral.decline(
                update == null ? null : update.reason, note(update), caller.displayName(), now));
  }

  public ReferralView start(Caller caller, UUID id, Long version, StatusUpdate update) {
    return change(
        caller,
        id,
        version,
        Operation.REFERRAL_UPDATE,
        (referral, now) -> referral.start(caller.displayName(), note(update), now));
  }

  public ReferralView complete(Caller caller, UUID id, Long version, StatusUpdate update) {
    return change(
        caller,
        id,
        version,
        Operation.REFERRAL_UPDATE,
        (referral, now) ->
            referral.complete(update == null ? null : update.outcome, caller.displayName(), now));
  }

  public ReferralView didNotEngage(Caller caller, UUID id, Long version, StatusUpdate update) {
    return change(
        caller,
        id,
        version,
        Operation.REFERRAL_UPDATE,
        (referral, now) -> referral.didNotEngage(caller.displayName(), note(update), now));
  }

  public ReferralView withdraw(Caller caller, UUID id, Long version, StatusUpdate update) {
    return change(
        caller,
        id,
        version,
        Operation.REFERRAL_WITHDRAW,
        (referral, now) ->
            referral.withdraw(Actor.REFERRER, caller.displayName(), note(update), now));
  }

  public ReferralView enteredInError(Caller caller, UUID id, Long version, StatusUpdate update) {
    return change(
        caller,
        id,
        version,
        Operation.REFERRAL_ENTERED_IN_ERROR,
        (referral, now) -> referral.enteredInError(caller.displayName(), note(update), now));
  }

  /** The person's own referrals, newest first. */
  public List<ReferralView> mine(Caller caller) {
    Person person = ownRecord(caller, Operation.ME_REFERRALS);
    Access access =
        policy.toPerson(caller, Operation.ME_REFERRALS, person.id(), RecordType.REFERRAL);
    Instant now = now();
    List<Referral> about =
        referrals.about(person.id()).stream()
            .filter(referral -> referral.status() != ReferralStatus.DRAFT)
            .toList();
    about.forEach(referral -> access.record(RecordType.REFERRAL, referral.id()));
    referrals.flush();
    ConsentsInForce consents = consentsOf(about, now);
    referrals.readMessages(about);
    return about.stream()
        .map(referral -> view(access, referral, Actor.PERSON, consents, now, null, null))
        .toList();
  }

  /** The person withdraws a referral about them: they no longer want it. */
  public ReferralView withdrawMine(Caller caller, UUID id, Long version, StatusUpdate update) {
    Person person = ownRecord(caller, Operation.ME_REFERRAL_WITHDRAW);
    Access access =
        policy.toPerson(caller, Operation.ME_REFERRAL_WITHDRAW, person.id(), RecordType.REFERRAL);
    Referral referral =
        referrals
            .findForChange(id)
            .filter(r -> r.person().id().equals(person.id()))
            .filter(r -> r.status() != ReferralStatus.DRAFT)
            .orElseThrow(() -> new RecordNotFoundException("Referral"));
    checkVersion(referral, version);
    Instant now = now();
    referral.withdraw(Actor.PERSON, caller.displayName(), note(update), now);
    relationships.referralChanged(referral.id(), referral.closed(), now);
    referrals.flush();
    notices.changed(referral, now);
    changes.fire(new ReferralChanged(referral.id(), referral.status(), now));
    access.record(RecordType.REFERRAL, referral.id());
    return view(access, referral, Actor.PERSON, now);
  }

  /**
   * A member of the referring or receiving organisation writes a message on the referral; the other
   * parties are told there is one. With an idempotency key, a retry answers with the referral as
   * the first one left it and writes nothing.
   */
  public Submitted write(
      Caller caller, String callerEmail, UUID id, NewMessage message, String idempotencyKey) {
    Referral referral = findForChange(id);
    Access access = policy.toReferral(caller, Operation.REFERRAL_MESSAGE, referral);
    return written(
        caller,
        callerEmail,
        access,
        referral,
        actorOf(access, referral),
        message,
        idempotencyKey,
        Operation.REFERRAL_MESSAGE);
  }

  /** The person writes a message on a referral about them. */
  public Submitted writeMine(
      Caller caller, String callerEmail, UUID id, NewMessage message, String idempotencyKey) {
    Person person = ownRecord(caller, Operation.ME_REFERRAL_MESSAGE);
    Access access =
        policy.toPerson(caller, Operation.ME_REFERRAL_MESSAGE, person.id(), RecordType.REFERRAL);
    Referral referral =
        referrals
            .findForChange(id)
            .filter(r -> r.person().id().equals(person.id()))
            .filter(r -> r.status() != ReferralStatus.DRAFT)
            .orElseThrow(() -> new RecordNotFoundException("Referral"));
    return written(
        caller,
        callerEmail,
        access,
        referral,
        Actor.PERSON,
        message,
        idempotencyKey,
        Operation.ME_REFERRAL_MESSAGE);
  }

  private Submitted written(
      Caller caller,
      String callerEmail,
      Access access,
      Referral referral,
      Actor actor,
      NewMessage message,
      String idempotencyKey,
      Operation operation) {
    Instant now = now();
    Optional<Submitted> replay =
        replay(
            caller,
            idempotencyKey,
            message.fingerprint(referral.id()),
            referral.id(),
            now,
            operation);
    if (replay.isPresent()) {
      return replay.get();
    }
    Message written = referral.write(actor, caller.displayName(), message.text, now);
    referrals.flush();
    notices.message(referral, written, callerEmail, caller.username(), now);
    access.record(RecordType.REFERRAL, referral.id());
    return new Submitted(view(access, referral, actor, now), true);
  }

  private interface Change {
    void apply(Referral referral, Instant now);
  }

  /**
   * One change of a referral by a member of an organisation: allowed by the policy, made to the
   * version the caller saw, written at once (so that a change someone made at the same moment is
   * refused here, not lost), audited and told.
   */
  private ReferralView change(
      Caller caller, UUID id, Long version, Operation operation, Change change) {
    Referral referral = findForChange(id);
    Access access = policy.toReferral(caller, operation, referral);
    checkVersion(referral, version);
    Instant now = now();
    change.apply(referral, now);
    relationships.referralChanged(referral.id(), referral.closed(), now);
    referrals.flush();
    notices.changed(referral, now);
    changes.fire(new ReferralChanged(referral.id(), referral.status(), now));
    return view(access, referral, actorOf(access, referral), now);
  }

  /** The consent, the service's capacity and the notices that follow a referral being sent. */
  /**
   * Writes a new referral with everything that goes with it in one round trip: its timeline, the
   * person's agreement to share with the receiver and the notices of a sent one, and the audit row.
   * A service with a most open referrals then counts them under its lock (three statements more).
   */
  private void write(Referral referral, Consent agreed, Access access, Instant now) {
    List<Insert> alongside = new ArrayList<>();
    if (agreed != null) {
      alongside.add(RelationshipRepository.insertOf(agreed));
      alongside.addAll(notices.changedInserts(referral, now));
    }
    access.recordInsert(RecordType.REFERRAL, referral.id()).ifPresent(alongside::add);
    referrals.addWith(referral, alongside);
    if (agreed != null) {
      waitlistWhenFull(referral.service());
    }
  }

  /** The person's agreement to share the referral with its receiver, as they chose it. */
  private static Consent agreement(
      Referral referral, String by, Organisation referring, ConsentTerm term, Instant now) {
    return new Consent(
        referral.person().id(),
        referral.service().organisation(),
        Consent.Scope.REFERRAL,
        referral.id(),
        by,
        referring,
        term,
        now);
  }

  /** Records the person's agreement to share with the receiver, and tells whoever needs to know. */
  private Consent afterSending(
      Referral referral, String by, Organisation referring, ConsentTerm term, Instant now) {
    Consent agreed = agreement(referral, by, referring, term, now);
    relationships.add(agreed);
    waitlistWhenFull(referral.service());
    notices.changed(referral, now);
    return agreed;
  }

  private void waitlistWhenFull(Service service) {
    if (service.maxOpenReferrals().isPresent()) {
      services.lock(service);
      service.waitlistWhenFull(referrals.openFor(service.id()));
    }
  }

  private Optional<Submitted> replay(
      Caller caller,
      String idempotencyKey,
      String fingerprint,
      UUID id,
      Instant now,
      Operation operation) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      return Optional.empty();
    }
    if (idempotencyKey.length() > 200) {
      throw new InvalidInputException("Idempotency-Key", "Use a key of at most 200 characters");
    }
    return keys.claim(caller.username(), idempotencyKey.strip(), sha256(fingerprint), id, now)
        .map(
            earlier -> {
              if (!earlier.requestHash().equals(sha256(fingerprint))) {
                throw new IdempotencyKeyReusedException();
              }
              Referral referral = find(earlier.referralId());
              boolean own =
                  operation == Operation.ME_REFER || operation == Operation.ME_REFERRAL_MESSAGE;
              Access access =
                  own
                      ? policy.toPerson(caller, operation, referral.personId(), RecordType.REFERRAL)
                      : policy.toReferral(caller, Operation.REFERRAL_READ, referral);
              access.record(RecordType.REFERRAL, referral.id());
              Actor actor =
                  own
                      ? Actor.PERSON
                      : operation == Operation.REFERRAL_SEND
                          ? Actor.REFERRER
                          : actorOf(access, referral);
              return new Submitted(view(access, referral, actor, now), false);
            });
  }

  /** One referral after a change: its own agreement read with it. */
  private ReferralView view(Access access, Referral referral, Actor actor, Instant now) {
    return view(
        access,
        referral,
        actor,
        consentsOf(List.of(referral), now),
        now,
        null,
        relationships.consentForReferral(referral.id()).orElse(null));
  }

  private ReferralView view(
      Access access,
      Referral referral,
      Actor actor,
      ConsentsInForce consents,
      Instant now,
      CommunicationView communication,
      Consent consent) {
    List<Alternative> alternatives = List.of();
    if (actor == Actor.REFERRER
        && !access.masked()
        && (referral.status() == ReferralStatus.EXPIRED
            || referral.status() == ReferralStatus.DECLINED)) {
      alternatives =
          services
              .alternativesTo(
                  referral.service(), now.atZone(London.ZONE).toLocalDate(), ALTERNATIVES)
              .stream()
              .map(Alternative::of)
              .toList();
    }
    Context context =
        new Context(
            consentActive(referral, consents),
            now,
            nextFor(referral, actor),
            alternatives,
            consent,
            communication);
    return access.masked()
        ? ReferralView.masked(referral, context)
        : ReferralView.of(referral, access, context);
  }

  /** The changes the caller may make now: the lifecycle's, less what only the portal does. */
  private static Set<ReferralStatus> nextFor(Referral referral, Actor actor) {
    if (actor == null) {
      return Set.of();
    }
    Set<ReferralStatus> next = EnumSet.noneOf(ReferralStatus.class);
    next.addAll(Lifecycle.nextBy(referral.status(), actor));
    if (referral.selfReferral() && actor == Actor.PERSON) {
      next.retainAll(EnumSet.of(ReferralStatus.WITHDRAWN));
    }
    return next;
  }

  private static Actor actorOf(Access access, Referral referral) {
    String acting = access.actingOrganisation();
    if (acting == null) {
      return null;
    }
    if (referral.receivingOrganisation().alias().equals(acting)) {
      return Actor.RECEIVER;
    }
    return referral.referringOrganisation().filter(o -> o.alias().equals(acting)).isPresent()
        ? Actor.REFERRER
        : null;
  }

  private Person ownRecord(Caller caller, Operation operation) {
    policy.checkRole(caller, operation, RecordType.REFERRAL);
    return policy
        .ownRecord(caller)
        .flatMap(people::find)
        .orElseThrow(() -> new RecordNotFoundException("Person"));
  }

  private static void checkVersion(Referral referral, Long version) {
    if (Versions.required(version) != referral.version()) {
      throw new StaleReferralException();
    }
  }

  private static String note(StatusUpdate update) {
    return update == null ? null : update.note;
  }

  /** Whether the person's consent to share with the referral's receiver is still in force. */
  private static boolean consentActive(Referral referral, ConsentsInForce consents) {
    return referral.status() == ReferralStatus.DRAFT
        || consents.covers(referral.person().id(), referral.receivingOrganisation().alias());
  }

  private ConsentsInForce consentsOf(List<Referral> rows, Instant now) {
    return relationships.consentsInForce(
        rows.stream().map(referral -> referral.person().id()).collect(Collectors.toSet()), now);
  }

  private Service service(UUID id) {
    return services
        .find(id)
        .orElseThrow(() -> new InvalidInputException("serviceId", "No such service"));
  }

  private Referral findForChange(UUID id) {
    return referrals.findForChange(id).orElseThrow(() -> new RecordNotFoundException("Referral"));
  }

  private Referral find(UUID id) {
    return referrals.find(id).orElseThrow(() -> new RecordNotFoundException("Referral"));
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
