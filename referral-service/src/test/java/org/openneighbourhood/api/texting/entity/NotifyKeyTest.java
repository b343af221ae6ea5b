package org.openneighbourhood.api.texting.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class NotifyKeyTest {

  private static final String SERVICE = "26785a09-ab16-4eb0-8407-a37497a57506";
  private static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
  private static final String KEY = "my_test_key-" + SERVICE + "-" + SECRET;

  @Test
  void theTokenIsSignedWithTheSecretAndIssuedByTheService() throws Exception {
    String[] token = NotifyKey.parse(KEY).token(Instant.ofEpochSecond(1_700_000_000)).split("\\.");
    Base64.Decoder base64 = Base64.getUrlDecoder();
    assertEquals(
        "{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
        new String(base64.decode(token[0]), StandardCharsets.UTF_8));
    assertEquals(
        "{\"iss\":\"" + SERVICE + "\",\"iat\":1700000000}",
        new String(base64.decode(token[1]), StandardCharsets.UTF_8));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    assertArrayEquals(
        mac.doFinal((token[0] + "." + token[1]).getBytes(StandardCharsets.US_ASCII)),
        base64.decode(token[2]));
  }

  @Test
  void aKeyNameMayHoldHyphens() {
    assertEquals(SERVICE, NotifyKey.parse("live-key-2-" + SERVICE + "-" + SECRET).serviceId());
  }

  @Test
  void somethingElseIsRefusedWithoutRepeatingIt() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> NotifyKey.parse(SECRET));
    assertFalse(refused.getMessage().contains(SECRET));
    assertFalse(NotifyKey.parse(KEY).toString().contains(SECRET));
  }
}
