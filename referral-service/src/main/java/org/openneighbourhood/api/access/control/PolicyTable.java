package org.openneighbourhood.api.access.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openneighbourhood.api.access.entity.Decision;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.access.entity.Relationship;
import org.openneighbourhood.api.access.entity.Role;

/**
 * The access policy as written in {@code access/policy.md}: operation x role x relationship to a
 * decision. Anything the table does not say is denied. Reading a table that names an unknown
 * operation, role or decision, leaves an operation out, or answers {@code masked} for a sensitive
 * field (a field is shown or withheld, nothing in between) fails: the service does not start on a
 * policy it cannot read.
 */
public final class PolicyTable {

  public static final String RESOURCE = "/access/policy.md";

  private final Map<Operation, Map<String, Map<Relationship, Decision>>> rows;

  private PolicyTable(Map<Operation, Map<String, Map<Relationship, Decision>>> rows) {
    this.rows = rows;
  }

  public static PolicyTable load() {
    try (InputStream in = PolicyTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The access policy " + RESOURCE + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PolicyTable parse(String markdown) {
    List<String[]> table = new ArrayList<>();
    for (String line : markdown.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("|") && !trimmed.startsWith("|---")) {
        if (trimmed.length() < 2 || !trimmed.endsWith("|")) {
          throw new IllegalStateException(
              "A row of the access policy starts and ends with '|': " + trimmed);
        }
        String[] cells = trimmed.substring(1, trimmed.length() - 1).split("\\|", -1);
        table.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
      }
    }
    if (table.isEmpty()) {
      throw new IllegalStateException("The access policy has no table");
    }
    String[] header = table.get(0);
    Relationship[] columns = Relationship.values();
    if (header.length != 2 + columns.length) {
      throw new IllegalStateException("The access policy needs the columns " + expected(columns));
    }
    for (int i = 0; i < columns.length; i++) {
      if (!header[2 + i].equals(columns[i].column())) {
        throw new IllegalStateException(
            "Column " + (3 + i) + " of the access policy must be '" + columns[i].column() + "'");
      }
    }
    Map<Operation, Map<String, Map<Relationship, Decision>>> rows = new EnumMap<>(Operation.class);
    for (String[] row : table.subList(1, table.size())) {
      Operation operation =
          Operation.byId(row[0])
              .orElseThrow(() -> new IllegalStateException("Unknown operation: " + row[0]));
      if (row.length != header.length) {
        throw new IllegalStateException("Row " + row[0] + " has the wrong number of cells");
      }
      Map<Relationship, Decision> decisions = new EnumMap<>(Relationship.class);
      for (int i = 0; i < columns.length; i++) {
        Decision decision = Decision.parse(row[2 + i]);
        if (operation.isField() && decision == Decision.MASKED) {
          throw new IllegalStateException(
              "Row "
                  + row[0]
                  + " is a field: it can only allow or deny, not mask ('"
                  + columns[i].column()
                  + "' column)");
        }
        decisions.put(columns[i], decision);
      }
      Map<String, Map<Relationship, Decision>> byRole =
          rows.computeIfAbsent(operation, o -> new HashMap<>());
      for (String role : row[1].split("\\s+")) {
        if (!Role.ALL.contains(role) && !Role.ANYONE.equals(role)) {
          throw new IllegalStateException("Unknown role in row " + row[0] + ": " + role);
        }
        if (Role.ANYONE.equals(role)) {
          checkAboutNoOne(operation, decisions);
        }
        if (byRole.put(role, decisions) != null) {
          throw new IllegalStateException("Two rows for " + row[0] + " and " + role);
        }
      }
    }
    for (Operation operation : Operation.values()) {
      if (!rows.containsKey(operation)) {
        throw new IllegalStateException("The access policy has no row for " + operation.id());
      }
    }
    return new PolicyTable(rows);
  }

  /** {@code anyone} may be given only operations about no one person, and never a field. */
  private static void checkAboutNoOne(Operation operation, Map<Relationship, Decision> decisions) {
    boolean aboutSomeone =
        decisions.entrySet().stream()
            .anyMatch(e -> e.getKey() != Relationship.NONE && e.getValue() != Decision.DENY);
    if (operation.isField()
        || aboutSomeone
        || decisions.get(Relationship.NONE) == Decision.MASKED) {
      throw new IllegalStateException(
          "Row "
              + operation.id()
              + " gives 'anyone' more than an answer about no one person: 'anyone' may only be"
              + " allowed in the none column");
    }
  }

  private static String expected(Relationship[] columns) {
    return "operation | roles | "
        + String.join(" | ", Arrays.stream(columns).map(Relationship::column).toList());
  }

  /**
   * What the table says for a caller with these roles (and {@code anyone}, which every caller
   * holds); deny where it says nothing.
   */
  public Decision decide(Operation operation, Collection<String> roles, Relationship relation) {
    Map<String, Map<Relationship, Decision>> byRole = rows.getOrDefault(operation, Map.of());
    Decision decision = Decision.DENY;
    for (String role : withAnyone(roles)) {
      Map<Relationship, Decision> row = byRole.get(role);
      if (row != null) {
        decision = decision.mostOpen(row.get(relation));
      }
    }
    return decision;
  }

  /** Whether any of these roles (or {@code anyone}) has a row for the operation at all. */
  public boolean mentions(Operation operation, Collection<String> roles) {
    Set<String> listed = rows.getOrDefault(operation, Map.of()).keySet();
    return withAnyone(roles).stream().anyMatch(listed::contains);
  }

  /** Whether the operation is allowed to anyone at all, signed in or not. */
  public boolean isPublic(Operation operation) {
    return decide(operation, Set.of(), Relationship.NONE) == Decision.ALLOW;
  }

  private static Set<String> withAnyone(Collection<String> roles) {
    Set<String> all = new HashSet<>(roles);
    all.add(Role.ANYONE);
    return all;
  }
}
