package org.openneighbourhood.api.referral.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.person.boundary.PersonView;
import org.openneighbourhood.api.referral.entity.DeclineReason;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.referral.entity.StatusChange;
import org.openneighbourhood.api.referral.entity.Urgency;

public record ReferralView(
    UUID id,
    ReferralStatus status,
    PersonView person,
    UUID serviceId,
    String serviceName,
    UUID receivingOrganisationId,
    String receivingOrganisationName,
    UUID referringOrganisationId,
    String referringOrganisationName,
    String referredBy,
    String reason,
    String whatMattersToMe,
    Urgency urgency,
    boolean consentToShare,
    Instant sentAt,
    Instant decidedAt,
    DeclineReason declineReason,
    String declineNote,
    List<TimelineEntry> timeline,
    boolean consentActive) {

  public record TimelineEntry(
      ReferralStatus status, Instant at, String by, String organisationName, String note) {

    static TimelineEntry of(StatusChange change) {
      return new TimelineEntry(
          change.status(),
          change.at(),
          change.by(),
          change.organisationName(),
          change.note().orElse(null));
    }
  }

  /**
   * The referral without the person: who they are, why they were referred and what matters to them
   * are withheld, because the person's consent to share with the caller's organisation is no longer
   * active. What happened to the referral stays visible.
   */
  public static ReferralView masked(Referral referral, boolean consentActive) {
    return new ReferralView(
        referral.id(),
        referral.status(),
        PersonView.hidden(),
        referral.service().id(),
        referral.service().name(),
        referral.receivingOrganisation().id(),
        referral.receivingOrganisation().name(),
        referral.referringOrganisation().id(),
        referral.referringOrganisation().name(),
        referral.referredBy(),
        null,
        null,
        referral.urgency(),
        referral.consentToShare(),
        referral.sentAt(),
        referral.decidedAt().orElse(null),
        referral.declineReason().orElse(null),
        null,
        referral.timeline().stream()
            .map(t -> new TimelineEntry(t.status(), t.at(), t.by(), t.organisationName(), null))
            .toList(),
        consentActive);
  }

  /**
   * @param consentActive whether the person's consent to share with the receiving organisation is
   *     still in force; when it is not, the referral is flagged to everyone who follows it
   * @param access the access that decided the request, which decides the person's sensitive fields
   */
  public static ReferralView of(Referral referral, boolean consentActive, Access access) {
    return new ReferralView(
        referral.id(),
        referral.status(),
        PersonView.of(referral.person(), access),
        referral.service().id(),
        referral.service().name(),
        referral.receivingOrganisation().id(),
        referral.receivingOrganisation().name(),
        referral.referringOrganisation().id(),
        referral.referringOrganisation().name(),
        referral.referredBy(),
        referral.reason(),
        referral.whatMattersToMe().orElse(null),
        referral.urgency(),
        referral.consentToShare(),
        referral.sentAt(),
        referral.decidedAt().orElse(null),
        referral.declineReason().orElse(null),
        referral.declineNote().orElse(null),
        referral.timeline().stream().map(TimelineEntry::of).toList(),
        consentActive);
  }
}
