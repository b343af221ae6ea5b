package org.openneighbourhood.api.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenClaimsTest {

  @Test
  void organisationClaimAsListGivesAliases() {
    assertEquals(
        List.of("green-minds", "money-matters"),
        TokenClaims.organisationAliases(List.of("green-minds", "money-matters", "green-minds")));
  }

  @Test
  void organisationClaimAsObjectGivesItsKeys() {
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("green-minds", Map.of("id", "x"));
    assertEquals(List.of("green-minds"), TokenClaims.organisationAliases(claim));
  }

  @Test
  void missingOrganisationClaimGivesNone() {
    assertEquals(List.of(), TokenClaims.organisationAliases(null));
  }

  @Test
  void displayNameFallsBackToUsername() {
    assertEquals("lina.link", TokenClaims.displayName(null, "lina.link", "sub"));
    assertEquals("Lina Link", TokenClaims.displayName("Lina Link", "lina.link", "sub"));
    assertEquals("sub", TokenClaims.displayName(" ", null, "sub"));
  }
}
