package org.openneighbourhood.deployment.benchmark;

import java.time.Duration;
import java.util.Arrays;

/**
 * What a run of requests took, as the people making them would feel it: percentiles of the response
 * times seen by the client, and requests per second over the whole run.
 */
record Latencies(int requests, int failures, double perSecond, double p50, double p95, double p99) {

  /** From each request's time in nanoseconds, the failed ones included. */
  static Latencies of(long[] nanos, int failures, Duration wall) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(
        sorted.length,
        failures,
        sorted.length / (wall.toNanos() / 1e9),
        millis(sorted, 0.50),
        millis(sorted, 0.95),
        millis(sorted, 0.99));
  }

  /**
   * The same with only the successful requests in the rate: an open loop's requests all end, in an
   * answer or a timeout, so their rate alone says nothing of what was served.
   */
  Latencies succeeded() {
    return new Latencies(
        requests,
        failures,
        perSecond * (requests - failures) / Math.max(1, requests),
        p50,
        p95,
        p99);
  }

  /** Nearest-rank percentile. */
  private static double millis(long[] sorted, double fraction) {
    int rank = (int) Math.ceil(fraction * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
