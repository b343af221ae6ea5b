package org.openneighbourhood.identity.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NeighbourhoodFileTest {

  @Test
  void demoNeighbourhoodHasAUserForEveryRoleAPartnerSystemAndTwoVcfses() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/demo/neighbourhood-demo.json")) {
      NeighbourhoodFile file = NeighbourhoodFile.read(in);
      for (org.openneighbourhood.identity.vocabulary.Role role :
          org.openneighbourhood.identity.vocabulary.Role.values()) {
        if (role == org.openneighbourhood.identity.vocabulary.Role.PARTNER_SYSTEM) {
          // held by a partner system's service account, never a user; the demo's GP system sends
          // referrals and polls what became of them (docs/fhir.md, "Reading back")
          assertTrue(
              file.partners().stream()
                  .anyMatch(
                      p ->
                          p.scopes()
                              .containsAll(
                                  java.util.List.of(
                                      "system/ServiceRequest.write",
                                      "system/ServiceRequest.read",
                                      "system/Task.read",
                                      "system/Procedure.read"))),
              "no demo partner system with what a GP system needs");
          continue;
        }
        assertTrue(
            file.users().stream().anyMatch(u -> u.roles().contains(role.roleName())),
            "no demo user for " + role);
      }
      assertEquals(
          2,
          file.organisations().stream()
              .filter(o -> o.sector() == org.openneighbourhood.identity.vocabulary.Sector.VCFSE)
              .count());
    }
  }

  @Test
  void unknownRoleAndUnknownOrganisationAreBothReported() {
    String json =
        """
        {"organisations":[{"alias":"green-minds","name":"Green Minds","sector":"VCFSE"}],
         "users":[{"username":"x","firstName":"X","lastName":"Y","email":"x@example.org",
                   "roles":["wizard"],"organisations":["nowhere"]}]}
        """;
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NeighbourhoodFile.read(stream(json)));
    assertTrue(e.getMessage().contains("unknown role 'wizard'"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown organisation 'nowhere'"), e.getMessage());
  }

  @Test
  void aPartnerSystemActsForAKnownOrganisationWithSmartScopesAndNoUserIsOne() {
    String json =
        """
        {"organisations":[{"alias":"green-minds","name":"Green Minds","sector":"VCFSE"}],
         "users":[{"username":"x","firstName":"X","lastName":"Y","email":"x@example.org",
                   "roles":["partner-system"]}],
         "partners":[{"clientId":"crm","organisation":"nowhere","scopes":["everything"]}]}
        """;
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NeighbourhoodFile.read(stream(json)));
    assertTrue(e.getMessage().contains("acts for unknown organisation 'nowhere'"), e.getMessage());
    assertTrue(e.getMessage().contains("has scope 'everything'"), e.getMessage());
    assertTrue(e.getMessage().contains("user 'x' cannot hold partner-system"), e.getMessage());
  }

  @Test
  void organisationAliasMustBeASlug() {
    String json =
        """
        {"organisations":[{"alias":"Green Minds!","name":"Green Minds","sector":"VCFSE"}]}
        """;
    assertThrows(IllegalArgumentException.class, () -> NeighbourhoodFile.read(stream(json)));
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
