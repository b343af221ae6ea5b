package org.openneighbourhood.api.relationship.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.relationship.entity.Consent;
import org.openneighbourhood.api.relationship.entity.ConsentTerm;

/**
 * What the person agreed to share with one organisation, for how long, and whether it is still in
 * force.
 *
 * @param lasts what was chosen: a year, until a date, or until the referral ends
 * @param until the last day, in London, on which it counts (or counted): for one that ends with its
 *     referral, the latest it can run, or the day the referral was closed
 * @param untilReferralEnds whether it ends when its referral is closed
 * @param daysLeft whole days from today to {@code until} (0 on the last day); null once ended
 * @param endingSoon whether it has a dated end at most 14 days away, to be said prominently
 * @param referralServiceName the service its referral went to, when it was given for a referral
 * @param validUntil the moment it stops counting (exclusive)
 */
public record ConsentView(
    UUID id,
    UUID organisationId,
    String organisationName,
    Consent.Scope scope,
    UUID referralId,
    String referralServiceName,
    Instant recordedAt,
    String recordedBy,
    String recordedByOrganisationName,
    ConsentTerm.Lasts lasts,
    LocalDate until,
    boolean untilReferralEnds,
    Long daysLeft,
    boolean endingSoon,
    Instant validUntil,
    Instant withdrawnAt,
    String withdrawnBy,
    boolean active) {

  public static ConsentView of(Consent consent, String referralServiceName, Instant now) {
    return new ConsentView(
        consent.id(),
        consent.organisation().id(),
        consent.organisation().name(),
        consent.scope(),
        consent.referralId().orElse(null),
        referralServiceName,
        consent.recordedAt(),
        consent.recordedBy(),
        consent.recordedByOrganisation().map(Organisation::name).orElse(null),
        consent.lasts(),
        consent.lastDay(),
        consent.endsWithReferral(),
        consent.daysLeftAt(now).orElse(null),
        consent.isEndingSoonAt(now),
        consent.validUntil(),
        consent.withdrawnAt().orElse(null),
        consent.withdrawnBy().orElse(null),
        consent.isActiveAt(now));
  }
}
