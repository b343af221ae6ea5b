package org.openneighbourhood.api.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.identity.entity.IdentityUnavailableException;

/**
 * The organisations a staff member belongs to, without asking Keycloak on every request. Each
 * instance keeps what Keycloak answered for {@code identity.membership-cache-seconds} (30 by
 * default), so a membership ended in Keycloak's own console is seen within that time. A change made
 * through this API ({@link #changed}) is seen at once by every instance: it bumps the user's row in
 * {@code membership_change} in the change's transaction, and every request reads that row by its
 * primary key and asks Keycloak again when it moved.
 *
 * <p>While Keycloak does not answer, what it last said of a user is used for up to {@link
 * #LAST_KNOWN_FOR}, unless a change made through this API moved the user's version since: a hung
 * Keycloak is also a console nobody can change memberships in, so the last answer is still the
 * truth, and staff go on working with everything that does not itself need Keycloak. A user this
 * instance has not heard of, or whose membership changed, is refused (fails closed).
 *
 * <p>The cache times entries with {@link System#nanoTime()}, never the business clock that tests
 * and demos move.
 */
@ApplicationScoped
public class Memberships {

  /** How long Keycloak's last answer stands in for it while it does not answer. */
  static final Duration LAST_KNOWN_FOR = Duration.ofMinutes(15);

  private static final Logger LOG = Logger.getLogger(Memberships.class.getName());

  /** Entries past this many are swept of expired ones, so the map stays the size of the staff. */
  private static final int SWEEP_ABOVE = 10_000;

  @Inject Keycloak keycloak;
  @Inject Config config;
  @PersistenceContext EntityManager em;

  private final Map<String, Entry> cache = new ConcurrentHashMap<>();
  private final SingleFlight<String, List<String>> asking =
      new SingleFlight<>(Duration.ofMillis(KeycloakCalls.TIMEOUT_MILLIS + 500));
  private volatile long cacheNanos = -1;

  private record Entry(List<String> aliases, long version, long fetchedNanos) {}

  /**
   * The aliases of the organisations the user belongs to now, as far as this API can know.
   *
   * @param version the user's membership version, read by the request ({@link CallerStanding})
   *     before Keycloak is asked: a change committed in between moves it again, and the next
   *     request asks afresh
   */
  public List<String> of(String userId, long version) {
    long now = System.nanoTime();
    Entry entry = cache.get(userId);
    if (entry != null && entry.version == version && now - entry.fetchedNanos < cacheNanos()) {
      return entry.aliases;
    }
    // Requests of one user arriving together share one call (at the same version: a change made
    // meanwhile is asked about afresh).
    List<String> aliases;
    try {
      aliases = asking.get(userId + "@" + version, () -> keycloak.organisationsOf(userId));
    } catch (IdentityUnavailableException unanswered) {
      if (entry != null
          && entry.version == version
          && now - entry.fetchedNanos < LAST_KNOWN_FOR.toNanos()) {
        LOG.fine(() -> "Keycloak's last answer stands for " + userId + ": " + unanswered);
        return entry.aliases;
      }
      throw unanswered;
    }
    if (cache.size() > SWEEP_ABOVE) {
      cache.values().removeIf(old -> now - old.fetchedNanos >= LAST_KNOWN_FOR.toNanos());
    }
    cache.put(userId, new Entry(aliases, version, now));
    return aliases;
  }

  /**
   * Says, in the transaction of a change to the user's organisations or account, that every
   * instance must ask Keycloak again at the user's next request.
   */
  public void changed(String userId) {
    em.createNativeQuery(
            "insert into membership_change (user_id, version) values (?1, 1) on conflict (user_id)"
                + " do update set version = membership_change.version + 1, changed_at = now()")
        .setParameter(1, userId)
        .executeUpdate();
    cache.remove(userId);
  }

  private long cacheNanos() {
    if (cacheNanos < 0) {
      int seconds = Setting.MEMBERSHIP_CACHE_SECONDS.wholeNumber(config);
      cacheNanos = TimeUnit.SECONDS.toNanos(seconds);
    }
    return cacheNanos;
  }
}
