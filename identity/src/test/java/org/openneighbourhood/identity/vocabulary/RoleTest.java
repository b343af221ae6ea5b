package org.openneighbourhood.identity.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * The realm file is the one source of the role vocabulary: this enum, the API's {@code Role} and
 * the portal's {@code Roles} are each checked against it by a test of their own module.
 */
class RoleTest {

  @Test
  void theRolesAreTheRealmsInItsOrder() throws IOException {
    RealmRepresentation realm;
    try (InputStream file =
        RoleTest.class.getResourceAsStream("/keycloak/neighbourhood-realm.json")) {
      realm = JsonSerialization.readValue(file, RealmRepresentation.class);
    }
    List<String> realmRoles =
        realm.getRoles().getRealm().stream().map(RoleRepresentation::getName).toList();
    assertEquals(realmRoles, Arrays.stream(Role.values()).map(Role::roleName).toList());
  }
}
