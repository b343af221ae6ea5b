package org.openneighbourhood.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ReplicatedSignInTest {

  private static String part(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aTokenIsTrustedUntilItsOwnExpiry() {
    String jwt = part("{\"alg\":\"RS256\"}") + "." + part("{\"exp\":1800000000}") + ".signature";
    assertEquals(Instant.ofEpochSecond(1_800_000_000L), ReplicatedSignIn.expiry(jwt));
  }

  @Test
  void anUnreadableTokenCountsAsExpired() {
    assertEquals(Instant.EPOCH, ReplicatedSignIn.expiry("not-a-jwt"));
    assertEquals(Instant.EPOCH, ReplicatedSignIn.expiry("a.%%%.c"));
    assertEquals(Instant.EPOCH, ReplicatedSignIn.expiry(part("{}") + "." + part("{}") + ".s"));
  }
}
