package org.openneighbourhood.api.referral.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.openneighbourhood.api.access.entity.ReferralParties;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.TextLimits;
import org.openneighbourhood.api.time.entity.London;

/**
 * A request to an organisation's service to support a person: the aggregate at the heart of the
 * portal. It goes from any sector to any other, or from the person themselves to a service that
 * takes self-referrals.
 *
 * <p>Lifecycle: the table in {@link Lifecycle}. A referral starts as a {@link ReferralStatus#DRAFT}
 * ({@link #draft}) or is sent at once ({@link #send}); once sent, the receiving organisation must
 * answer by its {@link Deadline} or the referral expires. Each verb names who makes the change
 * ({@link Actor}); a change the table does not allow is refused with an {@link
 * InvalidTransitionException} that says why, and leaves the referral as it was. Every change,
 * including the first, is kept in the timeline with who made it, for which organisation, when and
 * why.
 *
 * <p>Once sent, the referrer, the receiver and the person may write short {@link Message}s on it
 * ({@link #write}), whatever its status: they are kept in order beside the timeline, never changed.
 *
 * <p>Which caller is the referrer, the receiver or the person is an access rule, worked out by the
 * access policy before a verb is called, not here.
 */
@Entity
@Table(name = "referral")
public class Referral implements ReferralParties {

  static final int MAX_TEXT = TextLimits.LONG;

  @Id private UUID id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "person_id")
  private Person person;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "service_id")
  private Service service;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "receiving_organisation_id")
  private Organisation receivingOrganisation;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "referring_organisation_id")
  private Organisation referringOrganisation;

  @Column(name = "self_referral", nullable = false)
  private boolean selfReferral;

  @Column(name = "referred_by", nullable = false)
  private String referredBy;

  @Column(name = "referrer_email")
  private String referrerEmail;

  @Column(nullable = false)
  private String reason;

  /** The goal of the person's plan this referral serves, if the referrer named one. */
  @Column(name = "goal_id")
  private UUID goalId;

  @Column(name = "what_matters_to_me")
  private String whatMattersToMe;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Urgency urgency;

  @Column(name = "consent_to_share", nullable = false)
  private boolean consentToShare;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReferralStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "respond_by")
  private Instant respondBy;

  @Column(name = "remind_at")
  private Instant remindAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "decline_reason")
  private DeclineReason declineReason;

  @Column(name = "decline_note")
  private String declineNote;

  @Column(name = "outcome")
  private String outcome;

  /** {@link ReferralStatus#listGroup()}: lists show group 0, then 1, then 2. */
  @Column(name = "list_group", nullable = false)
  private int listGroup;

  /**
   * The order within a group: referrals waiting for an answer by deadline (drafts by when they were
   * started), the rest most recently changed first. Kept here so one index serves every list at any
   * size.
   */
  @Column(name = "list_order", nullable = false)
  private long listOrder;

  // Batched: a list page reads every row's timeline in one statement.
  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 100)
  @CollectionTable(name = "referral_status_change", joinColumns = @JoinColumn(name = "referral_id"))
  @OrderColumn(name = "position")
  private List<StatusChange> timeline = new ArrayList<>();

  // Read when first asked for: a referral's view asks, the plan's referrals do not. A list reads
  // its page's messages in one statement (ReferralRepository#readMessages). A message is not a
  // change of the referral: writing one leaves its version, so nobody's answer turns stale.
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "referral_message", joinColumns = @JoinColumn(name = "referral_id"))
  @OrderColumn(name = "position")
  @OptimisticLock(excluded = true)
  private List<Message> messages = new ArrayList<>();

  @Version private long version;

  protected Referral() {}

  /**
   * What a referral asks, as its referrer gives it: for whom, to which service, from which
   * organisation (none for a self-referral) and by whom, why, and how urgently.
   */
  public record Request(
      Person person,
      Service service,
      Organisation referringOrganisation,
      String referredBy,
      String referrerEmail,
      String reason,
      String whatMattersToMe,
      Urgency urgency,
      UUID goalId) {}

  private Referral(UUID id, Request request, Instant createdAt) {
    this.id = id;
    this.person = Objects.requireNonNull(request.person());
    this.service = Objects.requireNonNull(request.service());
    this.receivingOrganisation = service.organisation();
    this.referringOrganisation = request.referringOrganisation();
    this.selfReferral = referringOrganisation == null;
    this.referredBy = Objects.requireNonNull(request.referredBy());
    this.referrerEmail = request.referrerEmail();
    this.reason = checkedReason(request.reason());
    this.whatMattersToMe = request.whatMattersToMe();
    this.urgency = request.urgency();
    this.goalId = request.goalId();
    this.status = ReferralStatus.DRAFT;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.listOrder = createdAt.getEpochSecond();
    if (urgency == null) {
      throw new InvalidInputException("urgency", "Choose how urgent the referral is");
    }
  }

  /** An organisation starts a referral to send later; nothing is shared until it is sent. */
  public static Referral draft(UUID id, Request request, Instant at) {
    Organisation referring = Objects.requireNonNull(request.referringOrganisation());
    Referral referral = new Referral(id, request, at);
    referral.timeline.add(
        new StatusChange(
            ReferralStatus.DRAFT,
            at,
            request.referredBy(),
            Actor.REFERRER,
            referring.name(),
            null));
    return referral;
  }

  /**
   * An organisation sends a referral. Refused when the person has not agreed to share, the reason
   * is missing or too long, or the service has paused referrals.
   */
  public static Referral send(
      UUID id, Request request, boolean consentToShare, Deadline deadline, Instant at) {
    Objects.requireNonNull(request.referringOrganisation());
    Referral referral = new Referral(id, request, at);
    referral.sendDraft(request.referredBy(), consentToShare, deadline, at);
    return referral;
  }

  /**
   * The person refers themselves to a service that takes self-referrals (checked when it is sent);
   * sending is their consent to share what they wrote with it.
   */
  public static Referral selfReferral(
      UUID id,
      Person person,
      Service service,
      String reason,
      String whatMattersToMe,
      Deadline deadline,
      Instant at) {
    String name = person.givenName() + " " + person.familyName();
    Referral referral =
        new Referral(
            id,
            new Request(
                person, service, null, name, null, reason, whatMattersToMe, Urgency.ROUTINE, null),
            at);
    referral.sendDraft(name, true, deadline, at);
    return referral;
  }

  /** The referrer changes a draft before sending it. */
  public void editDraft(String reason, Urgency urgency) {
    if (status != ReferralStatus.DRAFT) {
      throw new InvalidTransitionException(
          status,
          status,
          "Only a draft can be changed; a referral that is " + status.words() + " cannot");
    }
    if (urgency == null) {
      throw new InvalidInputException("urgency", "Choose how urgent the referral is");
    }
    this.reason = checkedReason(reason);
    this.urgency = urgency;
  }

  /** The referrer sends a draft: the receiving organisation's deadline starts. */
  public void sendDraft(String by, boolean consentToShare, Deadline deadline, Instant at) {
    Lifecycle.check(status, ReferralStatus.SENT, selfReferral ? Actor.PERSON : Actor.REFERRER);
    if (!consentToShare) {
      throw new InvalidInputException(
          "consentToShare", "The person must agree to share their details with the service");
    }
    service.checkAcceptsReferral(at.atZone(London.ZONE).toLocalDate(), selfReferral);
    this.consentToShare = true;
    this.sentAt = Objects.requireNonNull(at);
    this.respondBy = deadline.respondBy();
    this.remindAt = deadline.remindAt();
    change(
        ReferralStatus.SENT,
        selfReferral ? Actor.PERSON : Actor.REFERRER,
        by,
        referrerOrganisationName(),
        null,
        at);
  }

  /** Someone at the receiving organisation opened the referral for the first time. */
  public boolean markSeen(String by, Instant at) {
    if (status != ReferralStatus.SENT) {
      return false;
    }
    change(ReferralStatus.SEEN, Actor.SYSTEM, by, receivingOrganisation.name(), null, at);
    return true;
  }

  /** The receiving organisation will work with the person. */
  public void accept(String by, String note, Instant at) {
    decide(ReferralStatus.ACCEPTED, by, note, at);
  }

  /** The receiving organisation will work with the person once it has room. */
  public void waitlist(String by, String note, Instant at) {
    decide(ReferralStatus.WAITLISTED, by, note, at);
  }

  /** The receiving organisation will not work with the person, and says why. */
  public void decline(DeclineReason reason, String note, String by, Instant at) {
    Lifecycle.check(status, ReferralStatus.DECLINED, Actor.RECEIVER);
    if (reason == null) {
      throw new InvalidInputException("reason", "Choose why the referral is declined");
    }
    String trimmed = checkedNote(note);
    if (reason == DeclineReason.OTHER && trimmed == null) {
      throw new InvalidInputException("note", "Say why the referral is declined");
    }
    this.declineReason = reason;
    this.declineNote = trimmed;
    decide(ReferralStatus.DECLINED, by, trimmed, at);
  }

  /** The receiving organisation has started working with the person. */
  public void start(String by, String note, Instant at) {
    change(
        ReferralStatus.IN_PROGRESS,
        Actor.RECEIVER,
        by,
        receivingOrganisation.name(),
        checkedNote(note),
        at);
  }

  /** The receiving organisation has finished, and says what came of it. */
  public void complete(String outcome, String by, Instant at) {
    Lifecycle.check(status, ReferralStatus.COMPLETED, Actor.RECEIVER);
    String trimmed = checkedText("outcome", outcome);
    if (trimmed == null) {
      throw new InvalidInputException("outcome", "Say what came of the referral");
    }
    this.outcome = trimmed;
    change(ReferralStatus.COMPLETED, Actor.RECEIVER, by, receivingOrganisation.name(), null, at);
  }

  /** The person did not take the service up. */
  public void didNotEngage(String by, String note, Instant at) {
    change(
        ReferralStatus.DID_NOT_ENGAGE,
        Actor.RECEIVER,
        by,
        receivingOrganisation.name(),
        checkedNote(note),
        at);
  }

  /** The referrer, or the person, no longer wants the referral. */
  public void withdraw(Actor actor, String by, String note, Instant at) {
    if (actor != Actor.REFERRER && actor != Actor.PERSON) {
      throw new IllegalArgumentException("Only the referrer or the person withdraws");
    }
    change(
        ReferralStatus.WITHDRAWN,
        actor,
        by,
        actor == Actor.PERSON ? null : referrerOrganisationName(),
        checkedNote(note),
        at);
  }

  /** The referrer says the referral was never valid (wrong person, sent by mistake). */
  public void enteredInError(String by, String note, Instant at) {
    Lifecycle.check(status, ReferralStatus.ENTERED_IN_ERROR, Actor.REFERRER);
    String trimmed = checkedNote(note);
    if (trimmed == null) {
      throw new InvalidInputException("note", "Say why the referral was entered in error");
    }
    change(
        ReferralStatus.ENTERED_IN_ERROR,
        Actor.REFERRER,
        by,
        referrerOrganisationName(),
        trimmed,
        at);
  }

  /**
   * One of the parties writes a message on the referral: 1 to {@value Message#MAX_TEXT} characters
   * once trimmed. Refused on a draft, which nobody but its referrer can see yet.
   *
   * @param actor the party writing: the referrer, the receiver or the person
   */
  public Message write(Actor actor, String by, String text, Instant at) {
    String organisationName =
        switch (actor) {
          case REFERRER -> referrerOrganisationName();
          case RECEIVER -> receivingOrganisation.name();
          case PERSON -> null;
          case SYSTEM -> throw new IllegalArgumentException("The portal writes no messages");
        };
    if (status == ReferralStatus.DRAFT) {
      throw new InvalidTransitionException(
          status, status, "A message can be written once the referral is sent, not on a draft");
    }
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidInputException("text", "Enter a message");
    }
    if (trimmed.length() > Message.MAX_TEXT) {
      throw new InvalidInputException(
          "text", "The message must be " + Message.MAX_TEXT + " characters or fewer");
    }
    Message message = new Message(Objects.requireNonNull(at), by, actor, organisationName, trimmed);
    messages.add(message);
    return message;
  }

  /** Nobody answered by the deadline. */
  public void expire(Instant at) {
    change(
        ReferralStatus.EXPIRED,
        Actor.SYSTEM,
        "Neighbourhood portal",
        null,
        "No answer by the response deadline",
        at);
  }

  /** The receiving organisation was reminded of the deadline. */
  public void reminded(Instant at) {
    this.remindedAt = Objects.requireNonNull(at);
  }

  /**
   * Waiting for an answer and past the deadline at {@code now}: from {@code respondBy} on, the
   * moment scheduled work expires it.
   */
  public boolean isOverdue(Instant now) {
    return status.isAwaitingAnswer() && respondBy != null && Deadlines.isPast(respondBy, now);
  }

  private void decide(ReferralStatus decision, String by, String note, Instant at) {
    change(decision, Actor.RECEIVER, by, receivingOrganisation.name(), checkedNote(note), at);
    if (decidedAt == null) {
      decidedAt = at;
    }
  }

  private void change(
      ReferralStatus to, Actor actor, String by, String organisationName, String note, Instant at) {
    Lifecycle.check(status, to, actor);
    this.status = to;
    this.timeline.add(
        new StatusChange(to, Objects.requireNonNull(at), by, actor, organisationName, note));
    this.listGroup = to.listGroup();
    if (listGroup == 0 && respondBy != null) {
      this.listOrder = respondBy.getEpochSecond();
    } else if (listGroup > 0) {
      this.listOrder = -at.getEpochSecond();
    }
  }

  private String referrerOrganisationName() {
    return referringOrganisation == null ? null : referringOrganisation.name();
  }

  private static String checkedReason(String reason) {
    String trimmed = checkedText("reason", reason);
    if (trimmed == null) {
      throw new InvalidInputException("reason", "Enter the reason for the referral");
    }
    return trimmed;
  }

  private static String checkedNote(String note) {
    return checkedText("note", note);
  }

  private static String checkedText(String field, String text) {
    String trimmed = text == null || text.isBlank() ? null : text.strip();
    if (trimmed != null && trimmed.length() > MAX_TEXT) {
      throw new InvalidInputException(field, "Use at most " + MAX_TEXT + " characters");
    }
    return trimmed;
  }

  public Organisation receivingOrganisation() {
    return receivingOrganisation;
  }

  @Override
  public UUID id() {
    return id;
  }

  public Person person() {
    return person;
  }

  @Override
  public UUID personId() {
    return person.id();
  }

  @Override
  public String receiverAlias() {
    return receivingOrganisation.alias();
  }

  @Override
  public Optional<String> senderAlias() {
    return referringOrganisation().map(Organisation::alias);
  }

  @Override
  public boolean sent() {
    return status != ReferralStatus.DRAFT;
  }

  public Service service() {
    return service;
  }

  /** The organisation that referred; empty for a self-referral. */
  public Optional<Organisation> referringOrganisation() {
    return Optional.ofNullable(referringOrganisation);
  }

  public boolean selfReferral() {
    return selfReferral;
  }

  public String referredBy() {
    return referredBy;
  }

  public Optional<String> referrerEmail() {
    return Optional.ofNullable(referrerEmail);
  }

  public String reason() {
    return reason;
  }

  public Optional<UUID> goalId() {
    return Optional.ofNullable(goalId);
  }

  public Optional<String> whatMattersToMe() {
    return Optional.ofNullable(whatMattersToMe);
  }

  public Urgency urgency() {
    return urgency;
  }

  public boolean consentToShare() {
    return consentToShare;
  }

  public ReferralStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** Where it sorts in a list: {@link #listGroup()} first, then this. */
  public int listGroup() {
    return listGroup;
  }

  public long listOrder() {
    return listOrder;
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }

  public Optional<Instant> respondBy() {
    return Optional.ofNullable(respondBy);
  }

  /** The last working day, in London, on which an answer is on time; what people are told. */
  public Optional<LocalDate> answerBy() {
    return respondBy().map(Deadlines::lastDayToAnswer);
  }

  public Optional<Instant> remindAt() {
    return Optional.ofNullable(remindAt);
  }

  public Optional<Instant> remindedAt() {
    return Optional.ofNullable(remindedAt);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<DeclineReason> declineReason() {
    return Optional.ofNullable(declineReason);
  }

  public Optional<String> declineNote() {
    return Optional.ofNullable(declineNote);
  }

  public Optional<String> outcome() {
    return Optional.ofNullable(outcome);
  }

  public boolean closed() {
    return status.isClosed();
  }

  public List<StatusChange> timeline() {
    return List.copyOf(timeline);
  }

  /** The messages written on the referral, oldest first. */
  public List<Message> messages() {
    return List.copyOf(messages);
  }

  public long version() {
    return version;
  }
}
