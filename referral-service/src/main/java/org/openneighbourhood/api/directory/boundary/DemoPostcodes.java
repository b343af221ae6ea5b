package org.openneighbourhood.api.directory.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.directory.control.PostcodeImport;
import org.openneighbourhood.api.schema.boundary.SchemaMigration;

/**
 * With the demo data, the demo neighbourhood's postcodes, from a small sample in the ONS Postcode
 * Directory's format, through the same loader as the operator's import of the real file; once the
 * schema is migrated (the migration knows nothing of the directory).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoPostcodes {

  static final String SAMPLE = "/db/demo/onspd-sample.csv";

  private static final Logger LOG = Logger.getLogger(DemoPostcodes.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject Config config;

  @PostConstruct
  void load() {
    if (!Setting.DEMO_DATA.isEnabled(config)) {
      return;
    }
    try (InputStream in = getClass().getResourceAsStream(SAMPLE);
        BufferedReader csv = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Connection connection = dataSource.getConnection()) {
      PostcodeImport.Result result = PostcodeImport.load(csv, connection, (rows, chars) -> {});
      LOG.info(() -> "Demo postcodes loaded: " + result.imported());
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("Could not load the demo postcodes", e);
    }
  }
}
