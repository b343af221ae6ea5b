package org.openneighbourhood.api.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The roles the API knows are the realm's, as {@code identity} declares them: one vocabulary. */
class RoleTest {

  static final Path REALM =
      Path.of(System.getProperty("basedir", "."))
          .resolve("../identity/src/main/resources/keycloak/neighbourhood-realm.json");

  @Test
  void theRolesAreTheRealmsAndAnyoneIsNotOne() throws IOException {
    JsonObject realm;
    try (Reader file = Files.newBufferedReader(REALM);
        JsonReader reader = Json.createReader(file)) {
      realm = reader.readObject();
    }
    Set<String> realmRoles =
        realm.getJsonObject("roles").getJsonArray("realm").stream()
            .map(role -> role.asJsonObject().getString("name"))
            .collect(Collectors.toSet());
    assertEquals(realmRoles, Role.ALL);
    assertFalse(realmRoles.contains(Role.ANYONE), "anyone is held by all, never granted");
    assertTrue(Role.ALL.containsAll(Role.ORGANISATION_ROLES));
  }
}
