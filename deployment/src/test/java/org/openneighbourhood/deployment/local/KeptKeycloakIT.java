package org.openneighbourhood.deployment.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.openneighbourhood.deployment.stack.SecondLane;

/**
 * The local run keeps Keycloak's database, so the realm file is imported once: a portal redirect
 * address the file gained since (its /signin, where invitations end signed in) is added to the
 * running realm at start, or the API's invitations would be refused. The real Keycloak, with the
 * realm as an older import left it.
 */
@Tag("organisations")
@SecondLane
class KeptKeycloakIT {

  private static final String PORTAL = "http://localhost:8080";
  private static final String ADMIN_PASSWORD = "kept-keycloak-admin";

  private Path workDir;
  private KeycloakServer keycloak;

  @BeforeEach
  void startKeycloak() throws IOException {
    workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "kept-keycloak-");
    keycloak =
        KeycloakServer.start(
            Path.of(System.getProperty("neighbourhood.keycloak.home")).toAbsolutePath(),
            workDir,
            Ports.free(),
            new KeycloakServer.RealmValues(PORTAL, "p-secret", "a-secret", "v-secret", 2525),
            ADMIN_PASSWORD,
            Optional.empty(),
            Duration.ofMinutes(5));
  }

  @AfterEach
  void stopKeycloak() {
    keycloak.close();
    Directories.delete(workDir);
  }

  @Test
  void aRedirectAddressTheRealmFileGainedIsAddedAndNoneTakenAway() {
    assertEquals(
        Set.of(PORTAL + "/callback", PORTAL + "/signin", PORTAL + "/"),
        portalAddresses(),
        "the realm file's");
    setPortalAddresses(List.of(PORTAL + "/callback", PORTAL + "/", PORTAL + "/added-by-hand"));

    keycloak.addPortalAddressesOfTheRealmFile(PORTAL);

    assertEquals(
        Set.of(PORTAL + "/callback", PORTAL + "/", PORTAL + "/added-by-hand", PORTAL + "/signin"),
        portalAddresses());
  }

  private Set<String> portalAddresses() {
    try (Keycloak admin = admin()) {
      return Set.copyOf(portal(admin).toRepresentation().getRedirectUris());
    }
  }

  private void setPortalAddresses(List<String> addresses) {
    try (Keycloak admin = admin()) {
      ClientResource client = portal(admin);
      ClientRepresentation representation = client.toRepresentation();
      representation.setRedirectUris(addresses);
      client.update(representation);
    }
  }

  private static ClientResource portal(Keycloak admin) {
    RealmResource realm = admin.realm(KeycloakServer.REALM);
    return realm.clients().get(realm.clients().findByClientId("portal-web").get(0).getId());
  }

  private Keycloak admin() {
    return KeycloakBuilder.builder()
        .serverUrl(keycloak.url())
        .realm("master")
        .clientId("admin-cli")
        .username("bootstrap-admin")
        .password(ADMIN_PASSWORD)
        .build();
  }
}
