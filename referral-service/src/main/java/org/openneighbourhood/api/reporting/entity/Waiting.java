package org.openneighbourhood.api.reporting.entity;

/**
 * Of a report's referrals, how many are on a waiting list now and the median days they have waited
 * so far (none when none are), and how many had their service reminded to answer before the
 * deadline. Not yet fit to publish: {@link CapacityFigures} hides what rests on a hidden count.
 */
public record Waiting(long waitlisted, Double medianDays, long reminded) {

  public Waiting {
    if (waitlisted < 0 || reminded < 0) {
      throw new IllegalArgumentException("A count is never negative");
    }
  }
}
