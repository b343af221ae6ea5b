package org.openneighbourhood.api.relationship.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openneighbourhood.api.relationship.entity.CareTeamMember;
import org.openneighbourhood.api.relationship.entity.Consent;
import org.openneighbourhood.api.relationship.entity.ConsentTerm;
import org.openneighbourhood.api.relationship.entity.ConsentsInForce;

/** Care team memberships and consents, always read afresh (nothing cached). */
@ApplicationScoped
public class RelationshipRepository {

  @PersistenceContext EntityManager em;

  public void add(CareTeamMember member) {
    em.persist(member);
  }

  public void add(Consent consent) {
    em.persist(consent);
  }

  /** Everyone who is or was in the person's care team, longest-standing first. */
  public List<CareTeamMember> careTeam(UUID personId) {
    return em.createQuery(
            "select m from CareTeamMember m join fetch m.organisation o"
                + " where m.personId = :personId order by m.startedAt, o.name",
            CareTeamMember.class)
        .setParameter("personId", personId)
        .getResultList();
  }

  public Optional<CareTeamMember> currentMembership(UUID personId, String organisationAlias) {
    return em.createQuery(
            "select m from CareTeamMember m join fetch m.organisation o"
                + " where m.personId = :personId and o.alias = :alias and m.endedAt is null",
            CareTeamMember.class)
        .setParameter("personId", personId)
        .setParameter("alias", organisationAlias)
        .getResultStream()
        .findFirst();
  }

  public Optional<CareTeamMember> membership(UUID id) {
    return Optional.ofNullable(em.find(CareTeamMember.class, id));
  }

  /** Every consent the person gave, newest first. */
  public List<Consent> consents(UUID personId) {
    return em.createQuery(
            "select c from Consent c where c.personId = :personId order by c.recordedAt desc",
            Consent.class)
        .setParameter("personId", personId)
        .getResultList();
  }

  public Optional<Consent> consent(UUID id) {
    return Optional.ofNullable(em.find(Consent.class, id));
  }

  /**
   * A referral changed at {@code at}: when that closed it, every agreement that was to end with it
   * ends at that moment, in the same transaction as the change.
   */
  public void referralChanged(UUID referralId, boolean closed, Instant at) {
    if (!closed) {
      return;
    }
    em.createQuery(
            "select c from Consent c where c.referralId = :referralId and c.lasts = :lasts",
            Consent.class)
        .setParameter("referralId", referralId)
        .setParameter("lasts", ConsentTerm.Lasts.UNTIL_REFERRAL_ENDS)
        .getResultList()
        .forEach(consent -> consent.referralEnded(at));
  }

  /** The agreement given for a referral when it was sent (the latest, should there be several). */
  public Optional<Consent> consentForReferral(UUID referralId) {
    return em.createQuery(
            "select c from Consent c where c.referralId = :referralId order by c.recordedAt desc",
            Consent.class)
        .setParameter("referralId", referralId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The name of the service each of these referrals went to, by referral. */
  public Map<UUID, String> referralServiceNames(Set<UUID> referralIds) {
    if (referralIds.isEmpty()) {
      return Map.of();
    }
    Map<UUID, String> names = new HashMap<>();
    em.createQuery("select r.id, r.service.name from Referral r where r.id in :ids", Object[].class)
        .setParameter("ids", referralIds)
        .getResultList()
        .forEach(row -> names.put((UUID) row[0], (String) row[1]));
    return names;
  }

  /** Whether any agreement to share with the organisation is in force now. */
  public boolean hasActiveConsent(UUID personId, String organisationAlias, Instant now) {
    return em.createQuery(
                "select count(c) from Consent c where c.personId = :personId"
                    + " and c.organisation.alias = :alias and c.withdrawnAt is null"
                    + " and c.validUntil > :now",
                Long.class)
            .setParameter("personId", personId)
            .setParameter("alias", organisationAlias)
            .setParameter("now", now)
            .getSingleResult()
        > 0;
  }

  /** Every agreement to share in force now for any of these people, in one query. */
  public ConsentsInForce consentsInForce(Collection<UUID> personIds, Instant now) {
    if (personIds.isEmpty()) {
      return new ConsentsInForce(Set.of());
    }
    List<ConsentsInForce.Pair> found =
        em.createQuery(
                "select distinct new "
                    + ConsentsInForce.Pair.class.getName()
                    + "(c.personId, c.organisation.alias) from Consent c"
                    + " where c.personId in :people and c.withdrawnAt is null"
                    + " and c.validUntil > :now",
                ConsentsInForce.Pair.class)
            .setParameter("people", Set.copyOf(personIds))
            .setParameter("now", now)
            .getResultList();
    return new ConsentsInForce(new HashSet<>(found));
  }
}
