package org.openneighbourhood.deployment.stack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.openneighbourhood.deployment.local.LocalStack;

/**
 * Directory entries a test makes for itself, straight in the database (accepting referrals and
 * self-referrals, answering within ten days), and takes away again.
 */
public final class Services {

  private Services() {}

  /** A new service of the organisation, named as given; its id. */
  public static String insert(LocalStack stack, String organisationId, String name) {
    String id = UUID.randomUUID().toString();
    try (Connection db = stack.connectToDatabase();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into service (id, organisation_id, name, description, capacity,"
                    + " response_days, accepts_self_referral) values (?::uuid, ?::uuid, ?,"
                    + " 'A service a test made for itself', 'ACCEPTING', 10, true)")) {
      insert.setString(1, id);
      insert.setString(2, organisationId);
      insert.setString(3, name);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not add the service " + name, e);
    }
    return id;
  }

  /** Removes a service no referral was made to. */
  public static void delete(LocalStack stack, String id) {
    try (Connection db = stack.connectToDatabase();
        PreparedStatement delete = db.prepareStatement("delete from service where id = ?::uuid")) {
      delete.setString(1, id);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not remove the service " + id, e);
    }
  }
}
