package org.openneighbourhood.api.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private static final long NOW = Instant.parse("2026-12-07T09:00:00Z").toEpochMilli();

  /** A clock the test moves. */
  private static final class Hands extends Clock {
    long millis = NOW;

    @Override
    public long millis() {
      return millis;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /** A verified token as MicroProfile JWT's principal is: a caller and a token in one. */
  private static final class Verified extends CallerPrincipal implements JsonWebToken {
    private final String raw;
    private final long expiresAtSecond;

    Verified(String raw, long expiresAtSecond) {
      super("lina.link");
      this.raw = raw;
      this.expiresAtSecond = expiresAtSecond;
    }

    @Override
    public String getRawToken() {
      return raw;
    }

    @Override
    public long getExpirationTime() {
      return expiresAtSecond;
    }

    @Override
    public Set<String> getGroups() {
      return Set.of("link-worker");
    }

    @Override
    public Set<String> getClaimNames() {
      return Set.of("raw_token", "exp", "groups");
    }

    @Override
    public <T> T getClaim(String claimName) {
      return null;
    }
  }

  /** MicroProfile JWT's credential, as Payara's gives its token. */
  public static final class SignedToken implements Credential {
    private final String token;

    SignedToken(String token) {
      this.token = token;
    }

    public String getSignedJWT() {
      return token;
    }
  }

  private final Hands clock = new Hands();
  private final VerifiedTokens tokens = new VerifiedTokens(clock);

  private static long inSeconds(long seconds) {
    return NOW / 1000 + seconds;
  }

  @Test
  void aTokenNotYetVerifiedIsLeftToMicroProfileJwt() {
    assertEquals(Status.NOT_VALIDATED, tokens.validate(new SignedToken("a.b.c")).getStatus());
  }

  @Test
  void aVerifiedTokenIsValidAgainWithItsCallerAndGroups() {
    Verified lina = new Verified("a.b.c", inSeconds(300));
    tokens.remember(lina);
    CredentialValidationResult again = tokens.validate(new SignedToken(new String("a.b.c")));
    assertEquals(Status.VALID, again.getStatus());
    assertSame(lina, again.getCallerPrincipal());
    assertEquals(Set.of("link-worker"), again.getCallerGroups());
  }

  @Test
  void theSameTokenWithAnotherSignatureIsNotTheOneHeld() {
    tokens.remember(new Verified("a.b.c", inSeconds(300)));
    assertEquals(Status.NOT_VALIDATED, tokens.validate(new SignedToken("a.b.d")).getStatus());
    assertEquals(Status.NOT_VALIDATED, tokens.validate(new SignedToken("a.b.c ")).getStatus());
  }

  @Test
  void aTokenIsHeldUntilItExpires() {
    tokens.remember(new Verified("a.b.c", inSeconds(60)));
    clock.millis = NOW + 59_999;
    assertEquals(Status.VALID, tokens.validate(new SignedToken("a.b.c")).getStatus());
    clock.millis = NOW + 60_000;
    assertEquals(Status.NOT_VALIDATED, tokens.validate(new SignedToken("a.b.c")).getStatus());
    assertEquals(0, tokens.size(), "let go once expired");
  }

  @Test
  void aLongLivedTokenIsHeldForFiveMinutesAtMost() {
    tokens.remember(new Verified("a.b.c", inSeconds(3600)));
    clock.millis = NOW + VerifiedTokens.LONGEST.toMillis() - 1;
    assertTrue(tokens.holds("a.b.c"));
    clock.millis = NOW + VerifiedTokens.LONGEST.toMillis();
    assertFalse(tokens.holds("a.b.c"));
    assertEquals(Status.NOT_VALIDATED, tokens.validate(new SignedToken("a.b.c")).getStatus());
  }

  @Test
  void anExpiredTokenOrOneWithoutExpiryIsNotKept() {
    tokens.remember(new Verified("expired", inSeconds(0)));
    tokens.remember(new Verified("no-expiry", 0));
    tokens.remember(new Verified(null, inSeconds(60)));
    assertEquals(0, tokens.size());
  }

  @Test
  void aPrincipalThatIsNoVerifiedTokenIsNotKept() {
    tokens.remember(null);
    tokens.remember(new CallerPrincipal("someone"));
    assertEquals(0, tokens.size());
  }

  @Test
  void otherCredentialsAreLeftToTheirOwnStores() {
    assertNull(VerifiedTokens.tokenOf(new UsernamePasswordCredential("lina", "secret")));
    assertEquals(
        Status.NOT_VALIDATED,
        tokens.validate(new UsernamePasswordCredential("lina", "secret")).getStatus());
  }

  @Test
  void pastTheMostHeldNewTokensAreVerifiedEachTimeUntilHeldOnesExpire() {
    for (int i = 0; i < VerifiedTokens.MOST; i++) {
      tokens.remember(new Verified("token-" + i, inSeconds(i < 10 ? 30 : 300)));
    }
    tokens.remember(new Verified("one-more", inSeconds(300)));
    assertFalse(tokens.holds("one-more"), "no room");
    assertEquals(VerifiedTokens.MOST, tokens.size());
    clock.millis = NOW + 30_000;
    tokens.remember(new Verified("one-more", inSeconds(300)));
    assertTrue(tokens.holds("one-more"), "room once ten expired");
    assertEquals(VerifiedTokens.MOST - 9, tokens.size());
  }

  @Test
  void itIsAskedBeforeMicroProfileJwtsOwnStore() {
    assertTrue(
        tokens.priority()
            < new jakarta.security.enterprise.identitystore.IdentityStore() {}.priority());
  }
}
