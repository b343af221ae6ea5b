package org.openneighbourhood.api.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Sign-in sessions Keycloak said have ended. Their tokens are refused by every instance, although
 * they have not expired: one primary-key lookup per request, read with the user's membership
 * version ({@link CallerStanding}). Times are the database's own, real time, as token lifetimes are
 * (never the business clock tests move).
 */
@ApplicationScoped
public class EndedSessions {

  @PersistenceContext EntityManager em;

  @Transactional
  public void end(String sessionId) {
    em.createNativeQuery(
            "insert into ended_session (session_id) values (?1) on conflict (session_id) do nothing")
        .setParameter(1, sessionId)
        .executeUpdate();
  }

  /**
   * Forgets sessions ended over a day ago: every token of theirs has expired by then (Keycloak's
   * access tokens live minutes).
   *
   * @return how many were forgotten
   */
  @Transactional
  public int forgetOld() {
    return em.createNativeQuery(
            "delete from ended_session where ended_at < now() - interval '1 day'")
        .executeUpdate();
  }
}
