package org.openneighbourhood.api.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.access.entity.Relationship;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.referral.control.ReferralRepository;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.relationship.control.RelationshipRepository;
import org.openneighbourhood.api.relationship.control.RelationshipRepository.CareTeamStanding;
import org.openneighbourhood.api.relationship.entity.ConsentsInForce;

/**
 * Works out, for every request, how an organisation stands to a person or to one referral: from the
 * care team, the referrals between them and the person's consent, read afresh each time.
 */
@ApplicationScoped
public class Relationships {

  @Inject RelationshipRepository relationships;
  @Inject ReferralRepository referrals;
  @Inject Clock clock;

  /** The acting organisation's relationship to the person. */
  public Relationship toPerson(String organisationAlias, Person person) {
    // Care team and consent in one statement: the common case (a care team member) needs no more.
    CareTeamStanding standing =
        relationships.standing(person.id(), organisationAlias, Instant.now(clock));
    Relationship structural = Relationship.NONE;
    if (standing.inCareTeam()) {
      structural = Relationship.CARE_TEAM;
    } else {
      List<Referral> about = referrals.about(person.id());
      if (about.stream()
          .anyMatch(r -> receives(organisationAlias, r) && r.status().involvesReceiver())) {
        structural = Relationship.RECEIVER;
      } else if (about.stream().anyMatch(r -> sends(organisationAlias, r))) {
        structural = Relationship.SENDER;
      }
    }
    return structural.needsConsent() && !standing.consentInForce()
        ? Relationship.CONSENT_WITHDRAWN
        : structural;
  }

  /** The acting organisation's relationship to one referral and the person it is about. */
  public Relationship toReferral(String organisationAlias, Referral referral) {
    Relationship structural = structural(organisationAlias, referral);
    return withConsent(structural, organisationAlias, referral.person());
  }

  /** The same, for one row of a page whose consents were read together. */
  public static Relationship toReferral(
      String organisationAlias, Referral referral, ConsentsInForce consents) {
    return withConsents(
        structural(organisationAlias, referral),
        organisationAlias,
        referral.person().id(),
        consents);
  }

  /**
   * A relationship that needs consent, as it stands with the consents of a page read together:
   * consent withdrawn when none covers the organisation.
   */
  public static Relationship withConsents(
      Relationship structural, String organisationAlias, UUID personId, ConsentsInForce consents) {
    return structural.needsConsent() && !consents.covers(personId, organisationAlias)
        ? Relationship.CONSENT_WITHDRAWN
        : structural;
  }

  private static Relationship structural(String organisationAlias, Referral referral) {
    // A draft is the referrer's alone until it is sent.
    return receives(organisationAlias, referral) && referral.status() != ReferralStatus.DRAFT
        ? Relationship.RECEIVER
        : sends(organisationAlias, referral) ? Relationship.SENDER : Relationship.NONE;
  }

  /** The signed-in person's relationship to a record: their own, or none. */
  public static Relationship ofPerson(Optional<Person> own, Person person) {
    return own.filter(p -> p.id().equals(person.id())).isPresent()
        ? Relationship.SELF
        : Relationship.NONE;
  }

  private Relationship withConsent(Relationship structural, String alias, Person person) {
    if (structural.needsConsent()
        && !relationships.hasActiveConsent(person.id(), alias, Instant.now(clock))) {
      return Relationship.CONSENT_WITHDRAWN;
    }
    return structural;
  }

  private static boolean receives(String alias, Referral referral) {
    return referral.receivingOrganisation().alias().equals(alias);
  }

  private static boolean sends(String alias, Referral referral) {
    return referral.referringOrganisation().map(o -> o.alias().equals(alias)).orElse(false);
  }
}
