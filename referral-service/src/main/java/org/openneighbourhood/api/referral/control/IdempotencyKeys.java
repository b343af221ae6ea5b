package org.openneighbourhood.api.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Submissions a client may retry: the first to claim a caller's key owns it; a retry (even one
 * running at the same moment) waits for the first to finish and is told which referral it made.
 */
@ApplicationScoped
public class IdempotencyKeys {

  /** What an earlier submission with the same key asked for and made. */
  public record Earlier(String requestHash, UUID referralId) {}

  @PersistenceContext EntityManager em;

  /**
   * Claims the key for {@code referralId} in the caller's transaction.
   *
   * @return empty when this submission owns the key; the earlier submission otherwise
   */
  public Optional<Earlier> claim(
      String caller, String key, String requestHash, UUID referralId, Instant now) {
    // PostgreSQL makes a second insert of the same key wait until the first transaction ends:
    // then it inserts (the first rolled back) or does nothing (the first committed).
    int inserted =
        em.createNativeQuery(
                "insert into idempotency_key (caller, key, request_hash, referral_id, created_at)"
                    + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
            .setParameter(1, caller)
            .setParameter(2, key)
            .setParameter(3, requestHash)
            .setParameter(4, referralId)
            .setParameter(5, now)
            .executeUpdate();
    if (inserted == 1) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select request_hash, referral_id from idempotency_key"
                    + " where caller = ?1 and key = ?2")
            .setParameter(1, caller)
            .setParameter(2, key)
            .getResultList();
    Object[] row = rows.get(0);
    return Optional.of(new Earlier(((String) row[0]).strip(), (UUID) row[1]));
  }
}
