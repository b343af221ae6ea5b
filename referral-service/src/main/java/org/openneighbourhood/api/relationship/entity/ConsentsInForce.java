package org.openneighbourhood.api.relationship.entity;

import java.util.Set;
import java.util.UUID;
import org.openneighbourhood.api.access.entity.Consents;

/**
 * Which people have an agreement to share in force with which organisations, read in one query for
 * a whole page of records, so that each row's consent decision costs no further round trip.
 */
public final class ConsentsInForce implements Consents {

  /** One agreement in force: the person, and the alias of the organisation they share with. */
  public record Pair(UUID personId, String organisationAlias) {}

  private final Set<Pair> pairs;

  public ConsentsInForce(Set<Pair> pairs) {
    this.pairs = Set.copyOf(pairs);
  }

  @Override
  public boolean covers(UUID personId, String organisationAlias) {
    return pairs.contains(new Pair(personId, organisationAlias));
  }
}
