package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.rest.param.DateRangeParam;
import java.time.Instant;

/**
 * The range a search's {@code _lastUpdated} asks for, as instants (either end open: null). HAPI has
 * already read the prefixes ({@code ge}, {@code lt}...) and refused a date it cannot read.
 */
record LastUpdated(Instant from, Instant until) {

  static LastUpdated of(DateRangeParam range) {
    if (range == null) {
      return new LastUpdated(null, null);
    }
    return new LastUpdated(
        range.getLowerBoundAsInstant() == null ? null : range.getLowerBoundAsInstant().toInstant(),
        range.getUpperBoundAsInstant() == null ? null : range.getUpperBoundAsInstant().toInstant());
  }

  /** Whether a resource last updated at {@code at} is in the range (both ends included). */
  boolean includes(Instant at) {
    return (from == null || !at.isBefore(from)) && (until == null || !at.isAfter(until));
  }
}
