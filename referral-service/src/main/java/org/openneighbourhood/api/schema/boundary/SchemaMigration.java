package org.openneighbourhood.api.schema.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.schema.control.Durability;
import org.openneighbourhood.api.schema.control.SlowStatements;

/**
 * Brings the schema up to date at start-up, after the configuration check and before any request.
 * Flyway owns the schema; Hibernate never creates or validates it. Bean-managed transactions,
 * because Flyway commits its own work.
 *
 * <p>The driver leaves the server's error detail out of its exceptions: for a refused row it is
 * "Failing row contains (...)", the values themselves, which would reach the log with the stack
 * trace of an unexpected error.
 */
@DataSourceDefinition(
    name = SchemaMigration.DATA_SOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 1,
    maxPoolSize = 16,
    properties = {
      "logServerErrorDetail=false",
      "reWriteBatchedInserts=true",
      "connectTimeout=3",
      // A database that takes longer than this to answer is taken to be hung (a frozen host, a
      // network that drops packets): the connection is closed and the request gets a 503.
      // Without it the request waited for ever, and once such requests had filled the pool and
      // the overload guard, so did every request after them. Work that may rightly take longer
      // (the migrations below, the scheduler's recounts) raises it to an hour: SlowStatements.
      "socketTimeout=" + SchemaMigration.ANSWER_SECONDS,
      // Logging in to a server that accepted the connection and answers nothing: without a bound
      // on the whole, each of the driver's attempts (with TLS, then without, under the default
      // sslmode=prefer) waits the socket's limit, and a request waited 30 s for its 503.
      "loginTimeout=5",
      // A request that finds every connection in use waits this long for one, not Payara's 60 s:
      // with the database hung, the 17th request on waited for those ahead of it to give up, and a
      // burst of 30 kept a page waiting past the portal's own 30 s limit on the API.
      "fish.payara.max-wait-time-in-millis=10000",
      // After the database restarts, the pool's old connections are dead: each is checked before
      // use (a round trip at most every two seconds per connection), and the first found dead
      // drops them all, so one request gets a 503 instead of every pooled connection in turn.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=2",
      "fish.payara.fail-all-connections=true"
    })
@Startup
@Singleton
@DependsOn("ConfigurationCheck")
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/neighbourhood";

  /**
   * How long a request waits for the database's answer to one statement (or to its commit): about
   * twenty times the slowest whole report at a million referrals (p95 544 ms, BENCHMARK.md).
   */
  public static final int ANSWER_SECONDS = 10;

  static final String MIGRATIONS = "classpath:db/migration";
  static final String DEMO_DATA = "classpath:db/demo";

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject Config config;

  /**
   * Refuses to start on a database that can lose writes it acknowledged ({@link Durability}),
   * unless the configuration says its contents may be lost ({@code db.throwaway}).
   */
  private void refuseForgetfulDatabase() {
    List<String> unsafe;
    try (Connection connection = dataSource.getConnection()) {
      unsafe = Durability.unsafeSettings(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the database's settings", e);
    }
    if (unsafe.isEmpty()) {
      return;
    }
    String settings = String.join(", ", unsafe);
    if (Setting.DB_THROWAWAY.isEnabled(config)) {
      LOG.warning(
          () ->
              "PostgreSQL runs with "
                  + settings
                  + ": a crash can lose writes the API acknowledged. Allowed because "
                  + Setting.DB_THROWAWAY.key()
                  + "=true");
      return;
    }
    String message =
        "referral-service refuses to start: PostgreSQL runs with "
            + settings
            + ", so a crash can lose writes the API acknowledged. Turn fsync,"
            + " synchronous_commit and full_page_writes on, or set "
            + Setting.DB_THROWAWAY.key()
            + "=true for a database whose contents may be lost";
    LOG.severe(message);
    throw new IllegalStateException(message);
  }

  @PostConstruct
  void migrate() {
    refuseForgetfulDatabase();
    List<String> locations = new ArrayList<>(List.of(MIGRATIONS));
    if (Setting.DEMO_DATA.isEnabled(config)) {
      locations.add(DEMO_DATA);
    }
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            // An index built on a large table may take minutes.
            .dataSource(SlowStatements.unhurried(dataSource))
            .locations(locations.toArray(String[]::new))
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations run, locations "
                + locations
                + ")");
  }
}
