package org.openneighbourhood.api.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

@ApplicationScoped
public class ReferralRepository {

  /** Which side of a referral a list is for. */
  public enum Side {
    SENT("r.referringOrganisation.id"),
    INBOX("r.receivingOrganisation.id");

    private final String path;

    Side(String path) {
      this.path = path;
    }
  }

  /** One page of a list, and how many rows the whole list has. */
  public record Page(List<Referral> rows, long total) {}

  @PersistenceContext EntityManager em;

  public void add(Referral referral) {
    em.persist(referral);
  }

  /** Writes pending changes now, so that a concurrent change is refused inside the use case. */
  public void flush() {
    em.flush();
  }

  public Optional<Referral> find(UUID id) {
    return Optional.ofNullable(em.find(Referral.class, id));
  }

  /**
   * The referral, locked until the transaction ends: a second change at the same moment waits for
   * the first, then sees the version it made (and is refused as stale), so that nothing either of
   * them writes (a care team membership, a notice) is written twice.
   */
  public Optional<Referral> findForChange(UUID id) {
    return Optional.ofNullable(em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * A page of an organisation's referrals on one side: first those waiting for someone to act, by
   * deadline; then those in hand, then closed ones, each most recently changed first; the newest
   * first among equals. That is the order of the list indexes, so a page costs the same at any
   * size. The receiving side never lists drafts.
   */
  public Page list(
      Side side, UUID organisationId, Set<ReferralStatus> statuses, int page, int size) {
    // By the organisation's id, not its alias: no join, so the planner reads the list index in
    // order and stops after one page. DRAFT is written in, not bound, so that the inbox index
    // (partial: status <> 'DRAFT') serves generic plans too.
    StringBuilder where = new StringBuilder(" from Referral r where ").append(side.path);
    where.append(" = :organisation");
    if (side == Side.INBOX) {
      where.append(" and r.status <> " + ReferralStatus.class.getName() + ".DRAFT");
    }
    Set<Integer> groups = new TreeSet<>();
    statuses.forEach(status -> groups.add(status.listGroup()));
    if (!statuses.isEmpty()) {
      // Naming the groups as well lets the index skip every referral of the other groups.
      where.append(" and r.listGroup in :groups and r.status in :statuses");
    }
    TypedQuery<Referral> rows =
        em.createQuery(
            "select r" + where + " order by r.listGroup, r.listOrder, r.createdAt desc, r.id",
            Referral.class);
    TypedQuery<Long> count = em.createQuery("select count(r)" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      query.setParameter("organisation", organisationId);
      if (!statuses.isEmpty()) {
        query.setParameter("groups", groups);
        query.setParameter("statuses", statuses);
      }
    }
    List<Referral> found =
        rows.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
    return new Page(found, count.getSingleResult());
  }

  public List<Referral> about(UUID personId) {
    return em.createQuery(
            "select r from Referral r where r.person.id = :personId order by r.createdAt desc",
            Referral.class)
        .setParameter("personId", personId)
        .getResultList();
  }

  public Set<String> receivingOrganisationAliasesFor(UUID personId) {
    return new HashSet<>(
        em.createQuery(
                "select distinct r.receivingOrganisation.alias from Referral r"
                    + " where r.person.id = :personId and r.status <> :draft",
                String.class)
            .setParameter("personId", personId)
            .setParameter("draft", ReferralStatus.DRAFT)
            .getResultList());
  }

  /** Referrals the service is involved in now: waiting for its answer or taken on. */
  public long openFor(UUID serviceId) {
    return em.createQuery(
            "select count(r) from Referral r where r.service.id = :service"
                + " and r.status in :open",
            Long.class)
        .setParameter("service", serviceId)
        .setParameter("open", ReferralStatus.involvingReceiver())
        .getSingleResult();
  }

  /**
   * Locks and returns up to {@code limit} referrals still waiting for an answer whose deadline has
   * passed. Rows another instance has locked are skipped, so each is expired by exactly one.
   */
  public List<Referral> claimPastDeadline(Instant now, int limit) {
    return claim(
        "select id from referral where status in ('SENT', 'SEEN') and respond_by <= ?1"
            + " order by respond_by limit ?2 for update skip locked",
        now,
        limit);
  }

  /** The same, for referrals whose reminder is due and not yet sent. */
  public List<Referral> claimReminderDue(Instant now, int limit) {
    return claim(
        "select id from referral where status in ('SENT', 'SEEN') and reminded_at is null"
            + " and remind_at is not null and remind_at <= ?1 and respond_by > ?1"
            + " order by remind_at limit ?2 for update skip locked",
        now,
        limit);
  }

  private List<Referral> claim(String sql, Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em.createNativeQuery(sql, UUID.class)
            .setParameter(1, now)
            .setParameter(2, limit)
            .getResultList();
    return ids.stream().map(id -> em.find(Referral.class, id)).toList();
  }

  /** Reads the referral again from the database (after a change made in another transaction). */
  public void refresh(Referral referral) {
    em.refresh(referral);
  }

  /**
   * Locks the referral for the rest of the transaction (the row is already locked when claimed).
   */
  public void lock(Referral referral) {
    em.lock(referral, LockModeType.PESSIMISTIC_WRITE);
  }
}
