package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A referral as the API shows it. {@code version} goes back in If-Match with every change; {@code
 * nextStatuses} are the changes the signed-in user may make now, so pages offer exactly those.
 * Pages name the deadline by {@code answerBy}, the last working day on which an answer is on time;
 * {@code respondBy} is the instant that day ends (the next midnight in London), whose own calendar
 * day is the day after. {@code consentUntil} is the last day the person's agreement to share this
 * referral runs (null in lists); with {@code consentUntilReferralEnds} it ends when the referral is
 * closed.
 */
public record Referral(
    UUID id,
    long version,
    String status,
    Person person,
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
    String urgency,
    boolean consentToShare,
    Instant createdAt,
    Instant sentAt,
    Instant respondBy,
    LocalDate answerBy,
    boolean overdue,
    Instant decidedAt,
    String declineReason,
    String declineNote,
    String outcome,
    List<TimelineEntry> timeline,
    boolean consentActive,
    LocalDate consentUntil,
    Boolean consentUntilReferralEnds,
    List<String> nextStatuses,
    List<Alternative> alternatives,
    Communication communication)
    implements Serializable {

  /** Another service taking referrals, offered when this one expired or was declined. */
  public record Alternative(
      UUID serviceId, String serviceName, String organisationName, String capacity)
      implements Serializable {}

  /** Whether the signed-in user may move the referral to {@code status} now. */
  public boolean can(String status) {
    return nextStatuses != null && nextStatuses.contains(status);
  }

  /** Whether any of the given comma-separated statuses is open to the signed-in user. */
  public boolean canAny(String statuses) {
    for (String status : statuses.split(",")) {
      if (can(status.strip())) {
        return true;
      }
    }
    return false;
  }

  public boolean isDraft() {
    return "DRAFT".equals(status);
  }

  /** Sent and waiting for the receiving organisation's answer. */
  public boolean isAwaitingAnswer() {
    return "SENT".equals(status) || "SEEN".equals(status);
  }

  public List<TimelineEntry> timelineOrEmpty() {
    return timeline == null ? List.of() : timeline;
  }

  public List<Alternative> alternativesOrEmpty() {
    return alternatives == null ? List.of() : alternatives;
  }

  /** The If-Match value that says "change the referral as I saw it". */
  public String ifMatch() {
    return Versions.ifMatch(version);
  }
}
