package org.openneighbourhood.api.schema.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether PostgreSQL keeps, through a crash of its machine, every write it said was committed:
 * {@code fsync} on (WAL reaches the disk), {@code synchronous_commit} not off (a commit waits for
 * that) and {@code full_page_writes} on (a page torn by the crash can be repaired). With any of
 * them off, a 201 the API answered can be gone after a power cut or a {@code kill -9} of the
 * server.
 */
public final class Durability {

  /** The settings that, off, can lose acknowledged writes. */
  private static final Set<String> SETTINGS =
      Set.of("fsync", "synchronous_commit", "full_page_writes");

  private Durability() {}

  /** The server's settings that can lose acknowledged writes, as {@code name=value}. */
  public static List<String> unsafeSettings(Connection connection) throws SQLException {
    Map<String, String> values = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT name, setting FROM pg_settings"
                    + " WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes')"
                    + " ORDER BY name")) {
      while (rows.next()) {
        values.put(rows.getString(1), rows.getString(2));
      }
    }
    return unsafe(values);
  }

  static List<String> unsafe(Map<String, String> values) {
    List<String> found = new ArrayList<>();
    values.forEach(
        (name, value) -> {
          if (SETTINGS.contains(name) && "off".equalsIgnoreCase(value)) {
            found.add(name + "=" + value);
          }
        });
    return found;
  }
}
