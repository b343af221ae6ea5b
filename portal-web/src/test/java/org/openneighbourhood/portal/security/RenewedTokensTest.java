package org.openneighbourhood.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.security.RenewedTokens.Outcome;

class RenewedTokensTest {

  @Test
  void aRenewalKeepsWhatKeycloakSent() {
    RenewedTokens.Renewal renewal =
        RenewedTokens.read(
            200, "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"id_token\":\"i\"}");
    assertEquals(Outcome.RENEWED, renewal.outcome());
    assertEquals(
        new RenewedTokens.Tokens("a", Optional.of("r"), Optional.of("i")),
        renewal.tokens().orElseThrow());
    assertEquals(
        new RenewedTokens.Tokens("a", Optional.empty(), Optional.empty()),
        RenewedTokens.read(200, "{\"access_token\":\"a\"}").tokens().orElseThrow(),
        "the refresh and ID tokens are kept when Keycloak sends none");
  }

  @Test
  void anEndedSessionIsARefusalAndAnythingElseAnOutage() {
    assertEquals(
        Outcome.REFUSED, RenewedTokens.read(400, "{\"error\":\"invalid_grant\"}").outcome());
    assertEquals(Outcome.REFUSED, RenewedTokens.read(401, "").outcome());
    assertEquals(Outcome.UNAVAILABLE, RenewedTokens.read(503, "").outcome());
    assertEquals(Outcome.UNAVAILABLE, RenewedTokens.read(200, "not json").outcome());
    assertEquals(Outcome.UNAVAILABLE, RenewedTokens.read(200, "[]").outcome());
    assertEquals(Outcome.UNAVAILABLE, RenewedTokens.read(200, "{\"access_token\":7}").outcome());
  }
}
