package org.openneighbourhood.deployment.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What issue 13 asks of a phase: a throughput at least this fraction of pgbench's tps at the same
 * client count, or at least this many requests a second, a p95 at most this long, and no errors.
 * Either minimum may be absent.
 */
record Target(Double minimumRatio, Double minimumPerSecond, double maximumP95) {

  /** No target: a reference measured for the others' targets, such as HAPI FHIR JPA's phases. */
  static Target none() {
    return new Target(null, null, Double.POSITIVE_INFINITY);
  }

  /**
   * Issue 17's aim against a reference measured in the same run: {@code times} its rate, at no
   * worse a p95.
   */
  static Target timesAndP95Of(int times, Latencies reference) {
    return rateAndP95(times * reference.perSecond(), reference.p95());
  }

  static Target p95(double maximumP95) {
    return new Target(null, null, maximumP95);
  }

  static Target ratioAndP95(double minimumRatio, double maximumP95) {
    return new Target(minimumRatio, null, maximumP95);
  }

  static Target rateAndP95(double minimumPerSecond, double maximumP95) {
    return new Target(null, minimumPerSecond, maximumP95);
  }

  boolean metBy(Latencies run, double ratio) {
    return (minimumRatio == null || ratio >= minimumRatio)
        && (minimumPerSecond == null || run.perSecond() >= minimumPerSecond)
        && run.p95() <= maximumP95
        && run.failures() == 0;
  }

  String text() {
    if (minimumRatio == null && minimumPerSecond == null && Double.isInfinite(maximumP95)) {
      return "none: the reference";
    }
    List<String> parts = new ArrayList<>();
    if (minimumRatio != null) {
      parts.add(String.format(Locale.ROOT, ">= %.2f x", minimumRatio));
    }
    if (minimumPerSecond != null) {
      parts.add(String.format(Locale.ROOT, ">= %.0f req/s", minimumPerSecond));
    }
    parts.add(String.format(Locale.ROOT, "p95 <= %.0f ms", maximumP95));
    parts.add("0 errors");
    return String.join(", ", parts);
  }
}
