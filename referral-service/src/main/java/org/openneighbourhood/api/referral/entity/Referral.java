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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * A request from one organisation to another organisation's service to support a person: the
 * aggregate at the heart of the portal.
 *
 * <p>Lifecycle: a referral is created by {@link #send} and starts {@link ReferralStatus#SENT},
 * waiting for the receiving organisation (the organisation that offers the service). That
 * organisation decides once: {@link #accept} moves it to {@link ReferralStatus#ACCEPTED}, {@link
 * #decline} to {@link ReferralStatus#DECLINED} with a coded reason (and a note when the reason is
 * {@link DeclineReason#OTHER}). A decided referral cannot be decided again; any other change is
 * refused with an {@link InvalidTransitionException} and leaves the referral as it was.
 *
 * <p>Sending requires the person's consent to share and a service that is not paused. The reason is
 * the referrer's plain words; what matters to the person is copied from their plan at sending, so
 * the receiver sees what the referrer saw. Every status change, including the first, is kept in the
 * timeline with who made it, for which organisation, when and why.
 *
 * <p>Who may decide (the receiving organisation's staff) is an access rule, checked by the access
 * policy before a verb is called, not here.
 */
@Entity
@Table(name = "referral")
public class Referral {

  static final int MAX_TEXT = 2000;

  @Id private UUID id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "person_id")
  private Person person;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "service_id")
  private Service service;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "referring_organisation_id")
  private Organisation referringOrganisation;

  @Column(name = "referred_by", nullable = false)
  private String referredBy;

  @Column(nullable = false)
  private String reason;

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

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "decline_reason")
  private DeclineReason declineReason;

  @Column(name = "decline_note")
  private String declineNote;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "referral_status_change", joinColumns = @JoinColumn(name = "referral_id"))
  @OrderColumn(name = "position")
  private List<StatusChange> timeline = new ArrayList<>();

  @Version private long version;

  protected Referral() {}

  private Referral(
      UUID id,
      Person person,
      Service service,
      Organisation referringOrganisation,
      String referredBy,
      String reason,
      String whatMattersToMe,
      Urgency urgency,
      Instant sentAt) {
    this.id = id;
    this.person = person;
    this.service = service;
    this.referringOrganisation = referringOrganisation;
    this.referredBy = referredBy;
    this.reason = reason;
    this.whatMattersToMe = whatMattersToMe;
    this.urgency = urgency;
    this.consentToShare = true;
    this.status = ReferralStatus.SENT;
    this.sentAt = sentAt;
    this.timeline.add(
        new StatusChange(
            ReferralStatus.SENT, sentAt, referredBy, referringOrganisation.name(), null));
  }

  /**
   * Sends a referral. Refuses it when the person has not agreed to share, the reason is missing or
   * too long, or the service has paused referrals.
   */
  public static Referral send(
      Person person,
      Service service,
      Organisation referringOrganisation,
      String referredBy,
      String reason,
      String whatMattersToMe,
      Urgency urgency,
      boolean consentToShare,
      Instant at) {
    if (!consentToShare) {
      throw new InvalidInputException(
          "consentToShare", "The person must agree to share their details with the service");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "Enter the reason for the referral");
    }
    if (reason.length() > MAX_TEXT) {
      throw new InvalidInputException("reason", "Use at most " + MAX_TEXT + " characters");
    }
    if (urgency == null) {
      throw new InvalidInputException("urgency", "Choose how urgent the referral is");
    }
    if (!service.acceptsReferrals()) {
      throw new ServiceNotAcceptingException();
    }
    return new Referral(
        UUID.randomUUID(),
        Objects.requireNonNull(person),
        service,
        Objects.requireNonNull(referringOrganisation),
        Objects.requireNonNull(referredBy),
        reason,
        whatMattersToMe,
        urgency,
        Objects.requireNonNull(at));
  }

  /** The receiving organisation will work with the person. */
  public void accept(String by, Instant at) {
    requireUndecided(ReferralStatus.ACCEPTED);
    decide(ReferralStatus.ACCEPTED, by, at, null);
  }

  /** The receiving organisation will not work with the person, and says why. */
  public void decline(DeclineReason reason, String note, String by, Instant at) {
    requireUndecided(ReferralStatus.DECLINED);
    if (reason == null) {
      throw new InvalidInputException("reason", "Choose why the referral is declined");
    }
    String trimmed = note == null || note.isBlank() ? null : note.strip();
    if (reason == DeclineReason.OTHER && trimmed == null) {
      throw new InvalidInputException("note", "Say why the referral is declined");
    }
    if (trimmed != null && trimmed.length() > MAX_TEXT) {
      throw new InvalidInputException("note", "Use at most " + MAX_TEXT + " characters");
    }
    this.declineReason = reason;
    this.declineNote = trimmed;
    decide(ReferralStatus.DECLINED, by, at, trimmed);
  }

  private void requireUndecided(ReferralStatus target) {
    if (status != ReferralStatus.SENT) {
      throw new InvalidTransitionException(status, target);
    }
  }

  private void decide(ReferralStatus decision, String by, Instant at, String note) {
    this.status = decision;
    this.decidedAt = Objects.requireNonNull(at);
    this.timeline.add(
        new StatusChange(
            decision, at, Objects.requireNonNull(by), receivingOrganisation().name(), note));
  }

  public Organisation receivingOrganisation() {
    return service.organisation();
  }

  public UUID id() {
    return id;
  }

  public Person person() {
    return person;
  }

  public Service service() {
    return service;
  }

  public Organisation referringOrganisation() {
    return referringOrganisation;
  }

  public String referredBy() {
    return referredBy;
  }

  public String reason() {
    return reason;
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

  public Instant sentAt() {
    return sentAt;
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

  public List<StatusChange> timeline() {
    return List.copyOf(timeline);
  }
}
