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
import org.openneighbourhood.api.directory.control.DeprivationImport;
import org.openneighbourhood.api.directory.control.PostcodeImport;
import org.openneighbourhood.api.schema.boundary.SchemaMigration;

/**
 * With the demo data, the demo neighbourhood's postcodes and the deprivation deciles of their
 * areas, from small made-up samples in the ONS Postcode Directory's and the English Indices of
 * Deprivation's formats, through the same loaders as the operator's imports of the real files; once
 * the schema is migrated (the migration knows nothing of the directory).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoPostcodes {

  static final String SAMPLE = "/db/demo/onspd-sample.csv";
  static final String DEPRIVATION_SAMPLE = "/db/demo/imd-sample.csv";

  private static final Logger LOG = Logger.getLogger(DemoPostcodes.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject Config config;

  @PostConstruct
  void load() {
    if (!Setting.DEMO_DATA.isEnabled(config)) {
      return;
    }
    try (BufferedReader csv = sample(SAMPLE);
        BufferedReader deciles = sample(DEPRIVATION_SAMPLE);
        Connection connection = dataSource.getConnection()) {
      PostcodeImport.Result result = PostcodeImport.load(csv, connection, (rows, chars) -> {});
      DeprivationImport.Result areas = DeprivationImport.load(deciles, connection, (r, c) -> {});
      LOG.info(
          () ->
              "Demo postcodes loaded: "
                  + result.imported()
                  + "; deprivation deciles of "
                  + areas.imported()
                  + " areas");
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("Could not load the demo postcodes", e);
    }
  }

  private BufferedReader sample(String name) {
    InputStream in = getClass().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("The demo sample " + name + " is not in the war");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
