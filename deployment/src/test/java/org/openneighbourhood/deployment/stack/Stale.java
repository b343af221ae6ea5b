package org.openneighbourhood.deployment.stack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.openneighbourhood.deployment.local.LocalStack;

/**
 * Makes a directory entry stale, as if its organisation had last confirmed it seven months ago and
 * had not been asked about it since.
 */
public final class Stale {

  private Stale() {}

  public static void make(LocalStack stack, String serviceId) throws SQLException {
    try (Connection db = stack.connectToDatabase();
        PreparedStatement update =
            db.prepareStatement(
                "update service set last_confirmed_at = now() - interval '7 months',"
                    + " stale_notified_at = null"
                    + " where id = ?::uuid")) {
      update.setString(1, serviceId);
      if (update.executeUpdate() != 1) {
        throw new IllegalArgumentException("No service " + serviceId);
      }
    }
  }
}
