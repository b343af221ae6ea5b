package org.openneighbourhood.api.identity.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.openneighbourhood.api.configuration.control.Setting;

/**
 * The realm's signing keys (its JWKS), fetched from {@code mp.jwt.verify.publickey.location} with
 * short timeouts, in the background, and kept when Keycloak does not answer. Bearer tokens are
 * checked against them: MicroProfile JWT reads a local copy ({@link #keepCopy}), because Payara's
 * own fetch from Keycloak has no timeout and would hold every request while Keycloak hangs. The
 * first fetch happens at start-up, before any request. Back-channel logout tokens ({@link
 * LogoutTokens}) are checked against the same keys.
 */
public final class RealmKeys {

  static final String MP_JWT_LOCATION = "mp.jwt.verify.publickey.location";

  private static final Logger LOG = Logger.getLogger(RealmKeys.class.getName());
  private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(60);
  private static final long UNKNOWN_KEY_REFETCH_NANOS = TimeUnit.SECONDS.toNanos(10);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private record Fetched(Map<String, PublicKey> keys, long atNanos) {}

  private static volatile Fetched fetched;
  private static volatile long triedNanos;
  private static volatile boolean triedOnce;

  /** Where Keycloak publishes the keys, as configured, read before this class replaces it. */
  private static volatile URI source;

  /** The local copy MicroProfile JWT reads, once there is one. */
  private static volatile Path copy;

  private RealmKeys() {}

  /**
   * Waits, at start-up, until the keys are read (Keycloak may still be starting), at most {@code
   * longest}. Payara reads {@code mp.jwt.verify.publickey.location} once, at the first token it
   * checks: were that before the local copy exists, it would keep fetching from Keycloak itself,
   * without a timeout, and a hung Keycloak would hold every request. Requests are only served once
   * deployment ends, so this runs before any. Keys in a local file (or inline) need no wait:
   * MicroProfile JWT reads those itself.
   */
  public static boolean awaitFirstKeys(Config config, Duration longest) {
    boolean remote =
        Setting.JWT_PUBLIC_KEY_LOCATION
            .lookup(config)
            .map(location -> location.strip().toLowerCase(Locale.ROOT))
            .filter(location -> location.startsWith("http://") || location.startsWith("https://"))
            .isPresent();
    if (!remote) {
      return false;
    }
    long deadline = System.nanoTime() + longest.toNanos();
    while (true) {
      refresh(config);
      if (fetched != null) {
        return true;
      }
      if (System.nanoTime() - deadline > 0) {
        LOG.warning(
            () ->
                "The realm's keys could not be read in "
                    + longest.toSeconds()
                    + " s; tokens are checked against Keycloak's own address until they are");
        return false;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /**
   * Fetches the keys again when the last try is over a minute old, or ten seconds while there are
   * none yet (scheduled work asks every round).
   */
  public static void refreshIfOld(Config config) {
    if (!triedOnce
        || System.nanoTime() - triedNanos
            > (fetched == null ? UNKNOWN_KEY_REFETCH_NANOS : FRESH_NANOS)) {
      refresh(config);
    }
  }

  /**
   * The key with this id. A key not seen before makes a new fetch (Keycloak rotated its keys), at
   * most every ten seconds.
   */
  static Optional<PublicKey> key(Config config, String kid) {
    Fetched now = fetched;
    PublicKey key = now == null ? null : now.keys.get(kid);
    if (key == null && (!triedOnce || System.nanoTime() - triedNanos > UNKNOWN_KEY_REFETCH_NANOS)) {
      refresh(config);
      now = fetched;
      key = now == null ? null : now.keys.get(kid);
    }
    return Optional.ofNullable(key);
  }

  private static synchronized void refresh(Config config) {
    triedNanos = System.nanoTime();
    triedOnce = true;
    if (source == null) {
      Optional<String> location = Setting.JWT_PUBLIC_KEY_LOCATION.lookup(config).map(String::strip);
      if (location.isEmpty() || location.get().isEmpty()) {
        return;
      }
      source = URI.create(location.get());
    }
    try {
      String body = read(source);
      fetched = new Fetched(parse(body), System.nanoTime());
      if (!"file".equals(source.getScheme())) {
        keepCopy(body);
      }
    } catch (IOException | JsonException | IllegalArgumentException unreadable) {
      LOG.warning(
          () -> "The realm's keys could not be read, the last ones are kept: " + unreadable);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Writes the keys where MicroProfile JWT reads them. Payara reads {@code
   * mp.jwt.verify.publickey.location} when it first checks a token (a system property outranks the
   * environment), then the file again each time its key cache expires (payara-mp-jwt.properties): a
   * file never hangs, while its own fetch from Keycloak has no timeout.
   */
  private static synchronized void keepCopy(String body) throws IOException {
    Path kept = copy;
    if (kept == null) {
      kept = Files.createTempFile("realm-keys-", ".json");
      kept.toFile().deleteOnExit();
      copy = kept;
    }
    Path folder = Objects.requireNonNull(kept.toAbsolutePath().getParent(), "temporary folder");
    Path next = Files.createTempFile(folder, "realm-keys-", ".next");
    Files.writeString(next, body);
    Files.move(next, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.setProperty(MP_JWT_LOCATION, kept.toUri().toString());
  }

  private static String read(URI location) throws IOException, InterruptedException {
    if ("file".equals(location.getScheme())) {
      return Files.readString(Path.of(location));
    }
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(location).timeout(Duration.ofMillis(1500)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IOException("HTTP " + answer.statusCode() + " for the realm's keys");
    }
    return answer.body();
  }

  private static Map<String, PublicKey> parse(String body) {
    JsonObject jwks = Json.createReader(new StringReader(body)).readObject();
    Map<String, PublicKey> keys = new HashMap<>();
    if (!(jwks.get("keys") instanceof JsonArray array)) {
      throw new IllegalArgumentException("no keys in the realm's JWKS");
    }
    for (JsonValue value : array) {
      if (value instanceof JsonObject jwk
          && "RSA".equals(text(jwk.get("kty")))
          && !"enc".equals(text(jwk.get("use")))
          && text(jwk.get("kid")) != null) {
        try {
          keys.put(
              text(jwk.get("kid")),
              KeyFactory.getInstance("RSA")
                  .generatePublic(
                      new RSAPublicKeySpec(
                          unsigned(text(jwk.get("n"))), unsigned(text(jwk.get("e"))))));
        } catch (GeneralSecurityException | RuntimeException unusable) {
          // a key we cannot read verifies nothing
        }
      }
    }
    return Map.copyOf(keys);
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString string ? string.getString() : null;
  }

  private static BigInteger unsigned(String base64url) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
  }
}
