package org.openneighbourhood.portal.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A referral as the API shows it; status is SENT, ACCEPTED or DECLINED in this slice. */
public record Referral(
    UUID id,
    String status,
    Person person,
    UUID serviceId,
    String serviceName,
    UUID receivingOrganisationId,
    String receivingOrganisationName,
    UUID referringOrganisationId,
    String referringOrganisationName,
    String referredBy,
    String reason,
    String whatMattersToMe,
    String urgency,
    boolean consentToShare,
    Instant sentAt,
    Instant decidedAt,
    String declineReason,
    String declineNote,
    List<TimelineEntry> timeline,
    boolean consentActive) {

  public boolean isUndecided() {
    return "SENT".equals(status);
  }

  public List<TimelineEntry> timelineOrEmpty() {
    return timeline == null ? List.of() : timeline;
  }
}
