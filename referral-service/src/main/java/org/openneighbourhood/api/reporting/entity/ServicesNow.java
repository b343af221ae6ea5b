package org.openneighbourhood.api.reporting.entity;

/**
 * The services taking referrals now, by the capacity their organisations declared (accepting, a
 * waiting list, paused), and how many of them are at their declared most open referrals. Counts of
 * services, not of people: shown as they are.
 */
public record ServicesNow(long accepting, long waitlist, long paused, long atMaximum) {

  public ServicesNow {
    if (accepting < 0 || waitlist < 0 || paused < 0 || atMaximum < 0) {
      throw new IllegalArgumentException("A count is never negative");
    }
  }
}
