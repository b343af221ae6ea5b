package org.openneighbourhood.api.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.notification.entity.Channel;
import org.openneighbourhood.api.notification.entity.Notice;
import org.openneighbourhood.api.notification.entity.PendingMail;
import org.openneighbourhood.api.schema.control.Insert;
import org.openneighbourhood.api.schema.entity.TimeOrderedIds;

/** The notification table: written with the change, claimed and marked by the sender. */
@ApplicationScoped
public class Outbox {

  private static final Duration LONGEST_WAIT = Duration.ofHours(1);

  @PersistenceContext EntityManager em;

  /**
   * Adds a notice in the caller's transaction, unless one for the same event and recipient was
   * added before.
   *
   * @return whether it was added
   */
  public boolean add(Notice notice, Instant now) {
    return addAll(List.of(notice), now) == 1;
  }

  /**
   * Adds several notices in one statement (one round trip), each unless one for the same event and
   * recipient was added before.
   *
   * @return how many were added
   */
  public int addAll(List<Notice> notices, Instant now) {
    return insertOf(notices, now).map(insert -> insert.execute(em)).orElse(0);
  }

  /**
   * The statement of {@link #addAll}, to run with a use case's other writes in one round trip
   * ({@link Insert#together}); empty when there is nothing to tell.
   */
  public static Optional<Insert> insertOf(List<Notice> notices, Instant now) {
    if (notices.isEmpty()) {
      return Optional.empty();
    }
    List<Insert.Columns> rows = new ArrayList<>();
    for (Notice notice : notices) {
      rows.add(
          new Insert.Columns()
              .uuid("id", TimeOrderedIds.next())
              .text("event_key", notice.eventKey())
              .text("channel", notice.channel().name())
              .text("recipient", notice.recipient())
              .text("subject", notice.subject())
              .text("body", notice.body())
              .uuid("referral_id", notice.referralId())
              .time("created_at", now)
              .time("next_attempt", now));
    }
    return Optional.of(Insert.rows("notification", rows, "on conflict (event_key) do nothing"));
  }

  /**
   * Locks and returns up to {@code limit} notifications of one channel due to be sent; rows another
   * instance holds are skipped, so each is sent by one.
   */
  public List<PendingMail> claim(Channel channel, Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, recipient, subject, body, attempts from notification"
                    + " where sent_at is null and given_up_at is null and channel = ?3"
                    + " and next_attempt <= ?1"
                    + " order by next_attempt limit ?2 for update skip locked")
            .setParameter(1, now)
            .setParameter(2, limit)
            .setParameter(3, channel.name())
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new PendingMail(
                    (UUID) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    ((Number) row[4]).intValue()))
        .toList();
  }

  public void sent(PendingMail mail, Instant at) {
    em.createNativeQuery(
            "update notification set sent_at = ?2, attempts = attempts + 1, last_error = null"
                + " where id = ?1")
        .setParameter(1, mail.id())
        .setParameter(2, at)
        .executeUpdate();
  }

  /** Tries again later, waiting longer after each failure (up to an hour). */
  public void failed(PendingMail mail, String error, Instant at) {
    long minutes = Math.min(LONGEST_WAIT.toMinutes(), 1L << Math.min(mail.attempts(), 6));
    em.createNativeQuery(
            "update notification set attempts = attempts + 1, last_error = ?2,"
                + " next_attempt = ?3 where id = ?1")
        .setParameter(1, mail.id())
        .setParameter(2, error.length() > 500 ? error.substring(0, 500) : error)
        .setParameter(3, at.plus(Duration.ofMinutes(minutes)))
        .executeUpdate();
  }

  /**
   * Deletes the notifications of a channel delivered before {@code deliveredBefore}: what they said
   * is the partner's now, and keeping it here would only keep personal data longer. Undelivered
   * ones (waiting or given up on) stay.
   *
   * @return how many were deleted
   */
  public int purgeDelivered(Channel channel, Instant deliveredBefore) {
    return em.createNativeQuery(
            "delete from notification where channel = ?1 and sent_at is not null"
                + " and sent_at < ?2")
        .setParameter(1, channel.name())
        .setParameter(2, deliveredBefore)
        .executeUpdate();
  }

  /**
   * Deletes the notifications of a channel given up on before {@code givenUpBefore}: never
   * delivered, and never to be tried again, so once the time to look into why has passed they keep
   * only personal data. Delivered and waiting ones stay.
   *
   * @return how many were deleted
   */
  public int purgeGivenUp(Channel channel, Instant givenUpBefore) {
    return em.createNativeQuery(
            "delete from notification where channel = ?1 and given_up_at is not null"
                + " and given_up_at < ?2")
        .setParameter(1, channel.name())
        .setParameter(2, givenUpBefore)
        .executeUpdate();
  }

  /**
   * Never tries again: the receiving end refused the message for a reason that trying again cannot
   * change (a number it will not text, a key it does not know). The reason stays in the row.
   */
  public void gaveUp(PendingMail mail, String error, Instant at) {
    em.createNativeQuery(
            "update notification set attempts = attempts + 1, last_error = ?2, given_up_at = ?3"
                + " where id = ?1")
        .setParameter(1, mail.id())
        .setParameter(2, error.length() > 500 ? error.substring(0, 500) : error)
        .setParameter(3, at)
        .executeUpdate();
  }
}
