package org.openneighbourhood.deployment.local;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openneighbourhood.deployment.stack.SecondLane;

/**
 * Production start-up with configuration that cannot work: Payara Micro with both wars, as they
 * would be deployed, refuses to go on and the message names the bad key. Payara loads
 * referral-service first and stops loading at the first failure, so the database is real for the
 * portal's case. It starts all it needs itself, so it runs in the second lane.
 */
@Tag("resilience")
@SecondLane
class BadConfigurationIT {

  private static final Path RUNTIME = TestRun.RUNTIME;
  private static final Path WORK = TestRun.work("bad-configuration");

  private static LocalDatabase database;

  @BeforeAll
  static void startDatabase() {
    database = TestRun.database(WORK);
  }

  @AfterAll
  static void stopDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "DB_URL, jdbc:mysql://db.example/neighbourhood, referral-service refuses to start: db.url",
    "PORTAL_API_URL, not a url, portal-web refuses to start: portal.api-url"
  })
  void startUpStopsWithAMessageNamingTheBadKey(String key, String badValue, String expected) {
    Map<String, String> configuration = goodConfiguration();
    configuration.put(key, badValue);
    assertRefused(key, configuration, expected);
  }

  /**
   * A database where a commit may be acknowledged before it is on disk is refused: here the
   * application's role has {@code synchronous_commit} off, as an administrator might set it.
   */
  @Test
  void aDatabaseThatCanForgetACommitIsRefused() {
    database.setRoleParameter(LocalDatabase.USER, "synchronous_commit", "off");
    try {
      assertRefused(
          "synchronous-commit-off",
          goodConfiguration(),
          "referral-service refuses to start: PostgreSQL runs with synchronous_commit=off");
    } finally {
      database.setRoleParameter(LocalDatabase.USER, "synchronous_commit", null);
    }
  }

  private static Map<String, String> goodConfiguration() {
    Map<String, String> configuration = new HashMap<>();
    configuration.put("DB_URL", database.jdbcUrl());
    configuration.put("DB_USER", LocalDatabase.USER);
    configuration.put("DB_PASSWORD", database.password());
    configuration.put("MP_JWT_VERIFY_ISSUER", "https://id.example/realms/neighbourhood");
    // Keys in a file: the API waits at start-up only for keys it must fetch (up to 90 s).
    configuration.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keysFile().toUri().toString());
    configuration.put("MP_JWT_VERIFY_AUDIENCES", "referral-service");
    configuration.put("KEYCLOAK_CLIENT_SECRET", "a-secret");
    configuration.put("PORTAL_URL", "https://portal.example");
    configuration.put("PORTAL_API_URL", "https://portal.example/api");
    configuration.put("PORTAL_OIDC_PROVIDER_URI", "https://id.example/realms/neighbourhood");
    configuration.put("PORTAL_OIDC_CLIENT_ID", "portal-web");
    configuration.put("PORTAL_OIDC_CLIENT_SECRET", "secret");
    return configuration;
  }

  /** A realm's key set with no keys, as a file: no token is ever checked here. */
  private static Path keysFile() {
    Path keys = WORK.resolve("realm-keys.json").toAbsolutePath();
    try {
      Files.createDirectories(WORK);
      Files.writeString(keys, "{\"keys\": []}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }

  private static void assertRefused(
      String name, Map<String, String> configuration, String expected) {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () ->
                PayaraServer.start(
                        RUNTIME,
                        WORK.resolve(name),
                        Ports.free(),
                        configuration,
                        // a bound, not a claim: the portal's case first deploys the API, migrating
                        // a new database, beside the other lane's stack on two cores
                        Duration.ofMinutes(5))
                    .close());

    assertTrue(refused.getMessage().contains(expected), refused.getMessage());
  }
}
