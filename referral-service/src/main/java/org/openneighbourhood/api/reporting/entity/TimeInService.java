package org.openneighbourhood.api.reporting.entity;

/**
 * How long the completed referrals were with the service, from accepted to completed, in days: the
 * median and the mean over {@code completed} referrals (none when there are none).
 */
public record TimeInService(long completed, Double medianDays, Double meanDays) {

  public TimeInService {
    if (completed < 0) {
      throw new IllegalArgumentException("A count is never negative");
    }
    if (completed > 0 && (medianDays == null || meanDays == null)) {
      throw new IllegalArgumentException("Completed referrals have a median and a mean");
    }
  }

  public static final TimeInService NONE = new TimeInService(0, null, null);
}
