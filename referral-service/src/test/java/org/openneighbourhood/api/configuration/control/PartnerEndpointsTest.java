package org.openneighbourhood.api.configuration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnerEndpointsTest {

  @Test
  void eachOrganisationHasItsFhirBaseWithoutATrailingSlash() {
    PartnerEndpoints endpoints =
        PartnerEndpoints.parse(
            " riverside-surgery = https://gp.example/fhir/ , green-minds=http://crm.example:8080/r4");
    assertEquals(
        Optional.of(URI.create("https://gp.example/fhir")), endpoints.of("riverside-surgery"));
    assertEquals(
        Optional.of(URI.create("http://crm.example:8080/r4")), endpoints.of("green-minds"));
    assertEquals(Optional.empty(), endpoints.of("money-matters"));
    assertTrue(PartnerEndpoints.parse("").byOrganisation().isEmpty());
  }

  @Test
  void aListThatIsNotPairsOfAnAliasAndAnHttpUrlIsRefusedAtStart() {
    for (String bad :
        List.of(
            "https://gp.example/fhir",
            "Riverside=https://gp.example",
            "riverside-surgery=ftp://gp.example",
            "riverside-surgery=https://gp.example?x=1",
            "riverside-surgery=",
            "riverside-surgery=https://a.example,riverside-surgery=https://b.example")) {
      assertThrows(IllegalArgumentException.class, () -> PartnerEndpoints.parse(bad), bad);
      List<String> problems =
          ConfigurationRules.problems(
              setting -> setting == Setting.BARS_ENDPOINTS ? Optional.of(bad) : Optional.empty());
      assertTrue(
          problems.stream().anyMatch(p -> p.startsWith("bars.endpoints ")), bad + " " + problems);
    }
  }
}
