package org.openneighbourhood.api.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.openneighbourhood.api.organisation.entity.Organisation;

@ApplicationScoped
public class OrganisationRepository {

  @PersistenceContext EntityManager em;

  public void add(Organisation organisation) {
    em.persist(organisation);
  }

  public Optional<Organisation> findByAlias(String alias) {
    return em.createQuery("select o from Organisation o where o.alias = :alias", Organisation.class)
        .setParameter("alias", alias)
        .getResultStream()
        .findFirst();
  }

  public Optional<Organisation> find(java.util.UUID id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  /** Every partner organisation, by name. */
  public java.util.List<Organisation> all() {
    return em.createQuery("select o from Organisation o order by o.name", Organisation.class)
        .getResultList();
  }
}
