package org.openneighbourhood.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.admin.RoleWords;

/**
 * The roles the portal knows are the realm's, as {@code identity} declares them, in its order; each
 * role staff can be given has words on the pages.
 */
class RolesTest {

  static final Path REALM =
      Path.of(System.getProperty("basedir", "."))
          .resolve("../identity/src/main/resources/keycloak/neighbourhood-realm.json");

  @Test
  void theRolesAreTheRealmsAndEachStaffRoleHasWords() throws IOException {
    JsonObject realm;
    try (Reader file = Files.newBufferedReader(REALM);
        JsonReader reader = Json.createReader(file)) {
      realm = reader.readObject();
    }
    List<String> realmRoles =
        realm.getJsonObject("roles").getJsonArray("realm").stream()
            .map(role -> role.asJsonObject().getString("name"))
            .toList();
    assertEquals(realmRoles, Roles.ALL);
    RoleWords words = new RoleWords();
    for (String role : Roles.ORGANISATION) {
      assertNotEquals(role, words.role(role), "no words for " + role);
      assertFalse(words.hint(role).isEmpty(), "no hint for " + role);
    }
  }
}
