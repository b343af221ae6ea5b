package org.openneighbourhood.api.access.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The accesses the policy allowed during the request's use case, each to be audited when the use
 * case completes: one place writes them all ({@link AuditedUseCases}). A use case that calls
 * another is one use case: the outer one writes.
 */
@RequestScoped
public class Disclosures {

  private final List<Access> allowed = new ArrayList<>();
  private int depth;

  void entered() {
    depth++;
  }

  /** Leaves a use case; true when it was the outermost, whose accesses are now to be written. */
  boolean left() {
    depth--;
    return depth == 0;
  }

  void add(Access access) {
    if (depth == 0) {
      throw new IllegalStateException(
          "An access to a person's record was decided outside a use case: mark the use case"
              + " @Audited so that what it discloses is audited");
    }
    allowed.add(access);
  }

  /** Writes the audit row of every access not yet recorded by its use case, and forgets them. */
  void writeAll() {
    allowed.forEach(Access::recordIfUnrecorded);
    allowed.clear();
  }

  /** A use case that failed disclosed nothing: its transaction is rolled back. */
  void forget() {
    allowed.clear();
  }
}
