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
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.config.Config;
import org.openneighbourhood.api.configuration.control.Setting;
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

  @Inject Config config;

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
    return RealmKeys.key(config, kid)
        .orElseThrow(() -> invalid("is signed by a key the realm does not publish"));
  }

  private String issuer() {
    return Setting.JWT_ISSUER.lookup(config).orElse("").strip();
  }

  private String portalClient() {
    return Setting.PORTAL_CLIENT_ID.value(config).orElseThrow();
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

  private static InvalidInputException invalid(String why) {
    return new InvalidInputException(FIELD, "The logout token " + why);
  }
}
