package org.openneighbourhood.api.access.control;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Decision;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.access.entity.Relationship;

/** Accesses as the policy table decides them, for tests of what a use case shows with one. */
public final class Accesses {

  private static final PolicyTable TABLE = PolicyTable.load();

  private Accesses() {}

  /**
   * What the table gives {@code role} under {@code operation} to a record it stands to as {@code
   * relationship}: empty where it denies it, else the access (masked or not), never audited.
   */
  public static Optional<Access> decided(
      String role, Operation operation, Relationship relationship) {
    Decision decision = TABLE.decide(operation, Set.of(role), relationship);
    if (decision == Decision.DENY) {
      return Optional.empty();
    }
    Caller caller = new Caller("u", "U", Set.of(role), List.of("org"), null, null);
    return Optional.of(
        new Access(
            TABLE, null, caller, "org", operation, decision, relationship, null, null, null));
  }
}
