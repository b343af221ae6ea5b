package org.openneighbourhood.api.reporting.entity;

import java.util.HashMap;
import java.util.Map;

/**
 * Of a report's referrals, how many are on a waiting list now and the median days they have waited
 * so far (none when none are), and how many had their service reminded to answer before the
 * deadline; then both by each equity heading ({@link PersonHeadings#DIMENSIONS}): the median days
 * of those on a waiting list under each heading that has any, and the referrals reminded under each
 * heading that has any. Not yet fit to publish: {@link CapacityFigures} hides what rests on a
 * hidden count.
 *
 * @param medianDaysByHeading by dimension, the median days by heading code
 * @param remindedByHeading by dimension, the referrals reminded by heading code: each dimension's
 *     add up to {@code reminded}
 */
public record Waiting(
    long waitlisted,
    Double medianDays,
    long reminded,
    Map<Dimension, Map<String, Double>> medianDaysByHeading,
    Map<Dimension, Map<String, Long>> remindedByHeading) {

  public Waiting {
    if (waitlisted < 0 || reminded < 0) {
      throw new IllegalArgumentException("A count is never negative");
    }
    medianDaysByHeading = copy(medianDaysByHeading);
    remindedByHeading = copy(remindedByHeading);
    for (Map.Entry<Dimension, Map<String, Long>> dimension : remindedByHeading.entrySet()) {
      long sum = dimension.getValue().values().stream().mapToLong(Long::longValue).sum();
      if (sum != reminded) {
        throw new IllegalArgumentException(
            "The referrals reminded by " + dimension.getKey() + " add up to " + sum);
      }
    }
  }

  private static <V> Map<Dimension, Map<String, V>> copy(Map<Dimension, Map<String, V>> source) {
    Map<Dimension, Map<String, V>> copy = new HashMap<>();
    source.forEach((dimension, byCode) -> copy.put(dimension, Map.copyOf(byCode)));
    return Map.copyOf(copy);
  }
}
