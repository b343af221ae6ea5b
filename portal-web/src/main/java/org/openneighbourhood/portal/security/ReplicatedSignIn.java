package org.openneighbourhood.portal.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the session must keep of a sign-in for another instance to carry on with it: who signed in,
 * their groups, the access token the API is called with and when it expires, the refresh token that
 * renews it ({@link RenewedTokens}), the ID token a sign-out names to Keycloak, and the name the
 * header shows.
 *
 * <p>Soteria's {@code OpenIdContext} lives in the session too, but cannot be serialised (its {@code
 * AccessTokenImpl} is not {@code Serializable}), so the session's copy in the data grid ({@link
 * SessionCopies}) holds everything of the session but it. This copy is refreshed on every request
 * the signing-in instance serves (also after the mechanism refreshed the token), and {@link
 * SignInResponseHeaders} signs the caller in from it on an instance that has no OpenID context for
 * the session.
 */
@SessionScoped
public class ReplicatedSignIn implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The top-level exp claim of a JWT payload (a number of seconds): no JSON library needed. */
  private static final Pattern EXP = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");

  private String caller;
  private Set<String> groups = Set.of();
  private String accessToken;
  private Instant expires = Instant.EPOCH;
  private String refreshToken;
  private String identityToken;
  private String displayName;

  /**
   * Takes the sign-in the OpenID mechanism has just confirmed on this instance. Groups come with
   * the mechanism's own sign-in (at the callback); requests it lets through on its session may
   * carry none, and keep the ones known.
   */
  void copy(String caller, Set<String> groups, OpenIdContext context) {
    AccessToken token = context.getAccessToken();
    this.caller = caller;
    if (groups != null && !groups.isEmpty()) {
      this.groups = Set.copyOf(groups);
    }
    this.accessToken = token.getToken();
    this.expires = token.getJwtClaims().getExpirationTime().orElse(Instant.now().plusSeconds(60));
    context.getRefreshToken().ifPresent(refresh -> this.refreshToken = refresh.getToken());
    if (context.getIdentityToken() != null) {
      this.identityToken = context.getIdentityToken().getToken();
    }
    this.displayName = context.getClaims().getName().orElse(null);
  }

  /**
   * Takes the tokens this instance renewed itself, for a sign-in it took over: the access token
   * and, where Keycloak sent new ones, the refresh and ID tokens.
   */
  void renewed(RenewedTokens.Tokens tokens) {
    this.accessToken = tokens.access();
    this.expires = expiry(tokens.access());
    tokens.refresh().ifPresent(refresh -> this.refreshToken = refresh);
    tokens.identity().ifPresent(identity -> this.identityToken = identity);
  }

  /** Forgets the sign-in: signed out, or Keycloak refused to renew it. */
  void forget() {
    caller = null;
    groups = Set.of();
    accessToken = null;
    expires = Instant.EPOCH;
    refreshToken = null;
    identityToken = null;
    displayName = null;
  }

  /** Whether the sign-in can be renewed here once its access token expired. */
  boolean renewable() {
    return caller != null && refreshToken != null;
  }

  Optional<String> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  Optional<String> identityToken() {
    return Optional.ofNullable(identityToken);
  }

  /**
   * The token's own {@code exp}, read from its payload: Soteria does not always parse access tokens
   * as JWTs. The signature needs no check here: the API checks it on every call. Unreadable means
   * already expired, so the copy is never used.
   */
  static Instant expiry(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return Instant.EPOCH;
    }
    try {
      String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
      Matcher exp = EXP.matcher(payload);
      return exp.find() ? Instant.ofEpochSecond(Long.parseLong(exp.group(1))) : Instant.EPOCH;
    } catch (RuntimeException unreadable) {
      return Instant.EPOCH;
    }
  }

  /**
   * Whether another instance may sign the caller in from this copy: only while the access token is
   * valid. Past it, the mechanism asks Keycloak again (which, with its own session still open,
   * answers without a password).
   */
  boolean usable(Instant now) {
    return caller != null && accessToken != null && now.isBefore(expires);
  }

  String caller() {
    return caller;
  }

  Set<String> groups() {
    return groups;
  }

  public Optional<String> accessToken() {
    return Optional.ofNullable(accessToken);
  }

  Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }
}
