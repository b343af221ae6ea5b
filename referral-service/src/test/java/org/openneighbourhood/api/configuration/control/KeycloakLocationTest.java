package org.openneighbourhood.api.configuration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeycloakLocationTest {

  @Test
  void realmAndServerComeFromTheIssuer() {
    var location =
        KeycloakLocation.of(Optional.of("https://id.example.nhs.uk/realms/north"), Optional.empty())
            .orElseThrow();
    assertEquals("north", location.realm());
    assertEquals(URI.create("https://id.example.nhs.uk/admin/realms/north"), location.adminUri());
    assertEquals(URI.create("https://id.example.nhs.uk/realms/north"), location.realmUri());
  }

  @Test
  void keycloakUrlOverridesTheServerButNotTheRealm() {
    var location =
        KeycloakLocation.of(
                Optional.of("https://id.example.nhs.uk/auth/realms/north/"),
                Optional.of("http://keycloak.identity.svc:8080/auth/"))
            .orElseThrow();
    assertEquals(
        URI.create("http://keycloak.identity.svc:8080/auth/admin/realms/north"),
        location.adminUri());
  }

  @Test
  void anIssuerThatIsNotARealmHasNoLocation() {
    assertTrue(
        KeycloakLocation.of(Optional.of("https://x.example/oauth"), Optional.empty()).isEmpty());
    assertTrue(KeycloakLocation.of(Optional.empty(), Optional.empty()).isEmpty());
  }
}
