package org.openneighbourhood.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormTokenTest {

  /** Just enough of a session: attributes in a map. */
  private static HttpSession session() {
    Map<String, Object> attributes = new HashMap<>();
    return (HttpSession)
        Proxy.newProxyInstance(
            FormTokenTest.class.getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "removeAttribute" -> attributes.remove((String) args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void theSessionsOwnTokenMatches() {
    HttpSession session = session();
    String token = FormToken.of(session);
    assertTrue(FormToken.matches(session, token));
    assertEquals(token, FormToken.of(session), "one token per session until renewed");
  }

  @Test
  void tokensAreLongAndDifferPerSession() {
    String one = FormToken.of(session());
    String other = FormToken.of(session());
    assertNotEquals(one, other);
    assertEquals(43, one.length(), "256 bits in URL-safe Base64");
  }

  @Test
  void anotherSessionsTokenOrNoneDoesNotMatch() {
    HttpSession session = session();
    FormToken.of(session);
    assertFalse(FormToken.matches(session, FormToken.of(session())));
    assertFalse(FormToken.matches(session, null));
    assertFalse(FormToken.matches(session, ""));
    assertFalse(FormToken.matches(null, "anything"));
  }

  @Test
  void aSessionWithoutATokenMatchesNothing() {
    assertFalse(FormToken.matches(session(), ""));
    assertFalse(FormToken.matches(session(), "null"));
  }

  @Test
  void aTokenFromBeforeSignInIsWorthlessAfterIt() {
    HttpSession session = session();
    String before = FormToken.of(session);
    String after = FormToken.renew(session);
    assertNotEquals(before, after);
    assertFalse(FormToken.matches(session, before));
    assertTrue(FormToken.matches(session, after));
  }
}
