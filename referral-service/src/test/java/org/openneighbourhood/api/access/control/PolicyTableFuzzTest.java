package org.openneighbourhood.api.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.openneighbourhood.api.access.entity.Decision;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.access.entity.Relationship;
import org.openneighbourhood.api.access.entity.Role;

/**
 * Any text read as the access policy is refused with a message (the service does not start: an
 * {@link IllegalStateException}, or an {@link IllegalArgumentException} naming a cell that is not a
 * decision), or is a table that keeps the policy's own rules: a row for every operation, a field
 * never masked, and {@code anyone} given nothing about a person.
 */
class PolicyTableFuzzTest {

  @FuzzTest
  void policyTextIsATableThatKeepsThePolicyRulesOrRefused(byte[] input) {
    PolicyTable table;
    try {
      table = PolicyTable.parse(new String(input, StandardCharsets.UTF_8));
    } catch (IllegalStateException | IllegalArgumentException refused) {
      assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank());
      return;
    }
    for (Operation operation : Operation.values()) {
      assertTrue(table.mentions(operation, Role.ALL), "a row for " + operation.id());
      for (Relationship relationship : Relationship.values()) {
        Decision toAnyone = table.decide(operation, Set.of(), relationship);
        if (relationship != Relationship.NONE || operation.isField()) {
          assertEquals(Decision.DENY, toAnyone, operation.id() + " to anyone, " + relationship);
        }
        if (operation.isField()) {
          for (String role : Role.ALL) {
            assertNotEquals(
                Decision.MASKED,
                table.decide(operation, List.of(role), relationship),
                operation.id() + " for " + role);
          }
        }
      }
      assertNotEquals(Decision.MASKED, table.decide(operation, Set.of(), Relationship.NONE));
    }
  }
}
