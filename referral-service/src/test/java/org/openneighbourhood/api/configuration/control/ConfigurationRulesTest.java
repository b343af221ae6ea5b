package org.openneighbourhood.api.configuration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigurationRulesTest {

  private static Map<Setting, String> localDefaults() {
    Map<Setting, String> values = new EnumMap<>(Setting.class);
    values.put(Setting.DB_URL, "jdbc:postgresql://localhost:5432/neighbourhood");
    values.put(Setting.DB_USER, "neighbourhood");
    values.put(Setting.DB_PASSWORD, "neighbourhood");
    values.put(Setting.JWT_ISSUER, "http://localhost:8180/realms/neighbourhood");
    values.put(
        Setting.JWT_PUBLIC_KEY_LOCATION,
        "http://localhost:8180/realms/neighbourhood/protocol/openid-connect/certs");
    values.put(Setting.JWT_AUDIENCES, "referral-service");
    values.put(Setting.DEMO_DATA, "false");
    values.put(Setting.KEYCLOAK_CLIENT_SECRET, "s3cret");
    values.put(Setting.PORTAL_URL, "http://localhost:8080");
    return values;
  }

  private static List<String> problems(Map<Setting, String> values) {
    return ConfigurationRules.problems(setting -> Optional.ofNullable(values.get(setting)));
  }

  @Test
  void localDefaultsAreAccepted() {
    assertEquals(List.of(), problems(localDefaults()));
  }

  @Test
  void numbersForMailRemindersAndSchedulingMustBeInRange() {
    var values = localDefaults();
    values.put(Setting.MAIL_SMTP_PORT, "smtp");
    values.put(Setting.REMINDER_WORKING_DAYS, "-1");
    values.put(Setting.SCHEDULER_INTERVAL_SECONDS, "0");
    values.put(Setting.MAIL_SMTP_STARTTLS, "yes");
    List<String> problems = problems(values);
    assertEquals(4, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith("mail.smtp.port must be a whole number from 1 to 65535"));
    assertTrue(problems.get(1).startsWith("referral.reminder-working-days must be"));
    assertTrue(problems.get(2).startsWith("scheduler.interval-seconds must be"));
    assertEquals("mail.smtp.starttls must be true or false", problems.get(3));
  }

  @Test
  void textsAreOffWithoutANotifyKeyAndWithOneNeedItsTemplate() {
    var values = localDefaults();
    values.put(Setting.NOTIFY_TEMPLATE_ID, "not checked without a key");
    assertEquals(List.of(), problems(values));
    values.put(
        Setting.NOTIFY_API_KEY,
        "live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0");
    assertSingleProblemNaming("notify.template-id", problems(values));
    values.put(Setting.NOTIFY_TEMPLATE_ID, "f33517ff-2a88-4f6e-b855-c550268ce08a");
    assertEquals(List.of(), problems(values), "Notify's own URL by default");
    values.put(Setting.NOTIFY_URL, "ftp://notify.example");
    assertSingleProblemNaming("notify.url", problems(values));
    values.remove(Setting.NOTIFY_URL);
    values.put(Setting.NOTIFY_API_KEY, "3d844edf-8d35-48ac-975b-e847b4f122b0");
    List<String> problems = problems(values);
    assertSingleProblemNaming("notify.api-key", problems);
    assertTrue(!problems.get(0).contains("3d844edf"), "the secret is not repeated");
  }

  @Test
  void theBodyLimitIsAtLeastAKibibyte() {
    var values = localDefaults();
    values.put(Setting.MAX_BODY_BYTES, "100");
    assertSingleProblemNaming("api.max-body-bytes", problems(values));
    values.put(Setting.MAX_BODY_BYTES, "2097152");
    assertEquals(List.of(), problems(values));
  }

  @Test
  void overloadNeedsAPlaceAndABoundedWait() {
    var values = localDefaults();
    values.put(Setting.MAX_REQUESTS_IN_PROGRESS, "0");
    assertSingleProblemNaming("api.max-requests-in-progress", problems(values));
    values.put(Setting.MAX_REQUESTS_IN_PROGRESS, "64");
    values.put(Setting.OVERLOAD_WAIT_MS, "-1");
    assertSingleProblemNaming("api.overload-wait-ms", problems(values));
    values.put(Setting.OVERLOAD_WAIT_MS, "0");
    assertEquals(List.of(), problems(values));
  }

  @Test
  void aReportHidesSmallCountsWhateverTheSuppressionThreshold() {
    var values = localDefaults();
    values.put(Setting.REPORTING_SUPPRESSION_THRESHOLD, "1");
    assertSingleProblemNaming("reporting.suppression-threshold", problems(values));
    values.put(Setting.REPORTING_SUPPRESSION_THRESHOLD, "11");
    assertEquals(List.of(), problems(values));
  }

  @Test
  void barsStatusUpdatesAreKeptForADayToTenYearsDeliveredOrGivenUpOn() {
    var values = localDefaults();
    values.put(Setting.BARS_GIVEN_UP_RETENTION_DAYS, "0");
    assertSingleProblemNaming("bars.given-up-retention-days", problems(values));
    values.put(Setting.BARS_GIVEN_UP_RETENTION_DAYS, "ninety");
    assertSingleProblemNaming("bars.given-up-retention-days", problems(values));
    values.put(Setting.BARS_GIVEN_UP_RETENTION_DAYS, "3650");
    values.put(Setting.BARS_RETENTION_DAYS, "3651");
    assertSingleProblemNaming("bars.retention-days", problems(values));
    values.put(Setting.BARS_RETENTION_DAYS, "1");
    assertEquals(List.of(), problems(values));
  }

  @Test
  void blankDatabaseUrlIsRefusedByKey() {
    var values = localDefaults();
    values.put(Setting.DB_URL, " ");
    assertSingleProblemNaming("db.url", problems(values));
  }

  @Test
  void nonPostgresDatabaseUrlIsRefused() {
    var values = localDefaults();
    values.put(Setting.DB_URL, "jdbc:mysql://localhost/neighbourhood");
    assertSingleProblemNaming("db.url", problems(values));
  }

  @Test
  void issuerMustBeAnHttpUrl() {
    var values = localDefaults();
    values.put(Setting.JWT_ISSUER, "neighbourhood");
    assertSingleProblemNaming("mp.jwt.verify.issuer", problems(values));
  }

  @Test
  void keysMayComeFromAFileOrInline() {
    var values = localDefaults();
    values.put(Setting.JWT_PUBLIC_KEY_LOCATION, "file:///tmp/key.pem");
    assertEquals(List.of(), problems(values));
    values.remove(Setting.JWT_PUBLIC_KEY_LOCATION);
    assertSingleProblemNaming("mp.jwt.verify.publickey.location", problems(values));
    values.put(Setting.JWT_PUBLIC_KEY, "MIIBIjAN...");
    assertEquals(List.of(), problems(values));
  }

  @Test
  void demoDataMustBeABoolean() {
    var values = localDefaults();
    values.put(Setting.DEMO_DATA, "yes please");
    assertSingleProblemNaming("neighbourhood.demo-data", problems(values));
  }

  @Test
  void missingAudienceIsRefused() {
    var values = localDefaults();
    values.remove(Setting.JWT_AUDIENCES);
    assertSingleProblemNaming("mp.jwt.verify.audiences", problems(values));
  }

  @Test
  void issuerMustBeAKeycloakRealmSoTheApiCanReachItsAdminApi() {
    var values = localDefaults();
    values.put(Setting.JWT_ISSUER, "https://login.example.org/oauth2");
    assertSingleProblemNaming("mp.jwt.verify.issuer", problems(values));
  }

  @Test
  void serviceAccountSecretIsRequired() {
    var values = localDefaults();
    values.remove(Setting.KEYCLOAK_CLIENT_SECRET);
    assertSingleProblemNaming("keycloak.client-secret", problems(values));
  }

  @Test
  void keycloakUrlIsOptionalButMustBeAUrlWhenSet() {
    var values = localDefaults();
    values.put(Setting.KEYCLOAK_URL, "keycloak:8080");
    assertSingleProblemNaming("keycloak.url", problems(values));
    values.put(Setting.KEYCLOAK_URL, "http://keycloak.identity.svc:8080");
    assertEquals(List.of(), problems(values));
  }

  @Test
  void portalUrlIsRequiredForInvitationLinks() {
    var values = localDefaults();
    values.remove(Setting.PORTAL_URL);
    assertSingleProblemNaming("portal.url", problems(values));
  }

  private static void assertSingleProblemNaming(String key, List<String> problems) {
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(key + " "), problems.get(0));
  }
}
