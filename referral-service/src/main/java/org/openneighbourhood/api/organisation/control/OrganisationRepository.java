package org.openneighbourhood.api.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.openneighbourhood.api.organisation.entity.Organisation;

@ApplicationScoped
public class OrganisationRepository {

  private final Map<String, UUID> idsByAlias = new ConcurrentHashMap<>();

  @PersistenceContext EntityManager em;

  public void add(Organisation organisation) {
    em.persist(organisation);
  }

  /**
   * The organisation a token's alias names. An alias never changes and an organisation is never
   * removed, so each instance remembers which id an alias has; the row itself is then read by
   * primary key, and not at all when the request has read it already. (An id remembered from a
   * transaction that was rolled back finds nothing and is forgotten.)
   */
  public Optional<Organisation> findByAlias(String alias) {
    UUID known = idsByAlias.get(alias);
    if (known != null) {
      Optional<Organisation> remembered = find(known);
      if (remembered.isPresent()) {
        return remembered;
      }
      idsByAlias.remove(alias, known);
    }
    Optional<Organisation> found =
        em.createQuery("select o from Organisation o where o.alias = :alias", Organisation.class)
            .setParameter("alias", alias)
            .getResultStream()
            .findFirst();
    found.ifPresent(organisation -> idsByAlias.put(alias, organisation.id()));
    return found;
  }

  public Optional<Organisation> find(UUID id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  /** Every partner organisation, by name. */
  public java.util.List<Organisation> all() {
    return em.createQuery("select o from Organisation o order by o.name", Organisation.class)
        .getResultList();
  }
}
