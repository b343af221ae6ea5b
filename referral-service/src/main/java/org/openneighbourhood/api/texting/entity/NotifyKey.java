package org.openneighbourhood.api.texting.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A GOV.UK Notify API key, as Notify shows it: the key's name, the service id and the secret,
 * joined by hyphens. Each request carries a fresh token signed with the secret (HS256, issuer the
 * service id, issued now), which Notify accepts for 30 seconds.
 */
public final class NotifyKey {

  private static final String UUID_TEXT = "[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}";
  private static final Pattern SHAPE =
      Pattern.compile(".+-(" + UUID_TEXT + ")-(" + UUID_TEXT + ")");
  private static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

  private final String serviceId;
  private final byte[] secret;

  private NotifyKey(String serviceId, byte[] secret) {
    this.serviceId = serviceId;
    this.secret = secret;
  }

  /**
   * @throws IllegalArgumentException when it is not a Notify key (never repeating it)
   */
  public static NotifyKey parse(String apiKey) {
    Matcher shape = SHAPE.matcher(Objects.requireNonNull(apiKey).strip());
    if (!shape.matches()) {
      throw new IllegalArgumentException("Not a GOV.UK Notify API key");
    }
    return new NotifyKey(shape.group(1), shape.group(2).getBytes(StandardCharsets.UTF_8));
  }

  public String serviceId() {
    return serviceId;
  }

  /** The bearer token for a request made at {@code now}. */
  public String token(Instant now) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String unsigned =
        base64.encodeToString(HEADER.getBytes(StandardCharsets.UTF_8))
            + "."
            + base64.encodeToString(
                ("{\"iss\":\"" + serviceId + "\",\"iat\":" + now.getEpochSecond() + "}")
                    .getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return unsigned
          + "."
          + base64.encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
    }
  }

  @Override
  public String toString() {
    // The secret stays out of logs.
    return "NotifyKey[" + serviceId + "]";
  }
}
