package org.openneighbourhood.api.referral.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.directory.entity.Capacity;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.person.boundary.PersonView;
import org.openneighbourhood.api.person.entity.CommunicationNeed;
import org.openneighbourhood.api.person.entity.HowToCommunicate;
import org.openneighbourhood.api.person.entity.PreferredContact;
import org.openneighbourhood.api.referral.entity.Actor;
import org.openneighbourhood.api.referral.entity.DeclineReason;
import org.openneighbourhood.api.referral.entity.Message;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.referral.entity.StatusChange;
import org.openneighbourhood.api.referral.entity.Urgency;
import org.openneighbourhood.api.relationship.entity.Consent;

/**
 * A referral as the API shows it. {@code version} is also the ETag: send it back in If-Match to
 * change the referral. {@code nextStatuses} are the changes the caller may make now; {@code
 * alternatives} are other services taking referrals in the same categories, offered to the referrer
 * once a referral has expired or been declined. The deadline is read two ways: {@code respondBy}
 * for machines (the answer is on time strictly before it), {@code answerBy} for people (the last
 * working day on which it is on time, the day the portal and the e-mails name).
 */
public record ReferralView(
    UUID id,
    long version,
    ReferralStatus status,
    PersonView person,
    UUID serviceId,
    String serviceName,
    UUID receivingOrganisationId,
    String receivingOrganisationName,
    UUID referringOrganisationId,
    String referringOrganisationName,
    boolean selfReferral,
    String referredBy,
    String reason,
    String whatMattersToMe,
    UUID goalId,
    Urgency urgency,
    boolean consentToShare,
    Instant createdAt,
    Instant sentAt,
    @Schema(
            description =
                "When the time to answer ends, for machines: an answer is on time strictly before"
                    + " this instant (the midnight in London that ends answerBy); null until sent")
        Instant respondBy,
    @Schema(
            description =
                "The last working day, in London, on which an answer is on time: the day to show"
                    + " people (\"Answer by Friday 18 December 2026\"), never respondBy's own"
                    + " calendar day, which is the day after; null until sent")
        LocalDate answerBy,
    @Schema(
            description =
                "Waiting for an answer and the deadline has come: now is at or after respondBy")
        boolean overdue,
    Instant decidedAt,
    DeclineReason declineReason,
    String declineNote,
    String outcome,
    List<TimelineEntry> timeline,
    boolean consentActive,
    @Schema(
            description =
                "The last day, in London, on which the person's agreement to share this referral"
                    + " runs (or ran); for one that ends with the referral, the latest it can run;"
                    + " null in lists and for a draft")
        LocalDate consentUntil,
    @Schema(
            description =
                "Whether the person agreed to share this referral only until it is closed; null in"
                    + " lists and for a draft")
        Boolean consentUntilReferralEnds,
    Set<ReferralStatus> nextStatuses,
    List<Alternative> alternatives,
    @Schema(
            description =
                "How to communicate with the person (the Accessible Information Standard's needs,"
                    + " coded, their preferred contact and their own words), from their plan's"
                    + " About me; on a single referral only, null when withheld or none is recorded")
        CommunicationView communication) {

  /** How to communicate with the person, first on every page about them. */
  public record CommunicationView(
      List<CommunicationNeed> needs, PreferredContact preferredContact, String inTheirWords) {

    /** What the person's About me says about communicating with them. */
    public static CommunicationView of(HowToCommunicate how) {
      return new CommunicationView(
          how.needs(), how.preferredContact().orElse(null), how.inTheirWords());
    }
  }

  /**
   * One entry of the timeline: a change of status, or a message one of the parties wrote. Entries
   * are in the order they happened.
   */
  public record TimelineEntry(
      @Schema(description = "STATUS_CHANGE (status set, perhaps a note) or MESSAGE (message set)")
          Kind kind,
      @Schema(description = "The status the referral moved to; null for a message")
          ReferralStatus status,
      Instant at,
      String by,
      Actor actor,
      String organisationName,
      String note,
      @Schema(
              description =
                  "A message's text; null for a status change, and null (withheld) where the"
                      + " referral's other free text is withheld")
          String message) {

    /** What an entry records. */
    public enum Kind {
      STATUS_CHANGE,
      MESSAGE
    }

    static TimelineEntry of(StatusChange change, boolean withNote) {
      return new TimelineEntry(
          Kind.STATUS_CHANGE,
          change.status(),
          change.at(),
          change.by(),
          change.actor(),
          change.organisationName().orElse(null),
          withNote ? change.note().orElse(null) : null,
          null);
    }

    static TimelineEntry of(Message message, boolean withText) {
      return new TimelineEntry(
          Kind.MESSAGE,
          null,
          message.at(),
          message.by(),
          message.actor(),
          message.organisationName().orElse(null),
          null,
          withText ? message.text() : null);
    }

    /**
     * The status changes and the messages in the order they happened; a status change before a
     * message written at the same instant.
     */
    static List<TimelineEntry> of(Referral referral, boolean whole, boolean messages) {
      Stream<TimelineEntry> entries = referral.timeline().stream().map(change -> of(change, whole));
      if (messages) {
        entries =
            Stream.concat(entries, referral.messages().stream().map(message -> of(message, whole)));
      }
      return entries.sorted(Comparator.comparing(TimelineEntry::at)).toList();
    }
  }

  /** Another service the referrer could try. */
  public record Alternative(
      UUID serviceId, String serviceName, String organisationName, Capacity capacity) {

    public static Alternative of(Service service) {
      return new Alternative(
          service.id(), service.name(), service.organisation().name(), service.capacity());
    }
  }

  /**
   * What a view shows beyond the referral itself; {@code messages} false leaves the parties'
   * messages out of its timeline (the FHIR API's resources show its changes of status only, so it
   * need not read them).
   */
  public record Context(
      boolean consentActive,
      Instant now,
      Set<ReferralStatus> nextStatuses,
      List<Alternative> alternatives,
      Consent consent,
      CommunicationView communication,
      boolean messages) {

    public Context(
        boolean consentActive,
        Instant now,
        Set<ReferralStatus> nextStatuses,
        List<Alternative> alternatives,
        Consent consent,
        CommunicationView communication) {
      this(consentActive, now, nextStatuses, alternatives, consent, communication, true);
    }

    /** Without the referral's own agreement (lists, which show only whether one is in force). */
    public Context(
        boolean consentActive,
        Instant now,
        Set<ReferralStatus> nextStatuses,
        List<Alternative> alternatives) {
      this(consentActive, now, nextStatuses, alternatives, null, null);
    }

    /** The same, with the timeline's changes of status only. */
    public Context withoutMessages() {
      return new Context(
          consentActive, now, nextStatuses, alternatives, consent, communication, false);
    }
  }

  /**
   * The referral without the person: who they are, why they were referred and what matters to them
   * are withheld, because the person's consent to share with the caller's organisation is no longer
   * active. What happened to the referral stays visible.
   */
  public static ReferralView masked(Referral referral, Context context) {
    return build(referral, PersonView.hidden(), false, context);
  }

  /**
   * @param access the access that decided the request, which decides the person's sensitive fields
   */
  public static ReferralView of(Referral referral, Access access, Context context) {
    return build(referral, PersonView.of(referral.person(), access), true, context);
  }

  private static ReferralView build(
      Referral referral, PersonView person, boolean whole, Context context) {
    Organisation referring = referral.referringOrganisation().orElse(null);
    return new ReferralView(
        referral.id(),
        referral.version(),
        referral.status(),
        person,
        referral.service().id(),
        referral.service().name(),
        referral.receivingOrganisation().id(),
        referral.receivingOrganisation().name(),
        referring == null ? null : referring.id(),
        referring == null ? null : referring.name(),
        referral.selfReferral(),
        referral.referredBy(),
        whole ? referral.reason() : null,
        whole ? referral.whatMattersToMe().orElse(null) : null,
        whole ? referral.goalId().orElse(null) : null,
        referral.urgency(),
        referral.consentToShare(),
        referral.createdAt(),
        referral.sentAt().orElse(null),
        referral.respondBy().orElse(null),
        referral.answerBy().orElse(null),
        referral.isOverdue(context.now()),
        referral.decidedAt().orElse(null),
        referral.declineReason().orElse(null),
        whole ? referral.declineNote().orElse(null) : null,
        whole ? referral.outcome().orElse(null) : null,
        TimelineEntry.of(referral, whole, context.messages()),
        context.consentActive(),
        context.consent() == null ? null : context.consent().lastDay(),
        context.consent() == null ? null : context.consent().endsWithReferral(),
        context.nextStatuses(),
        context.alternatives(),
        whole ? context.communication() : null);
  }
}
