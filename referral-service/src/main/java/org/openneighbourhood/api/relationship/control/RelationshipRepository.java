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
import org.hibernate.query.NativeQuery;
import org.openneighbourhood.api.access.control.CareTeamStandings;
import org.openneighbourhood.api.access.entity.CareTeamStanding;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.relationship.entity.CareTeamMember;
import org.openneighbourhood.api.relationship.entity.Consent;
import org.openneighbourhood.api.relationship.entity.ConsentTerm;
import org.openneighbourhood.api.relationship.entity.ConsentsInForce;
import org.openneighbourhood.api.schema.control.InList;
import org.openneighbourhood.api.schema.control.Insert;

/** Care team memberships and consents, always read afresh (nothing cached). */
@ApplicationScoped
public class RelationshipRepository implements CareTeamStandings {

  @PersistenceContext EntityManager em;

  public void add(CareTeamMember member) {
    em.persist(member);
  }

  public void add(Consent consent) {
    em.persist(consent);
  }

  /**
   * The statement that records a new agreement, to run with the rest of a submission in one round
   * trip ({@link Insert#together}) instead of {@link #add}.
   */
  public static Insert insertOf(Consent consent) {
    return Insert.row(
        "consent",
        new Insert.Columns()
            .uuid("id", consent.id())
            .uuid("person_id", consent.personId())
            .uuid("organisation_id", consent.organisation().id())
            .text("scope", consent.scope().name())
            .uuid("referral_id", consent.referralId().orElse(null))
            .time("recorded_at", consent.recordedAt())
            .text("recorded_by", consent.recordedBy())
            .uuid(
                "recorded_by_organisation_id",
                consent.recordedByOrganisation().map(Organisation::id).orElse(null))
            .time("valid_until", consent.validUntil())
            .text("lasts", consent.lasts().name())
            .time("withdrawn_at", consent.withdrawnAt().orElse(null))
            .text("withdrawn_by", consent.withdrawnBy().orElse(null)));
  }

  /**
   * Where the acting organisation stands with the person, in one statement: whether it is in their
   * care team now, and whether an agreement to share with it is in force. The organisation is read
   * with them, so the use case that goes on to name it reads it no more.
   */
  @Override
  public CareTeamStanding standing(UUID personId, String organisationAlias, Instant now) {
    List<Object[]> rows =
        em.createQuery(
                "select o, (select count(m) from CareTeamMember m where m.personId = :person and"
                    + " m.organisation = o and m.endedAt is null), (select count(c) from Consent c"
                    + " where c.personId = :person and c.organisation = o and c.withdrawnAt is"
                    + " null and c.validUntil > :now) from Organisation o where o.alias = :alias",
                Object[].class)
            .setParameter("person", personId)
            .setParameter("alias", organisationAlias)
            .setParameter("now", now)
            .getResultList();
    if (rows.isEmpty()) {
      return new CareTeamStanding(false, false);
    }
    Object[] row = rows.get(0);
    return new CareTeamStanding(
        ((Number) row[1]).longValue() > 0, ((Number) row[2]).longValue() > 0);
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
    InList ids = InList.of("id", referralIds);
    ids.bind(
            em.createQuery(
                "select r.id, r.service.name from Referral r where r.id in " + ids, Object[].class))
        .getResultList()
        .forEach(row -> names.put((UUID) row[0], (String) row[1]));
    return names;
  }

  /** Whether any agreement to share with the organisation is in force now. */
  @Override
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
    // In SQL: Hibernate 6 translated the same query in JPQL again at every run (JFR), and only
    // the consent table is read, so only its pending changes need writing first.
    InList people = InList.of("person", Set.copyOf(personIds));
    List<?> rows =
        people
            .bind(
                em.createNativeQuery(
                        "select distinct c.person_id, o.alias from consent c"
                            + " join organisation o on o.id = c.organisation_id"
                            + " where c.person_id in "
                            + people
                            + " and c.withdrawn_at is null and c.valid_until > :now")
                    .unwrap(NativeQuery.class)
                    .addSynchronizedEntityClass(Consent.class))
            .setParameter("now", now)
            .getResultList();
    Set<ConsentsInForce.Pair> found = new HashSet<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      found.add(new ConsentsInForce.Pair((UUID) columns[0], (String) columns[1]));
    }
    return new ConsentsInForce(found);
  }
}
