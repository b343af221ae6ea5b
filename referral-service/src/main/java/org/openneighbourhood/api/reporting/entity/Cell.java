package org.openneighbourhood.api.reporting.entity;

import java.util.Optional;

/**
 * One count of a suppressed table: the true count, kept inside the service, and whether it may be
 * published. Only {@link #published()} may leave the service.
 */
public record Cell(long count, Visibility visibility) {

  public Cell {
    if (count < 0) {
      throw new IllegalArgumentException("A count is never negative");
    }
  }

  public boolean suppressed() {
    return visibility.suppressed();
  }

  /** The count where it may be published, else empty. */
  public Optional<Long> published() {
    return suppressed() ? Optional.empty() : Optional.of(count);
  }
}
