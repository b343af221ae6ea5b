package org.openneighbourhood.api.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.openneighbourhood.api.access.entity.CareTeamStanding;
import org.openneighbourhood.api.access.entity.Consents;
import org.openneighbourhood.api.access.entity.ReferralParties;
import org.openneighbourhood.api.access.entity.Relationship;

/**
 * Works out, for every request, how an organisation stands to a person or to one referral: from the
 * care team, the referrals between them and the person's consent, read afresh each time through the
 * questions the features holding them answer ({@link CareTeamStandings}, {@link
 * ReferralStandings}).
 */
@ApplicationScoped
public class Relationships {

  @Inject CareTeamStandings careTeams;
  @Inject ReferralStandings referrals;
  @Inject Clock clock;

  /** The acting organisation's relationship to the person. */
  public Relationship toPerson(String organisationAlias, UUID personId) {
    // Care team and consent in one statement: the common case (a care team member) needs no more.
    CareTeamStanding standing = careTeams.standing(personId, organisationAlias, Instant.now(clock));
    Relationship structural =
        standing.inCareTeam()
            ? Relationship.CARE_TEAM
            : referrals.throughReferrals(personId, organisationAlias);
    return structural.needsConsent() && !standing.consentInForce()
        ? Relationship.CONSENT_WITHDRAWN
        : structural;
  }

  /** The acting organisation's relationship to one referral and the person it is about. */
  public Relationship toReferral(String organisationAlias, ReferralParties referral) {
    Relationship structural = structural(organisationAlias, referral);
    if (structural.needsConsent()
        && !careTeams.hasActiveConsent(
            referral.personId(), organisationAlias, Instant.now(clock))) {
      return Relationship.CONSENT_WITHDRAWN;
    }
    return structural;
  }

  /** The same, for one row of a page whose consents were read together. */
  public static Relationship toReferral(
      String organisationAlias, ReferralParties referral, Consents consents) {
    return withConsents(
        structural(organisationAlias, referral), organisationAlias, referral.personId(), consents);
  }

  /**
   * A relationship that needs consent, as it stands with the consents of a page read together:
   * consent withdrawn when none covers the organisation.
   */
  public static Relationship withConsents(
      Relationship structural, String organisationAlias, UUID personId, Consents consents) {
    return structural.needsConsent() && !consents.covers(personId, organisationAlias)
        ? Relationship.CONSENT_WITHDRAWN
        : structural;
  }

  /** The organisation's part in one referral, before consent: receiver, sender or none. */
  public static Relationship structural(String organisationAlias, ReferralParties referral) {
    // A draft is the referrer's alone until it is sent.
    return referral.receiverAlias().equals(organisationAlias) && referral.sent()
        ? Relationship.RECEIVER
        : referral.senderAlias().map(organisationAlias::equals).orElse(false)
            ? Relationship.SENDER
            : Relationship.NONE;
  }
}
