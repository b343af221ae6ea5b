package org.openneighbourhood.api.reporting.entity;

import java.util.Optional;

/**
 * A share of a count in another, as a whole percentage: shown only when both counts are. A rate
 * over a hidden count would give the count away (a published part over a rate is its whole), so
 * there is none.
 */
public final class Rate {

  private Rate() {}

  /** {@code part} as a percentage of {@code whole}, rounded half up, or empty. */
  public static Optional<Integer> percent(Cell part, Cell whole) {
    if (part.suppressed() || whole.suppressed() || whole.count() == 0) {
      return Optional.empty();
    }
    return Optional.of((int) ((part.count() * 200 + whole.count()) / (2 * whole.count())));
  }
}
