package org.openneighbourhood.api.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * The neighbourhood's areas: one per primary care network. Reads the PCN a request names, with a
 * field error a person can act on when it names none of them.
 */
@ApplicationScoped
public class Areas {

  static final String CHOOSE = "Choose a primary care network from the list";

  @PersistenceContext EntityManager em;

  /** Every PCN, by name. */
  public List<Organisation> all() {
    return em.createQuery(
            "select o from Organisation o where o.sector = :pcn order by o.name",
            Organisation.class)
        .setParameter("pcn", Sector.PCN)
        .getResultList();
  }

  /**
   * The PCN {@code pcnId} names, or null when it is empty (no area).
   *
   * @throws InvalidInputException (field {@code pcnId}) when it is not an id, names no
   *     organisation, or names one that is not a PCN
   */
  public Organisation chosen(String pcnId) {
    if (pcnId == null || pcnId.isBlank()) {
      return null;
    }
    UUID id;
    try {
      id = UUID.fromString(pcnId.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("pcnId", CHOOSE);
    }
    Organisation found = em.find(Organisation.class, id);
    if (found == null) {
      throw new InvalidInputException("pcnId", CHOOSE);
    }
    if (found.sector() != Sector.PCN) {
      throw new InvalidInputException(
          "pcnId", found.name() + " is not a primary care network: " + CHOOSE.toLowerCase());
    }
    return found;
  }
}
