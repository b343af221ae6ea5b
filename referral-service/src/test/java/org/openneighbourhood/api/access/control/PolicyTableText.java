package org.openneighbourhood.api.access.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openneighbourhood.api.access.entity.Decision;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.access.entity.Relationship;

/**
 * The policy table's rows read straight from its text, for tests that must not trust the engine's
 * own reading of it.
 */
final class PolicyTableText {

  record Row(Operation operation, Set<String> roles, Map<Relationship, Decision> cells) {}

  private PolicyTableText() {}

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    for (String line : text().split("\n")) {
      if (!line.startsWith("| ")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] cells = line.split("\\|");
      Map<Relationship, Decision> decisions = new EnumMap<>(Relationship.class);
      for (Relationship relationship : Relationship.values()) {
        decisions.put(
            relationship,
            Decision.valueOf(cells[3 + relationship.ordinal()].strip().toUpperCase()));
      }
      rows.add(
          new Row(
              Operation.byId(cells[1].strip()).orElseThrow(),
              Set.of(cells[2].strip().split(" ")),
              decisions));
    }
    return rows;
  }

  /**
   * Whether the text's rows for a field ({@code field.*}) show it to the role in the relationship:
   * some row listing the role says allow there.
   */
  static boolean fieldShown(Operation field, String role, Relationship relationship) {
    if (!field.isField()) {
      throw new IllegalArgumentException(field.id() + " is not a field");
    }
    return rows().stream()
        .filter(row -> row.operation() == field && row.roles().contains(role))
        .anyMatch(row -> row.cells().get(relationship) == Decision.ALLOW);
  }

  private static String text() {
    try (InputStream in = PolicyTableText.class.getResourceAsStream(PolicyTable.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
