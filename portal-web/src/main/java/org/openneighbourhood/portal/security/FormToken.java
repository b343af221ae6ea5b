package org.openneighbourhood.portal.security;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret per session that a plain HTML form posting to a servlet (sign-out) sends back, so that
 * another site cannot make the browser post it. Faces forms need none: their server-side ViewState
 * id plays the same part.
 */
public final class FormToken {

  static final String ATTRIBUTE = FormToken.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  private FormToken() {}

  /** The session's token, created on first use. */
  public static String of(HttpSession session) {
    Object token = session.getAttribute(ATTRIBUTE);
    return token instanceof String existing ? existing : renew(session);
  }

  /**
   * A new token for the session (256 random bits, URL-safe Base64), replacing any earlier one: at
   * sign-in, so that nothing learnt before it is of use afterwards.
   */
  public static String renew(HttpSession session) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(ATTRIBUTE, token);
    return token;
  }

  /**
   * True only when the session already has a token and {@code presented} equals it, compared in
   * constant time. A missing session or token never matches.
   */
  public static boolean matches(HttpSession session, String presented) {
    if (session == null || presented == null || presented.isEmpty()) {
      return false;
    }
    Object expected = session.getAttribute(ATTRIBUTE);
    return expected instanceof String token
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.US_ASCII),
            presented.getBytes(StandardCharsets.US_ASCII));
  }
}
