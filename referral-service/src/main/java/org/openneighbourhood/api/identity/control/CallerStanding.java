package org.openneighbourhood.api.identity.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;

/**
 * How the request's signed-in user stands, read once per request in one statement: the version of
 * their memberships ({@link Memberships}: moved by every change made through the API) and whether
 * Keycloak ended their sign-in session ({@link EndedSessions}). Two primary-key lookups in one
 * round trip, where every staff request used to make one each.
 */
@RequestScoped
public class CallerStanding {

  @PersistenceContext EntityManager em;

  private String userId;
  private String sessionId;
  private Standing standing;

  /**
   * @param membershipVersion the user's membership version: 0 until a change is made through the
   *     API
   * @param sessionEnded whether Keycloak said the sign-in session has ended
   */
  public record Standing(long membershipVersion, boolean sessionEnded) {}

  /**
   * @param userId the token's subject
   * @param sessionId the token's sign-in session, or null for a token without one
   */
  public Standing of(String userId, String sessionId) {
    String session = sessionId == null ? "" : sessionId;
    if (standing == null
        || !Objects.equals(this.userId, userId)
        || !this.sessionId.equals(session)) {
      Object[] row =
          (Object[])
              em.createNativeQuery(
                      "select coalesce((select version from membership_change where user_id = ?1),"
                          + " 0), exists (select 1 from ended_session where session_id = ?2)")
                  .setParameter(1, String.valueOf(userId))
                  .setParameter(2, session)
                  .getSingleResult();
      this.userId = userId;
      this.sessionId = session;
      this.standing = new Standing(((Number) row[0]).longValue(), Boolean.TRUE.equals(row[1]));
    }
    return standing;
  }
}
