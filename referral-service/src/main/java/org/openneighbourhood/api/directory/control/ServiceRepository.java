package org.openneighbourhood.api.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.directory.entity.Capacity;
import org.openneighbourhood.api.directory.entity.Service;

@ApplicationScoped
public class ServiceRepository {

  @PersistenceContext EntityManager em;

  public List<Service> all() {
    return em.createQuery(
            "select s from Service s join fetch s.organisation o order by o.name, s.name",
            Service.class)
        .getResultList();
  }

  public Optional<Service> find(UUID id) {
    return Optional.ofNullable(em.find(Service.class, id));
  }

  /** Locks the service until the transaction ends (to count its open referrals safely). */
  public void lock(Service service) {
    em.lock(service, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * Other services in any of the same categories that take referrals on {@code today}: accepting
   * first, then waiting lists.
   */
  public List<Service> alternativesTo(Service service, LocalDate today, int limit) {
    return em.createQuery(
            "select distinct s from Service s join s.categories c"
                + " where c in :categories and s.id <> :id"
                + " and (s.capacity <> :paused or s.reopensOn <= :today)"
                + " order by s.capacity, s.name",
            Service.class)
        .setParameter("categories", service.categories())
        .setParameter("id", service.id())
        .setParameter("paused", Capacity.PAUSED)
        .setParameter("today", today)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Paused services whose reopening day has come. */
  public List<Service> dueToReopen(LocalDate today) {
    return em.createQuery(
            "select s from Service s where s.capacity = :paused and s.reopensOn <= :today",
            Service.class)
        .setParameter("paused", Capacity.PAUSED)
        .setParameter("today", today)
        .getResultList();
  }

  /**
   * Refreshes every service's record of answering from the referrals it answered in the year to
   * {@code now}: the median time to its first answer, in working days (approximated as calendar
   * days times 5/7, which ignores bank holidays), the share it took on (accepted or waitlisted) and
   * how many answers there were.
   */
  public int refreshRecords(Instant now) {
    return em.createNativeQuery(
            "update service s set typical_response_days = stats.typical,"
                + " acceptance_rate = stats.rate, decisions_counted = coalesce(stats.decided, 0),"
                + " record_refreshed_at = ?1"
                + " from service s2 left join ("
                + "   select r.service_id,"
                + "     percentile_cont(0.5) within group"
                + "       (order by extract(epoch from r.decided_at - r.sent_at) / 86400.0 * 5 / 7)"
                + "       as typical,"
                + "     avg(case when r.decline_reason is null then 1.0 else 0.0 end) as rate,"
                + "     count(*) as decided"
                + "   from referral r"
                + "   where r.decided_at is not null and r.decided_at > ?2"
                + "   group by r.service_id) stats on stats.service_id = s2.id"
                + " where s.id = s2.id")
        .setParameter(1, now)
        .setParameter(2, now.minus(Duration.ofDays(365)))
        .executeUpdate();
  }
}
