package org.openneighbourhood.api.reporting.entity;

/** Whether a count is published, and if not, why. */
public enum Visibility {
  /** Published as it is. */
  SHOWN,
  /** From 1 to below the threshold: shown as "fewer than 8", never as the number. */
  SMALL,
  /**
   * Any size, held back so that a small count cannot be worked out from the totals (secondary
   * suppression): shown as "not shown", never as "fewer than 8", which it may not be.
   */
  PROTECTS_SMALL;

  public boolean suppressed() {
    return this != SHOWN;
  }
}
