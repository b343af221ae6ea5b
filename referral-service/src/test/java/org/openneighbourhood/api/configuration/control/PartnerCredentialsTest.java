package org.openneighbourhood.api.configuration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.configuration.control.PartnerCredentials.ClientCredentials;
import org.openneighbourhood.api.configuration.control.PartnerCredentials.StaticToken;

class PartnerCredentialsTest {

  private static final PartnerEndpoints ENDPOINTS =
      PartnerEndpoints.parse("gp-one=https://gp.example/fhir,gp-two=https://two.example/fhir");

  @Test
  void aTokenUrlWithClientCredentialsIsAGrantAndASecretAloneIsAStaticToken() {
    PartnerCredentials credentials =
        PartnerCredentials.parse(
            "gp-one=https://gp.example/oauth2/token",
            "gp-one=portal:s3cret:with-colon, gp-two=api-key-1",
            ENDPOINTS);
    assertEquals(
        Optional.of(
            new ClientCredentials(
                URI.create("https://gp.example/oauth2/token"), "portal", "s3cret:with-colon")),
        credentials.of("gp-one"));
    assertEquals(Optional.of(new StaticToken("api-key-1")), credentials.of("gp-two"));
    assertEquals(Optional.empty(), credentials.of("gp-three"));
  }

  @Test
  void nothingConfiguredIsNoCredentials() {
    assertEquals(Optional.empty(), PartnerCredentials.parse("", "", ENDPOINTS).of("gp-one"));
  }

  @Test
  void aMistakeNamesTheKeyAndTheOrganisationButNeverTheSecret() {
    IllegalArgumentException noClient =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PartnerCredentials.parse(
                    "gp-one=https://gp.example/token", "gp-one=only-a-secret", ENDPOINTS));
    assertTrue(noClient.getMessage().contains("bars.credentials"), noClient::getMessage);
    assertTrue(noClient.getMessage().contains("gp-one"), noClient::getMessage);
    assertFalse(noClient.getMessage().contains("only-a-secret"), noClient::getMessage);

    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> PartnerCredentials.parse("", "gp-nine=top-secret", ENDPOINTS));
    assertTrue(unknown.getMessage().contains("gp-nine"), unknown::getMessage);
    assertFalse(unknown.getMessage().contains("top-secret"), unknown::getMessage);

    IllegalArgumentException badUrl =
        assertThrows(
            IllegalArgumentException.class,
            () -> PartnerCredentials.parse("gp-one=ftp://x/token", "gp-one=a:b", ENDPOINTS));
    assertTrue(badUrl.getMessage().contains("bars.token-urls"), badUrl::getMessage);

    assertThrows(
        IllegalArgumentException.class,
        () -> PartnerCredentials.parse("", "gp-one=a,gp-one=b", ENDPOINTS));
    assertThrows(
        IllegalArgumentException.class, () -> PartnerCredentials.parse("", "gp-one", ENDPOINTS));
  }

  @Test
  void noToStringShowsASecret() {
    PartnerCredentials credentials =
        PartnerCredentials.parse(
            "gp-one=https://gp.example/token", "gp-one=id:s3cret,gp-two=k3y", ENDPOINTS);
    assertFalse(credentials.of("gp-one").orElseThrow().toString().contains("s3cret"));
    assertFalse(credentials.of("gp-two").orElseThrow().toString().contains("k3y"));
  }
}
