package org.openneighbourhood.api.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenClaimsTest {

  @Test
  void displayNameFallsBackToUsername() {
    assertEquals("lina.link", TokenClaims.displayName(null, "lina.link", "sub"));
    assertEquals("Lina Link", TokenClaims.displayName("Lina Link", "lina.link", "sub"));
    assertEquals("sub", TokenClaims.displayName(" ", null, "sub"));
  }
}
