package org.openneighbourhood.api.fhir.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The BaRS messages partner systems sent ({@code bars_message}): each organisation's message ids,
 * the referral each made and the acknowledgement it was answered with, so that the same message
 * sent again makes nothing and gets the same answer, and a referral's updates go back to the system
 * that sent it.
 */
@ApplicationScoped
public class BarsMessageLog {

  /** A message claimed before: what it said (its hash), what it made, what it was answered. */
  public record Earlier(String hash, UUID referralId, String acknowledgement) {}

  /** Where a referral came from: the organisation, its message, its name for the request. */
  public record Received(String sender, String messageId, String senderReference) {}

  @PersistenceContext EntityManager em;

  /**
   * Claims the sender's message id for {@code referralId} in the caller's transaction. The same id
   * claimed at the same moment waits for the first to end (PostgreSQL's unique key), then is told
   * what it made.
   *
   * @return empty when this message owns the id; the earlier message otherwise
   */
  public Optional<Earlier> claim(
      String sender,
      String messageId,
      String hash,
      UUID referralId,
      String senderReference,
      Instant now) {
    int inserted =
        em.createNativeQuery(
                "insert into bars_message (sender, message_id, request_hash, referral_id,"
                    + " service_request, received_at) values (?1, ?2, ?3, ?4, ?5, ?6)"
                    + " on conflict do nothing")
            .setParameter(1, sender)
            .setParameter(2, messageId)
            .setParameter(3, hash)
            .setParameter(4, referralId)
            .setParameter(5, senderReference)
            .setParameter(6, now)
            .executeUpdate();
    if (inserted == 1) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select request_hash, referral_id, acknowledgement from bars_message"
                    + " where sender = ?1 and message_id = ?2")
            .setParameter(1, sender)
            .setParameter(2, messageId)
            .getResultList();
    Object[] row = rows.get(0);
    return Optional.of(new Earlier(((String) row[0]).strip(), (UUID) row[1], (String) row[2]));
  }

  public void acknowledged(String sender, String messageId, String acknowledgement) {
    em.createNativeQuery(
            "update bars_message set acknowledgement = ?3 where sender = ?1 and message_id = ?2")
        .setParameter(1, sender)
        .setParameter(2, messageId)
        .setParameter(3, acknowledgement)
        .executeUpdate();
  }

  /** The message a referral came in, if it came as one. */
  public Optional<Received> forReferral(UUID referralId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select sender, message_id, service_request from bars_message"
                    + " where referral_id = ?1")
            .setParameter(1, referralId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(row -> new Received((String) row[0], (String) row[1], (String) row[2]));
  }
}
