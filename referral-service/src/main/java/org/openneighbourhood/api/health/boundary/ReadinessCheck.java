package org.openneighbourhood.api.health.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.openneighbourhood.api.schema.boundary.SchemaMigration;

/** Ready when the database answers; without it no request can be served. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  private static final String NAME = "referral-service-database";

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select 1")) {
      return result.next() ? HealthCheckResponse.up(NAME) : HealthCheckResponse.down(NAME);
    } catch (SQLException unavailable) {
      // The reason goes to the log of the pool, not to an unauthenticated health endpoint.
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("error", "database unavailable")
          .build();
    }
  }
}
