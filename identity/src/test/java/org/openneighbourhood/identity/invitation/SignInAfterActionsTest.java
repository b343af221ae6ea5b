package org.openneighbourhood.identity.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

class SignInAfterActionsTest {

  private static final String PORTAL = "https://portal.example/signin";
  private static final String END = AuthenticationManager.END_AFTER_REQUIRED_ACTIONS;

  private final Map<String, String> notes = new HashMap<>();
  private final List<String> asked = new ArrayList<>();

  @Test
  void aLinkBackToAnAddressTheClientRegisteredEndsSignedIn() {
    notes.put(END, "true");
    SignInAfterActions.decide(session(), PORTAL, this::registeredPortal);
    assertNull(notes.get(END), "Keycloak goes on to sign the user in");
    assertEquals(List.of(PORTAL), asked, "the client's registered addresses were asked");
  }

  @Test
  void aLinkWithoutAReturnAddressKeepsKeycloaksEnding() {
    SignInAfterActions.decide(session(), null, this::registeredPortal);
    assertEquals("true", notes.get(END));
    assertEquals(List.of(), asked);
  }

  @Test
  void aReturnAddressTheClientDoesNotRegisterKeepsKeycloaksEnding() {
    SignInAfterActions.decide(session(), "https://elsewhere.example/", this::registeredPortal);
    assertEquals("true", notes.get(END));
  }

  @Test
  void anAddressNoLongerRegisteredAtTheSecondStepEndsWithoutASession() {
    SignInAfterActions.decide(session(), PORTAL, this::registeredPortal);
    SignInAfterActions.decide(session(), PORTAL, address -> null);
    assertEquals("true", notes.get(END), "decided again against the client as it is now");
  }

  private String registeredPortal(String address) {
    asked.add(address);
    return PORTAL.equals(address) ? address : null;
  }

  /** An authentication session that keeps its notes and supports nothing else. */
  private AuthenticationSessionModel session() {
    return (AuthenticationSessionModel)
        Proxy.newProxyInstance(
            AuthenticationSessionModel.class.getClassLoader(),
            new Class<?>[] {AuthenticationSessionModel.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "setAuthNote" -> notes.put((String) args[0], (String) args[1]);
                  case "removeAuthNote" -> notes.remove((String) args[0]);
                  case "getAuthNote" -> notes.get((String) args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
