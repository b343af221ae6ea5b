package org.openneighbourhood.api.fhir.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.directory.entity.Location;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.organisation.entity.Organisation;

/**
 * Reads the directory as FHIR searches ask for it: services, organisations and places by the start
 * of their name (any case, as FHIR's string search matches), services by whether they still run and
 * by organisation, places by the organisation whose services are given there. One page at a time,
 * in name order.
 */
@ApplicationScoped
public class DirectoryLookup {

  /** One page and how many the search finds in all. */
  public record Page<T>(List<T> rows, long total) {}

  @PersistenceContext EntityManager em;

  public Optional<Service> service(UUID id) {
    return em.createQuery(
            "select s from Service s join fetch s.organisation where s.id = :id", Service.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public Optional<Organisation> organisation(UUID id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  public Optional<Location> location(UUID id) {
    return Optional.ofNullable(em.find(Location.class, id));
  }

  public Page<Service> services(
      String name, Boolean active, UUID organisationId, int offset, int size) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    name(where, "s.name", name, parameters);
    if (active != null) {
      where.append(active ? " and s.retiredAt is null" : " and s.retiredAt is not null");
    }
    if (organisationId != null) {
      where.append(" and s.organisation.id = :organisation");
      parameters.put("organisation", organisationId);
    }
    return page(
        "select s from Service s join fetch s.organisation" + where + " order by s.name, s.id",
        "select count(s) from Service s" + where,
        Service.class,
        parameters,
        offset,
        size);
  }

  /** Every organisation in the directory is active: none is ever closed here. */
  public Page<Organisation> organisations(String name, Boolean active, int offset, int size) {
    if (Boolean.FALSE.equals(active)) {
      return new Page<>(List.of(), 0);
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    name(where, "o.name", name, parameters);
    return page(
        "select o from Organisation o" + where + " order by o.name, o.id",
        "select count(o) from Organisation o" + where,
        Organisation.class,
        parameters,
        offset,
        size);
  }

  public Page<Location> locations(String name, UUID organisationId, int offset, int size) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    name(where, "l.name", name, parameters);
    if (organisationId != null) {
      where.append(
          " and l.id in (select a.location.id from Service s join s.locations a"
              + " where s.organisation.id = :organisation)");
      parameters.put("organisation", organisationId);
    }
    return page(
        "select l from Location l" + where + " order by l.name, l.id",
        "select count(l) from Location l" + where,
        Location.class,
        parameters,
        offset,
        size);
  }

  private static void name(
      StringBuilder where, String path, String name, Map<String, Object> parameters) {
    if (name != null) {
      where.append(" and lower(").append(path).append(") like :name escape '\\'");
      parameters.put(
          "name",
          name.toLowerCase(Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%");
    }
  }

  private <T> Page<T> page(
      String select,
      String count,
      Class<T> type,
      Map<String, Object> parameters,
      int offset,
      int size) {
    TypedQuery<T> rows = em.createQuery(select, type);
    parameters.forEach(rows::setParameter);
    List<T> found = rows.setFirstResult(offset).setMaxResults(size).getResultList();
    return new Page<>(
        found,
        Pages.total(
            offset,
            size,
            found.size(),
            () -> {
              TypedQuery<Long> total = em.createQuery(count, Long.class);
              parameters.forEach(total::setParameter);
              return total.getSingleResult();
            }));
  }
}
