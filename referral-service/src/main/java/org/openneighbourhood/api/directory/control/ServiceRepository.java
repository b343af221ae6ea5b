package org.openneighbourhood.api.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
}
