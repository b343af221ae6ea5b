package org.openneighbourhood.deployment.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * referral-service's access policy table ({@code access/policy.md}), read from its text: the
 * expected answer of every request in the matrix comes from here, not from the service.
 */
public final class PolicyText {

  public static final List<String> RELATIONSHIPS =
      List.of("self", "care team", "receiver", "sender", "consent withdrawn", "none");

  private final Map<String, Map<String, Map<String, String>>> cells = new HashMap<>();

  private PolicyText() {}

  public static PolicyText read() {
    Path file = Path.of(System.getProperty("access.policy"));
    PolicyText policy = new PolicyText();
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean header = true;
    for (String line : lines) {
      if (!line.startsWith("| ")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] cell = line.split("\\|");
      Map<String, String> byRelationship = new HashMap<>();
      for (int i = 0; i < RELATIONSHIPS.size(); i++) {
        byRelationship.put(RELATIONSHIPS.get(i), cell[3 + i].strip());
      }
      for (String role : cell[2].strip().split(" ")) {
        policy
            .cells
            .computeIfAbsent(cell[1].strip(), o -> new HashMap<>())
            .put(role, byRelationship);
      }
    }
    return policy;
  }

  /**
   * allow, masked or deny; the most open of the roles and {@code anyone} (which every caller holds,
   * signed in or not: pass no roles for a signed-out caller); deny where the table is silent.
   */
  public String expect(String operation, Set<String> roles, String relationship) {
    Map<String, Map<String, String>> byRole = cells.get(operation);
    if (byRole == null) {
      throw new IllegalArgumentException("No row for " + operation + " in the policy table");
    }
    String best = "deny";
    Set<String> withAnyone = new java.util.HashSet<>(roles);
    withAnyone.add("anyone");
    for (String role : withAnyone) {
      String answer = byRole.getOrDefault(role, Map.of()).getOrDefault(relationship, "deny");
      if (answer.equals("allow") || (answer.equals("masked") && best.equals("deny"))) {
        best = answer;
      }
    }
    return best;
  }

  /**
   * The status of a refusal: 404 where the row lists one of the roles (then only the caller's
   * relationship to the record refused it, and the answer is that of a record that does not exist,
   * so it tells no one the record does), 403 where it lists none (the role may never do this).
   */
  public int refusal(String operation, Set<String> roles) {
    Map<String, Map<String, String>> byRole = cells.get(operation);
    if (byRole == null) {
      throw new IllegalArgumentException("No row for " + operation + " in the policy table");
    }
    boolean listed = byRole.containsKey("anyone") || roles.stream().anyMatch(byRole::containsKey);
    return listed ? 404 : 403;
  }
}
