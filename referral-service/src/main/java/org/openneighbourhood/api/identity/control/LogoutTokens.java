package org.openneighbourhood.api.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.identity.entity.IdentityUnavailableException;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * Checks an OIDC back-channel logout token (OpenID Connect Back-Channel Logout 1.0, section 2.6) as
 * Keycloak sends it for the portal's client: signed with RS256 by a key the realm publishes (the
 * same JWKS the API's bearer tokens are checked with), from the realm's issuer, for the portal's
 * client, with the logout event, a session id and no nonce. The realm's keys are kept and fetched
 * again only for a key id not seen before, at most every ten seconds.
 */
@ApplicationScoped
public class LogoutTokens {

  static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
  static final String FIELD = "logout_token";

  private static final Duration SKEW = Duration.ofMinutes(1);
  private static final long REFETCH_AFTER_NANOS = TimeUnit.SECONDS.toNanos(10);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  @Inject Config config;

  private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
  private volatile long fetchedNanos;
  private volatile boolean fetched;

  /**
   * The session the token says has ended.
   *
   * @throws InvalidInputException when it is not a valid logout token of this realm for the portal
   */
  public String endedSession(String logoutToken) {
    if (logoutToken == null || logoutToken.isBlank()) {
      throw invalid("is missing");
    }
    String[] parts = logoutToken.strip().split("\\.", -1);
    if (parts.length != 3) {
      throw invalid("is not a signed token");
    }
    JsonObject header = json(parts[0]);
    JsonObject claims = json(parts[1]);
    if (!"RS256".equals(text(header.get("alg")))) {
      throw invalid("is not signed with RS256");
    }
    verify(parts, key(text(header.get("kid"))));
    if (!issuer().equals(text(claims.get("iss")))) {
      throw invalid("is from another issuer");
    }
    if (!audiences(claims.get("aud")).contains(portalClient())) {
      throw invalid("is not for the portal");
    }
    JsonValue events = claims.get("events");
    if (!(events instanceof JsonObject object) || !object.containsKey(LOGOUT_EVENT)) {
      throw invalid("is not a logout event");
    }
    if (claims.containsKey("nonce")) {
      throw invalid("must not carry a nonce");
    }
    Instant now = Instant.now();
    if (claims.get("iat") instanceof JsonNumber iat
        && Instant.ofEpochSecond(iat.longValue()).isAfter(now.plus(SKEW))) {
      throw invalid("is issued in the future");
    }
    if (claims.get("exp") instanceof JsonNumber exp
        && Instant.ofEpochSecond(exp.longValue()).isBefore(now.minus(SKEW))) {
      throw invalid("has expired");
    }
    String session = text(claims.get("sid"));
    if (session == null || session.isBlank()) {
      throw invalid("names no session");
    }
    return session;
  }

  private static void verify(String[] parts, PublicKey key) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initVerify(key);
      signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
        throw invalid("has a signature that does not match");
      }
    } catch (IllegalArgumentException | GeneralSecurityException bad) {
      throw invalid("has a signature that cannot be read");
    }
  }

  private PublicKey key(String kid) {
    if (kid == null) {
      throw invalid("names no key");
    }
    PublicKey key = keys.get(kid);
    if (key == null && (!fetched || System.nanoTime() - fetchedNanos > REFETCH_AFTER_NANOS)) {
      fetchKeys();
      key = keys.get(kid);
    }
    if (key == null) {
      throw invalid("is signed by a key the realm does not publish");
    }
    return key;
  }

  private synchronized void fetchKeys() {
    JsonObject jwks = readJwks();
    fetchedNanos = System.nanoTime();
    fetched = true;
    JsonValue list = jwks.get("keys");
    if (!(list instanceof JsonArray array)) {
      return;
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
  }

  private JsonObject readJwks() {
    String inline = Setting.JWT_PUBLIC_KEY.lookup(config).orElse("").strip();
    if (inline.startsWith("{")) {
      return Json.createReader(new StringReader(inline)).readObject();
    }
    URI location = URI.create(Setting.JWT_PUBLIC_KEY_LOCATION.lookup(config).orElseThrow().strip());
    try {
      String body;
      if ("file".equals(location.getScheme())) {
        body = Files.readString(Path.of(location));
      } else {
        HttpResponse<String> answer =
            HTTP.send(
                HttpRequest.newBuilder(location).timeout(Duration.ofMillis(1500)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
          throw new IdentityUnavailableException(
              "Keycloak answered HTTP " + answer.statusCode() + " for the realm's keys", null);
        }
        body = answer.body();
      }
      return Json.createReader(new StringReader(body)).readObject();
    } catch (IOException | JsonException unreadable) {
      throw new IdentityUnavailableException("the realm's keys could not be read", unreadable);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IdentityUnavailableException("the realm's keys could not be read", interrupted);
    }
  }

  private String issuer() {
    return Setting.JWT_ISSUER.lookup(config).orElse("").strip();
  }

  private String portalClient() {
    return Setting.PORTAL_CLIENT_ID.lookup(config).orElse("portal-web").strip();
  }

  private static List<String> audiences(JsonValue aud) {
    if (aud instanceof JsonString one) {
      return List.of(one.getString());
    }
    if (aud instanceof JsonArray many) {
      return many.stream().map(LogoutTokens::text).filter(Objects::nonNull).toList();
    }
    return List.of();
  }

  private static JsonObject json(String part) {
    try {
      byte[] decoded = Base64.getUrlDecoder().decode(part);
      return Json.createReader(new StringReader(new String(decoded, StandardCharsets.UTF_8)))
          .readObject();
    } catch (IllegalArgumentException | JsonException | ClassCastException unreadable) {
      throw invalid("is not a JSON Web Token");
    }
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString string ? string.getString() : null;
  }

  private static BigInteger unsigned(String base64url) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
  }

  private static InvalidInputException invalid(String why) {
    return new InvalidInputException(FIELD, "The logout token " + why);
  }
}
