package org.openneighbourhood.api.plan.boundary;

import java.time.Instant;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.plan.entity.PlanChange;

/** One line of a plan's history: who (for which organisation; none: the person), when, what. */
public record PlanChangeView(
    Instant at,
    String by,
    String organisationName,
    boolean byPerson,
    String part,
    String before,
    String after) {

  static PlanChangeView of(PlanChange change) {
    return new PlanChangeView(
        change.changedAt(),
        change.changedBy(),
        change.organisation().map(Organisation::name).orElse(null),
        change.organisation().isEmpty(),
        change.part(),
        change.before().orElse(null),
        change.after().orElse(null));
  }
}
