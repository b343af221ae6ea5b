package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A directory entry; capacity is ACCEPTING, WAITLIST or PAUSED (until reopensOn, when known).
 * typicalResponseDays and acceptanceRatePercent are null until the service has answered enough
 * referrals for them to mean something. A service that takes no referrals (acceptsReferrals false)
 * is signpost only, or takes self-referrals only; a stale one has not been confirmed for longer
 * than the directory allows and may have stopped; a retired one (retiredAt set) has been taken out
 * of the directory by its organisation.
 */
public record Service(
    UUID id,
    String name,
    String description,
    UUID organisationId,
    String organisationName,
    List<String> categories,
    List<UUID> categoryIds,
    String capacity,
    LocalDate reopensOn,
    Integer maxOpenReferrals,
    int responseDays,
    boolean acceptsReferrals,
    boolean acceptsSelfReferral,
    Double typicalResponseDays,
    Integer acceptanceRatePercent,
    int decisionsCounted,
    Integer minAge,
    Integer maxAge,
    String eligibility,
    String area,
    String fees,
    String url,
    String email,
    List<Phone> phones,
    List<Contact> contacts,
    List<CostOption> costOptions,
    List<String> languages,
    List<String> openingTimes,
    List<String> places,
    Instant lastConfirmedAt,
    boolean stale,
    Instant retiredAt)
    implements Serializable {

  public boolean isRetired() {
    return retiredAt != null;
  }

  public boolean isPaused() {
    return "PAUSED".equals(capacity);
  }

  /** Whether a professional can refer to it now: it takes referrals and is not paused. */
  public boolean isReferrable() {
    return acceptsReferrals && !isPaused() && !isRetired();
  }
}
