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
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.openneighbourhood.api.configuration.control.Setting;

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
    properties = {"logServerErrorDetail=false"})
@Startup
@Singleton
@DependsOn("ConfigurationCheck")
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/neighbourhood";

  static final String MIGRATIONS = "classpath:db/migration";
  static final String DEMO_DATA = "classpath:db/demo";

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject Config config;

  @PostConstruct
  void migrate() {
    List<String> locations = new ArrayList<>(List.of(MIGRATIONS));
    if (Setting.DEMO_DATA.isEnabled(config)) {
      locations.add(DEMO_DATA);
    }
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
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
