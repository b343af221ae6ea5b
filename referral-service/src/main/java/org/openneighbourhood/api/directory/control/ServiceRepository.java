package org.openneighbourhood.api.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.directory.entity.Capacity;
import org.openneighbourhood.api.directory.entity.Location;
import org.openneighbourhood.api.directory.entity.Position;
import org.openneighbourhood.api.directory.entity.Postcode;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.directory.entity.Taxonomy;
import org.openneighbourhood.api.directory.entity.TaxonomyTerm;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.schema.control.InList;

@ApplicationScoped
public class ServiceRepository {

  @PersistenceContext EntityManager em;

  public List<Service> all() {
    return em.createQuery(
            "select s from Service s join fetch s.organisation o where s.retiredAt is null"
                + " order by o.name, s.name",
            Service.class)
        .getResultList();
  }

  public List<Service> ofOrganisation(UUID organisationId) {
    return em.createQuery(
            "select s from Service s join fetch s.organisation o where o.id = :organisation"
                + " and s.retiredAt is null order by s.name",
            Service.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  public void add(Service service) {
    em.persist(service);
  }

  public Location add(Location location) {
    em.persist(location);
    return location;
  }

  /** Removes those of these places no service is given at any more. */
  public void forgetUnused(List<Location> places) {
    if (places.isEmpty()) {
      return;
    }
    em.flush();
    for (Location place : places) {
      Number uses =
          (Number)
              em.createNativeQuery(
                      "select count(*) from service_at_location where location_id = ?1")
                  .setParameter(1, place.id())
                  .getSingleResult();
      if (uses.longValue() == 0) {
        em.remove(place);
      }
    }
  }

  /** The service, from the persistence context when it is there already (a referral's). */
  public Optional<Service> find(UUID id) {
    return Optional.ofNullable(em.find(Service.class, id));
  }

  /**
   * The service to show whole: its contacts, phones and cost options read in the same statement as
   * the service itself, so showing them costs no round trip of their own (they are few: at most ten
   * contacts and ten cost options). A query, so it is for use cases that read nothing before it (it
   * would flush what they wrote first).
   */
  public Optional<Service> findWhole(UUID id) {
    return em.createQuery(
            "select s from Service s join fetch s.organisation left join fetch s.contacts"
                + " left join fetch s.phones left join fetch s.costOptions where s.id = :id",
            Service.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
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
            "select distinct s from Service s join s.terms t"
                + " where t in :terms and s.id <> :id and s.acceptsReferrals"
                + " and (s.capacity <> :paused or s.reopensOn <= :today)"
                + " order by s.capacity, s.name",
            Service.class)
        .setParameter("terms", service.terms())
        .setParameter("id", service.id())
        .setParameter("paused", Capacity.PAUSED)
        .setParameter("today", today)
        .setMaxResults(limit)
        .getResultList();
  }

  /** These services, in the order of the ids (those that exist). */
  public List<Service> inOrder(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, Service> byId = new HashMap<>();
    InList in = InList.of("id", ids);
    in.bind(
            em.createQuery(
                "select s from Service s join fetch s.organisation where s.id in " + in,
                Service.class))
        .getResultList()
        .forEach(service -> byId.put(service.id(), service));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** Every category, taxonomy by taxonomy, by name. */
  public List<TaxonomyTerm> terms() {
    return em.createQuery(
            "select t from TaxonomyTerm t join fetch t.taxonomy x order by x.name, t.name",
            TaxonomyTerm.class)
        .getResultList();
  }

  /**
   * The categories with these ids, in that order.
   *
   * @throws InvalidInputException naming the field when one is not a category
   */
  public List<TaxonomyTerm> terms(List<UUID> ids, String field) {
    List<TaxonomyTerm> terms = new ArrayList<>();
    for (UUID id : new LinkedHashSet<>(ids)) {
      TaxonomyTerm term = id == null ? null : em.find(TaxonomyTerm.class, id);
      if (term == null) {
        throw new InvalidInputException(field, "Choose categories from the list");
      }
      terms.add(term);
    }
    return terms;
  }

  public Optional<TaxonomyTerm> term(UUID id) {
    return Optional.ofNullable(em.find(TaxonomyTerm.class, id));
  }

  public List<Taxonomy> taxonomies() {
    return em.createQuery("select t from Taxonomy t order by t.name, t.id", Taxonomy.class)
        .getResultList();
  }

  public Optional<Taxonomy> taxonomy(UUID id) {
    return Optional.ofNullable(em.find(Taxonomy.class, id));
  }

  public List<TaxonomyTerm> termsOf(UUID taxonomyId) {
    return em.createQuery(
            "select t from TaxonomyTerm t where t.taxonomy.id = :id order by t.name, t.id",
            TaxonomyTerm.class)
        .setParameter("id", taxonomyId)
        .getResultList();
  }

  /** A page of the categories (of one taxonomy, when given), by name. */
  public Found<TaxonomyTerm> termsPage(UUID taxonomyId, int offset, int size) {
    String where = taxonomyId == null ? "" : " where t.taxonomy.id = :taxonomy";
    var page =
        em.createQuery(
                "select t from TaxonomyTerm t join fetch t.taxonomy"
                    + where
                    + " order by t.name, t.id",
                TaxonomyTerm.class)
            .setFirstResult(offset)
            .setMaxResults(size);
    var count = em.createQuery("select count(t) from TaxonomyTerm t" + where, Long.class);
    if (taxonomyId != null) {
      page.setParameter("taxonomy", taxonomyId);
      count.setParameter("taxonomy", taxonomyId);
    }
    return new Found<>(page.getResultList(), count.getSingleResult());
  }

  /** The service given at this place (an ORUK service_at_location id). */
  public Optional<UUID> serviceOfPlace(UUID serviceAtLocationId) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em.createNativeQuery("select service_id from service_at_location where id = ?1")
            .setParameter(1, serviceAtLocationId)
            .getResultList();
    return ids.stream().findFirst();
  }

  /** Where a postcode is, from the ONS Postcode Directory rows imported. */
  public Optional<Position> positionOf(Postcode postcode) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select latitude, longitude from postcode where postcode = ?1")
            .setParameter(1, postcode.value())
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(row -> new Position(((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue()));
  }

  /**
   * Locks and returns up to {@code limit} entries last confirmed before {@code staleBefore} whose
   * organisation has not been asked about them since; rows another instance holds are skipped.
   */
  public List<Service> claimStale(Instant staleBefore, int limit) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em.createNativeQuery(
                "select id from service where last_confirmed_at < ?1 and retired_at is null"
                    + " and (stale_notified_at is null or stale_notified_at < last_confirmed_at)"
                    + " order by last_confirmed_at limit ?2 for update skip locked")
            .setParameter(1, staleBefore)
            .setParameter(2, limit)
            .getResultList();
    return inOrder(ids);
  }

  /** Paused services whose reopening day has come. */
  public List<Service> dueToReopen(LocalDate today) {
    return em.createQuery(
            "select s from Service s where s.capacity = :paused and s.reopensOn <= :today"
                + " and s.retiredAt is null",
            Service.class)
        .setParameter("paused", Capacity.PAUSED)
        .setParameter("today", today)
        .getResultList();
  }

  /**
   * Refreshes every service's record of answering from the referrals it answered in the year to
   * {@code now}: the median time to its first answer, in working days (approximated as calendar
   * days times 5/7, which ignores bank holidays), the share it took on (accepted or waitlisted) and
   * how many answers there were. Only services whose figures changed are written (and their {@code
   * record_refreshed_at} moved), so a refresh of an unchanged directory writes nothing.
   *
   * @return how many services' figures changed
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
                + " where s.id = s2.id"
                // Only the rows whose figures changed: an unchanged row is not rewritten.
                + " and (s.typical_response_days is distinct from stats.typical"
                + "   or s.acceptance_rate is distinct from stats.rate::double precision"
                + "   or s.decisions_counted is distinct from coalesce(stats.decided, 0))")
        .setParameter(1, now)
        .setParameter(2, now.minus(Duration.ofDays(365)))
        .executeUpdate();
  }
}
