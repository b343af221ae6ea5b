package org.openneighbourhood.api.relationship.boundary;

import java.time.Instant;
import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.relationship.entity.Consent;

/** What the person agreed to share with one organisation, and whether it is still in force. */
public record ConsentView(
    UUID id,
    UUID organisationId,
    String organisationName,
    Consent.Scope scope,
    UUID referralId,
    Instant recordedAt,
    String recordedBy,
    String recordedByOrganisationName,
    Instant validUntil,
    Instant withdrawnAt,
    String withdrawnBy,
    boolean active) {

  public static ConsentView of(Consent consent, Instant now) {
    return new ConsentView(
        consent.id(),
        consent.organisation().id(),
        consent.organisation().name(),
        consent.scope(),
        consent.referralId().orElse(null),
        consent.recordedAt(),
        consent.recordedBy(),
        consent.recordedByOrganisation().map(Organisation::name).orElse(null),
        consent.validUntil(),
        consent.withdrawnAt().orElse(null),
        consent.withdrawnBy().orElse(null),
        consent.isActiveAt(now));
  }
}
