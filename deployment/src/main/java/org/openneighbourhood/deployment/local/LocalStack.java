package org.openneighbourhood.deployment.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.openneighbourhood.identity.provisioning.NeighbourhoodFile;

/**
 * The whole product on one machine: PostgreSQL, Keycloak and Payara Micro, started in dependency
 * order and stopped in reverse. Used by the local run and, once per test run, by the end-to-end
 * tests.
 */
public final class LocalStack implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LocalStack.class.getName());
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  /** Where things are and which ports to prefer (0 = any free port). */
  public record Settings(
      Path runtimeDir,
      Path keycloakHome,
      Path workDir,
      int portalPort,
      int keycloakPort,
      int databasePort) {

    /** Settings from system properties, as the run script and the test build pass them. */
    public static Settings fromSystemProperties(int portalPort, int keycloakPort, int dbPort) {
      return new Settings(
          Path.of(required("neighbourhood.runtime.dir")).toAbsolutePath(),
          Path.of(required("neighbourhood.keycloak.home")).toAbsolutePath(),
          Path.of(required("neighbourhood.work.dir")).toAbsolutePath(),
          portalPort,
          keycloakPort,
          dbPort);
    }

    private static String required(String key) {
      String value = System.getProperty(key);
      if (value == null || value.isBlank()) {
        throw new IllegalStateException("System property " + key + " is not set");
      }
      return value;
    }
  }

  private static final String CLOCK_OFFSET_FILE = "clock-offset-seconds";

  private final MailCatcher mail;
  private final Path clockOffset;
  private InstanceSettings instanceSettings;

  /** What it takes to start one more Payara instance like the first. */
  private record InstanceSettings(Path runtimeDir, Path work, Map<String, String> configuration) {}

  /** Another Payara Micro with both wars, on the same database and Keycloak; close it when done. */
  public interface Instance extends AutoCloseable {
    /** The API of this instance. */
    String apiUrl();

    @Override
    void close();
  }

  private final LocalDatabase database;
  private final KeycloakServer keycloak;
  private final PayaraServer payara;

  private LocalStack(
      MailCatcher mail,
      LocalDatabase database,
      KeycloakServer keycloak,
      PayaraServer payara,
      Path clockOffset) {
    this.mail = mail;
    this.clockOffset = clockOffset;
    this.database = database;
    this.keycloak = keycloak;
    this.payara = payara;
  }

  public static LocalStack start(Settings settings) {
    int portalPort = Ports.preferred(settings.portalPort());
    int keycloakPort = Ports.preferred(settings.keycloakPort());
    int databasePort = Ports.preferred(settings.databasePort());
    String portalUrl = "http://localhost:" + portalPort;
    String portalSecret = Secrets.random();
    String apiSecret = Secrets.random();
    Path work = settings.workDir().toAbsolutePath();

    MailCatcher mail = null;
    LocalDatabase database = null;
    KeycloakServer keycloak = null;
    try {
      long started = System.nanoTime();
      mail = MailCatcher.start(Ports.free());
      LOG.info("Mail is caught by the SMTP server on port " + mail.port());
      database =
          LocalDatabase.start(
              work.resolve("pgdata"),
              settings.runtimeDir().resolve("postgres-binaries"),
              databasePort,
              Secrets.random());
      LOG.info("PostgreSQL is up on port " + database.port());
      keycloak =
          KeycloakServer.start(
              settings.keycloakHome(),
              work.resolve("keycloak"),
              keycloakPort,
              new KeycloakServer.RealmValues(portalUrl, portalSecret, apiSecret, mail.port()),
              START_TIMEOUT);
      keycloak.provisionDemoNeighbourhood();
      LOG.info("Keycloak is up at " + keycloak.url() + " with the demo neighbourhood");

      Map<String, String> configuration = new HashMap<>();
      configuration.put("DB_URL", database.jdbcUrl());
      configuration.put("DB_USER", LocalDatabase.USER);
      configuration.put("DB_PASSWORD", database.password());
      configuration.put("MP_JWT_VERIFY_ISSUER", keycloak.issuer());
      configuration.put(
          "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak.issuer() + "/protocol/openid-connect/certs");
      configuration.put("MP_JWT_VERIFY_AUDIENCES", "referral-service");
      configuration.put("NEIGHBOURHOOD_DEMO_DATA", "true");
      configuration.put("KEYCLOAK_CLIENT_ID", "referral-service");
      configuration.put("KEYCLOAK_CLIENT_SECRET", apiSecret);
      configuration.put("PORTAL_URL", portalUrl);
      configuration.put("MAIL_SMTP_HOST", "127.0.0.1");
      configuration.put("MAIL_SMTP_PORT", Integer.toString(mail.port()));
      configuration.put("MAIL_FROM", "portal@neighbourhood.example");
      configuration.put("SCHEDULER_INTERVAL_SECONDS", "2");
      configuration.put("CLOCK_OFFSET_FILE", work.resolve(CLOCK_OFFSET_FILE).toString());
      configuration.put("PORTAL_API_URL", portalUrl + "/api");
      configuration.put("PORTAL_OIDC_PROVIDER_URI", keycloak.issuer());
      configuration.put("PORTAL_OIDC_CLIENT_ID", "portal-web");
      configuration.put("PORTAL_OIDC_CLIENT_SECRET", portalSecret);
      PayaraServer payara =
          PayaraServer.start(
              settings.runtimeDir(),
              work.resolve("payara"),
              portalPort,
              configuration,
              START_TIMEOUT);
      long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
      LOG.info("The portal is up at " + payara.url() + "/ after " + seconds + " s");
      LocalStack stack =
          new LocalStack(mail, database, keycloak, payara, work.resolve(CLOCK_OFFSET_FILE));
      stack.instanceSettings = new InstanceSettings(settings.runtimeDir(), work, configuration);
      return stack;
    } catch (RuntimeException e) {
      if (keycloak != null) {
        keycloak.close();
      }
      if (database != null) {
        database.close();
      }
      if (mail != null) {
        mail.close();
      }
      throw e;
    }
  }

  /** Adds organisations, people or clients to the running Keycloak (tests add their own). */
  public void provision(NeighbourhoodFile file) {
    keycloak.provision(file);
  }

  /**
   * Makes Keycloak refuse every token of the realm issued until now, as an administrator does after
   * a suspected leak ("revoke all"), until {@link #acceptRealmTokensAgain()}. The API's service
   * account token is among them; users' tokens too, where Keycloak itself checks them.
   */
  public void refuseRealmTokensIssuedUntilNow() {
    keycloak.refuseTokensIssuedBefore(Instant.now().getEpochSecond());
  }

  public void acceptRealmTokensAgain() {
    keycloak.refuseTokensIssuedBefore(0);
  }

  /** Ends a membership in Keycloak directly, as an administrator does in its console. */
  public void removeInKeycloak(String username, String organisationAlias) {
    keycloak.removeFromOrganisation(username, organisationAlias);
  }

  /**
   * Freezes Keycloak as a hung server is (SIGSTOP, not killed) until the returned handle is closed;
   * use it in try-with-resources so Keycloak always thaws.
   */
  public AutoCloseable hangKeycloak() {
    keycloak.pause();
    return keycloak::resume;
  }

  public String portalUrl() {
    return payara.url();
  }

  public String apiUrl() {
    return payara.url() + "/api";
  }

  public String keycloakUrl() {
    return keycloak.url();
  }

  public String issuer() {
    return keycloak.issuer();
  }

  /**
   * Moves the portal's clock (not the system's) to {@code ahead} of real time: deadlines pass and
   * scheduled work sees them within a moment. {@link Duration#ZERO} puts it back.
   */
  public void setClockAhead(Duration ahead) {
    try {
      Files.writeString(clockOffset, Long.toString(ahead.toSeconds()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts a second instance of the application against the same database and Keycloak, as
   * production runs several behind a load balancer: for tests of work that must happen once.
   */
  public Instance startAnotherInstance() {
    return startAnotherInstance(Map.of());
  }

  /**
   * The same, with some of its configuration changed (environment variables: another {@code
   * DB_URL}, {@code NEIGHBOURHOOD_DEMO_DATA=false}): for tests that need a second, empty directory.
   */
  public Instance startAnotherInstance(Map<String, String> changed) {
    Map<String, String> configuration = new HashMap<>(instanceSettings.configuration());
    configuration.putAll(changed);
    int port = Ports.free();
    Path workDir = instanceSettings.work().resolve("payara-" + port);
    try {
      Files.createDirectories(workDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PayaraServer another =
        PayaraServer.start(
            instanceSettings.runtimeDir(), workDir, port, configuration, START_TIMEOUT);
    return new Instance() {
      @Override
      public String apiUrl() {
        return another.url() + "/api";
      }

      @Override
      public void close() {
        another.close();
        Directories.delete(workDir);
      }
    };
  }

  /** The mail Keycloak and the API sent during this run. */
  public MailCatcher mail() {
    return mail;
  }

  /**
   * The logs of the three servers since they started (PostgreSQL, Keycloak, Payara Micro with both
   * wars), for tests that read what the servers wrote.
   */
  public List<Path> logs() {
    return List.of(database.log(), keycloak.log(), payara.log());
  }

  /**
   * A connection to the application's database as its own role, for the benchmark, which loads a
   * region's worth of referrals with SQL (the API would take hours) and reads the query plans.
   */
  public Connection connectToDatabase() throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl(), LocalDatabase.USER, database.password());
  }

  /**
   * A new, empty database on the stack's PostgreSQL, owned by the application's role (whose name
   * and password {@link #databaseUser()} and {@link #databasePassword()} give); its JDBC URL.
   */
  public String createDatabase(String name) {
    return database.createDatabase(name);
  }

  public String databaseUser() {
    return LocalDatabase.USER;
  }

  public String databasePassword() {
    return database.password();
  }

  /**
   * The pids of the servers this stack started, by name ({@code payara}, {@code keycloak}), for the
   * benchmark's CPU accounting; PostgreSQL's postmaster is not here, as it is found from a backend.
   */
  public Map<String, Long> pids() {
    return Map.of("payara", payara.pid(), "keycloak", keycloak.pid());
  }

  public String tokenEndpoint() {
    return keycloak.issuer() + "/protocol/openid-connect/token";
  }

  @Override
  public void close() {
    payara.close();
    keycloak.close();
    database.close();
    mail.close();
  }
}
