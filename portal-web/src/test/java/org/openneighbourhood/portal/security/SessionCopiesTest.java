package org.openneighbourhood.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class SessionCopiesTest {

  /** The grid's map, as a plain map. */
  private final Map<String, SessionCopies.Copy> grid = new ConcurrentHashMap<>();

  private final SessionCopies copies =
      new SessionCopies(
          Optional.of(new SessionCopies.Grid(id -> copyIn(id), grid::put, grid::remove)));

  private HashMap<String, byte[]> copyIn(String id) {
    SessionCopies.Copy copy = grid.get(id);
    return copy == null ? null : copy.attributes();
  }

  /** Just enough of a session: an id, attributes in a map, an idle timeout. */
  private static HttpSession session(String id) {
    Map<String, Object> attributes = new HashMap<>();
    return (HttpSession)
        Proxy.newProxyInstance(
            SessionCopiesTest.class.getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getId" -> id;
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "getAttributeNames" -> Collections.enumeration(attributes.keySet());
                  case "getMaxInactiveInterval" -> 1800;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /**
   * Just enough of a request: the session id the browser names, whether this instance knows it, and
   * the session it has or makes.
   */
  private static HttpServletRequest request(
      String requestedId, boolean known, HttpSession[] session) {
    Map<String, Object> attributes = new HashMap<>();
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            SessionCopiesTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRequestedSessionId" -> requestedId;
                  case "isRequestedSessionIdValid" -> known;
                  case "getSession" -> {
                    if (session[0] == null && (args == null || (Boolean) args[0])) {
                      session[0] = session("made-here");
                    }
                    yield session[0];
                  }
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void anotherInstanceCarriesOnWithTheSessionsSerialisableAttributes() {
    HttpSession original = session("first");
    original.setAttribute("organisation", "green-minds");
    original.setAttribute("context", new Object());
    copies.save(request("first", true, new HttpSession[] {original}));
    assertEquals(1800, grid.get("first").idleSeconds(), "kept in the grid as long as the session");

    HttpSession[] made = new HttpSession[1];
    HttpServletRequest elsewhere = request("first", false, made);
    assertTrue(copies.takeOver(elsewhere));
    assertEquals("green-minds", made[0].getAttribute("organisation"));
    assertNull(made[0].getAttribute("context"), "what cannot be serialised is left out");
    assertEquals("first", elsewhere.getAttribute(SessionCopies.TAKEN_OVER_FROM));
  }

  @Test
  void aSessionThisInstanceHasIsNotTakenOver() {
    HttpSession own = session("own");
    own.setAttribute("organisation", "green-minds");
    copies.save(request("own", true, new HttpSession[] {own}));
    assertFalse(copies.takeOver(request("own", true, new HttpSession[] {own})));
  }

  @Test
  void aForgottenOrUnknownIdBringsNoSessionBack() {
    HttpSession ended = session("ended");
    ended.setAttribute("organisation", "green-minds");
    copies.save(request("ended", true, new HttpSession[] {ended}));
    copies.forget("ended");

    HttpSession[] made = new HttpSession[1];
    assertFalse(copies.takeOver(request("ended", false, made)));
    assertFalse(copies.takeOver(request("never-seen", false, made)));
    assertNull(made[0], "no session made");
  }

  @Test
  void withoutADataGridNothingIsCopied() {
    SessionCopies alone = new SessionCopies(Optional.empty());
    HttpSession session = session("alone");
    session.setAttribute("organisation", "green-minds");
    alone.save(request("alone", true, new HttpSession[] {session}));
    assertFalse(alone.takeOver(request("alone", false, new HttpSession[1])));
  }
}
