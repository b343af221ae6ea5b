package org.openneighbourhood.api.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.plan.entity.Plan;

@ApplicationScoped
public class PlanRepository {

  @PersistenceContext EntityManager em;

  public Optional<Plan> findForPerson(UUID personId) {
    return em.createQuery("select p from Plan p where p.personId = :personId", Plan.class)
        .setParameter("personId", personId)
        .getResultStream()
        .findFirst();
  }

  /** The person's plan, created empty on the first write. */
  public Plan forWriting(UUID personId) {
    return findForPerson(personId)
        .orElseGet(
            () -> {
              Plan plan = Plan.emptyFor(personId);
              em.persist(plan);
              return plan;
            });
  }
}
