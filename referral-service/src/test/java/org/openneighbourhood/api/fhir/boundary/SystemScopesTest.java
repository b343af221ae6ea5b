package org.openneighbourhood.api.fhir.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.access.entity.AccessDeniedException;
import org.openneighbourhood.api.access.entity.Caller;

class SystemScopesTest {

  private static final Caller PARTNER =
      new Caller(
          "service-account-gp",
          "GP system",
          Set.of("partner-system"),
          List.of("riverside-surgery"),
          null,
          null);
  private static final Caller USER =
      new Caller("gary.gp", "Gary", Set.of("gp-staff"), List.of("riverside-surgery"), null, null);

  @Test
  void aPartnerReadsOnlyTheTypesItsTokenHasAScopeFor() {
    SystemScopes scopes = scopes("system/ServiceRequest.write system/ServiceRequest.read");
    assertDoesNotThrow(() -> scopes.requireRead(PARTNER, "ServiceRequest"));
    AccessDeniedException refused =
        assertThrows(AccessDeniedException.class, () -> scopes.requireRead(PARTNER, "Task"));
    assertTrue(refused.getMessage().contains("system/Task.read"), refused.getMessage());
  }

  @Test
  void aWriteScopeOrNoScopeReadsNothingAndTheWildcardReadsEverything() {
    assertThrows(
        AccessDeniedException.class,
        () -> scopes("system/ServiceRequest.write").requireRead(PARTNER, "ServiceRequest"));
    assertThrows(
        AccessDeniedException.class, () -> scopes(null).requireRead(PARTNER, "ServiceRequest"));
    assertDoesNotThrow(() -> scopes("system/*.read").requireRead(PARTNER, "Task"));
  }

  @Test
  void aUsersTokenIsNotSubjectToSmartScopes() {
    assertDoesNotThrow(() -> scopes(null).requireRead(USER, "Task"));
  }

  private static SystemScopes scopes(String scope) {
    SystemScopes scopes = new SystemScopes();
    scopes.token =
        new JsonWebToken() {
          @Override
          public String getName() {
            return "token";
          }

          @Override
          public Set<String> getClaimNames() {
            return scope == null ? Set.of() : Set.of("scope");
          }

          @Override
          @SuppressWarnings("unchecked")
          public <T> T getClaim(String name) {
            return "scope".equals(name) ? (T) scope : null;
          }
        };
    return scopes;
  }
}
