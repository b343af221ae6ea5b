package org.openneighbourhood.portal.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigurationCheckTest {

  private static Map<PortalSetting, String> good() {
    Map<PortalSetting, String> values = new EnumMap<>(PortalSetting.class);
    values.put(PortalSetting.API_URL, "http://localhost:8080/api");
    values.put(PortalSetting.OIDC_PROVIDER_URI, "https://login.example.org/realms/neighbourhood");
    values.put(PortalSetting.OIDC_CLIENT_ID, "portal-web");
    values.put(PortalSetting.OIDC_CLIENT_SECRET, "s3cret");
    return values;
  }

  private static List<String> check(Map<PortalSetting, String> values) {
    return ConfigurationCheck.problems(setting -> Optional.ofNullable(values.get(setting)));
  }

  @Test
  void acceptsTheLocalDefaults() {
    assertTrue(check(good()).isEmpty());
  }

  @Test
  void namesTheKeyThatIsBlankOrMissing() {
    Map<PortalSetting, String> values = good();
    values.put(PortalSetting.OIDC_CLIENT_SECRET, "  ");
    values.remove(PortalSetting.OIDC_CLIENT_ID);
    assertEquals(
        List.of(
            "portal.oidc.client-id is missing or blank",
            "portal.oidc.client-secret is missing or blank"),
        check(values));
  }

  @Test
  void refusesAnApiUrlThatIsNotHttp() {
    Map<PortalSetting, String> values = good();
    values.put(PortalSetting.API_URL, "localhost:8080/api");
    values.put(PortalSetting.OIDC_PROVIDER_URI, "ftp://login.example.org");
    List<String> problems = check(values);
    assertEquals(2, problems.size());
    assertTrue(problems.get(0).startsWith("portal.api-url must be an http or https URL"));
    assertTrue(problems.get(1).startsWith("portal.oidc.provider-uri must be an http or https URL"));
  }

  @Test
  void aMetricsTokenMayBeUnsetButNotGuessable() {
    Map<PortalSetting, String> values = good();
    values.put(PortalSetting.METRICS_TOKEN, "short-but-secret");
    assertEquals(
        List.of(
            "portal.metrics-token is too short to be a secret: use at least 32 random characters"),
        check(values));
    values.put(PortalSetting.METRICS_TOKEN, "0123456789abcdef0123456789abcdef");
    assertTrue(check(values).isEmpty());
    values.put(PortalSetting.METRICS_TOKEN, " ");
    assertTrue(check(values).isEmpty());
  }

  @Test
  void neverEchoesTheSecret() {
    Map<PortalSetting, String> values = good();
    values.put(PortalSetting.API_URL, "not a url");
    assertTrue(check(values).stream().noneMatch(problem -> problem.contains("s3cret")));
  }
}
