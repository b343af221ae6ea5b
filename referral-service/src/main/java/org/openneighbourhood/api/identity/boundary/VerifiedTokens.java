package org.openneighbourhood.api.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens that MicroProfile JWT has verified in full (signature, issuer, audience, expiry),
 * kept so that the same token on a later request is not verified again: verifying one was an eighth
 * of a BaRS create's CPU, most of it Payara building the realm's public key from the JWKS afresh
 * for every token (deployment/BENCHMARK.md). A user's token serves every request of theirs for its
 * few minutes, and a partner system's until it expires, so nearly every request finds its token
 * here.
 *
 * <p>An identity store ahead of MicroProfile JWT's own ({@link #priority}): a token held here is
 * valid at once, with the caller and groups it was verified with; any other (a new token, a forged
 * one, one that differs by a character) is not validated here and goes on to MicroProfile JWT,
 * which verifies it as before. {@link RememberVerifiedTokens} keeps a token once MicroProfile JWT
 * has verified it. A token is held until it expires and at most {@link #LONGEST} (Payara keeps the
 * realm's keys longer), and at most {@link #MOST} tokens at once: past that, new ones are verified
 * every time until held ones expire. Whether a sign-in session has ended is checked on every
 * request afterwards, as before ({@link SessionStillOpen}).
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityStore {

  /** The most tokens held: a few kilobytes each with their claims. */
  static final int MOST = 2_000;

  /** The longest a token is held, whatever its expiry. */
  static final Duration LONGEST = Duration.ofMinutes(5);

  /** Ahead of MicroProfile JWT's store, which has the default priority (100). */
  static final int PRIORITY = 10;

  /** MicroProfile JWT's credential in Payara gives its token by this method. */
  private static final String TOKEN_METHOD = "getSignedJWT";

  private static final ClassValue<Optional<Method>> TOKEN_OF =
      new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
          try {
            Method method = type.getMethod(TOKEN_METHOD);
            return method.getReturnType() == String.class ? Optional.of(method) : Optional.empty();
          } catch (NoSuchMethodException notOne) {
            return Optional.empty();
          }
        }
      };

  private record Held(CallerPrincipal caller, Set<String> groups, long untilMillis) {

    boolean expiredAt(long millis) {
      return millis >= untilMillis;
    }
  }

  private final Map<String, Held> held = new ConcurrentHashMap<>();
  private final Clock clock;

  public VerifiedTokens() {
    this(Clock.systemUTC());
  }

  VerifiedTokens(Clock clock) {
    this.clock = clock;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    String token = tokenOf(credential);
    Held verified = token == null ? null : held.get(token);
    if (verified == null) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    if (verified.expiredAt(clock.millis())) {
      held.remove(token, verified);
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return new CredentialValidationResult(verified.caller(), verified.groups());
  }

  /**
   * Keeps a caller whom MicroProfile JWT has just verified, by their token. A principal that is not
   * a verified token, a token already held, or one without an expiry is not kept.
   */
  public void remember(Object principal) {
    if (!(principal instanceof JsonWebToken token)
        || !(principal instanceof CallerPrincipal caller)
        || token.getRawToken() == null
        || held.containsKey(token.getRawToken())
        || token.getExpirationTime() <= 0) {
      return;
    }
    long now = clock.millis();
    long until = Math.min(token.getExpirationTime() * 1000, now + LONGEST.toMillis());
    if (until <= now || !roomFor(now)) {
      return;
    }
    Set<String> groups = token.getGroups() == null ? Set.of() : Set.copyOf(token.getGroups());
    held.putIfAbsent(token.getRawToken(), new Held(caller, groups, until));
  }

  /** Whether this token is held, and so taken as verified until it expires. */
  public boolean holds(String token) {
    Held verified = held.get(token);
    return verified != null && !verified.expiredAt(clock.millis());
  }

  /** How many tokens are held now. */
  int size() {
    return held.size();
  }

  private boolean roomFor(long now) {
    if (held.size() < MOST) {
      return true;
    }
    held.values().removeIf(verified -> verified.expiredAt(now));
    return held.size() < MOST;
  }

  /** The token a credential carries, when it is MicroProfile JWT's. */
  static String tokenOf(Credential credential) {
    Optional<Method> method = TOKEN_OF.get(credential.getClass());
    if (method.isEmpty()) {
      return null;
    }
    try {
      return (String) method.get().invoke(credential);
    } catch (IllegalAccessException | InvocationTargetException unreadable) {
      return null;
    }
  }
}
