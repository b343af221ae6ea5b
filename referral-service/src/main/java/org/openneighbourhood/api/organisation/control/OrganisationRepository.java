package org.openneighbourhood.api.organisation.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.openneighbourhood.api.organisation.entity.Organisation;

@ApplicationScoped
public class OrganisationRepository {

  private final Map<String, UUID> idsByAlias = new ConcurrentHashMap<>();

  @PersistenceContext EntityManager em;
  @Resource TransactionSynchronizationRegistry transactions;

  public void add(Organisation organisation) {
    em.persist(organisation);
  }

  /**
   * The organisation a token's alias names: its id from {@link #idOfAlias}, then the row by primary
   * key (not read again when the request has read it already).
   */
  public Optional<Organisation> findByAlias(String alias) {
    return idOfAlias(alias).flatMap(this::find);
  }

  /**
   * The id of the organisation a token's alias names. An alias never changes and an organisation is
   * never removed, so each instance remembers it once the transaction that read it has committed
   * (never an id that a transaction rolled back), and answers from memory after that: no statement
   * for the acting organisation on every request.
   */
  public Optional<UUID> idOfAlias(String alias) {
    UUID known = idsByAlias.get(alias);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<UUID> found =
        em.createQuery("select o.id from Organisation o where o.alias = :alias", UUID.class)
            .setParameter("alias", alias)
            .getResultStream()
            .findFirst();
    found.ifPresent(id -> rememberOnceCommitted(alias, id));
    return found;
  }

  private void rememberOnceCommitted(String alias, UUID id) {
    if (transactions.getTransactionKey() == null) {
      idsByAlias.put(alias, id); // read outside a transaction: only what is committed
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              idsByAlias.put(alias, id);
            }
          }
        });
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
