package org.openneighbourhood.deployment.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Requests at a fixed arrival rate, whatever the answers do (an open loop, as many independent
 * users make): the {@code i}-th request is due at {@code start + i / rate} and is sent then without
 * waiting for any earlier answer, and its latency runs from when it was due, not from when it could
 * be sent. A stack that falls behind therefore shows its queue in the latencies instead of quietly
 * slowing the load down (coordinated omission). Any answer but a 2xx, a failure to send, and no
 * answer within the timeout are errors.
 */
final class OpenLoop {

  private static final Logger LOG = Logger.getLogger(OpenLoop.class.getName());

  /** What the run did: latencies by kind and overall, and the rates it achieved. */
  record Result(
      Map<String, Latencies> byKind,
      Latencies overall,
      double offeredPerSecond,
      double sentPerSecond,
      Map<String, Integer> errors) {}

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final Duration timeout;

  OpenLoop(Duration timeout) {
    this.timeout = timeout;
  }

  /**
   * The kinds in the proportions of {@code weights} (exact counts, in a fixed shuffled order),
   * {@code perSecond} for {@code duration}; {@code request} builds the request of a kind, the i-th
   * of the run, and may throw when it has nothing left to ask (counted as an error).
   */
  Result run(
      Map<String, Integer> weights,
      double perSecond,
      Duration duration,
      BiFunction<String, Integer, HttpRequest.Builder> request)
      throws InterruptedException {
    List<String> kinds = mix(weights, (int) Math.round(perSecond * duration.toNanos() / 1e9));
    int count = kinds.size();
    long[] nanos = new long[count];
    boolean[] failed = new boolean[count];
    Map<String, Integer> errors = Collections.synchronizedMap(new TreeMap<>());
    CountDownLatch answered = new CountDownLatch(count);
    long interval = Math.round(1e9 / perSecond);
    long start = System.nanoTime() + interval;
    for (int i = 0; i < count; i++) {
      long due = start + i * interval;
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      int n = i;
      String kind = kinds.get(i);
      HttpRequest sent;
      try {
        sent = request.apply(kind, i).timeout(timeout).build();
      } catch (RuntimeException e) {
        record(nanos, failed, errors, n, due, kind, e.getMessage(), null);
        answered.countDown();
        continue;
      }
      // The time allowed runs from when the request was due, not from when it could be sent.
      long left = Math.max(1, due + timeout.toNanos() - System.nanoTime());
      http.sendAsync(sent, HttpResponse.BodyHandlers.ofString())
          .orTimeout(left, TimeUnit.NANOSECONDS)
          .whenComplete(
              (response, error) -> {
                String problem = error != null ? describe(error) : status(response);
                record(nanos, failed, errors, n, due, kind, problem, response);
                answered.countDown();
              });
    }
    double sentPerSecond = count / ((System.nanoTime() - start) / 1e9 + 1e-9);
    if (!answered.await(timeout.toSeconds() + 60, TimeUnit.SECONDS)) {
      LOG.warning("Some requests had no outcome a minute after their timeout");
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - start);
    return new Result(
        byKind(kinds, nanos, failed, wall),
        Latencies.of(nanos, count(failed, kinds, null), wall),
        perSecond,
        sentPerSecond,
        new TreeMap<>(errors));
  }

  private static void record(
      long[] nanos,
      boolean[] failed,
      Map<String, Integer> errors,
      int i,
      long due,
      String kind,
      String problem,
      HttpResponse<String> response) {
    nanos[i] = System.nanoTime() - due;
    if (problem != null) {
      failed[i] = true;
      if (errors.merge(kind + ": " + problem, 1, Integer::sum) == 1) {
        LOG.warning(
            () ->
                "First "
                    + kind
                    + " error: "
                    + problem
                    + (response == null ? "" : " " + response.body()));
      }
    }
  }

  /** null for a 2xx. */
  private static String status(HttpResponse<String> response) {
    return response.statusCode() / 100 == 2 ? null : Integer.toString(response.statusCode());
  }

  private static String describe(Throwable error) {
    Throwable cause = error.getCause() != null ? error.getCause() : error;
    return cause instanceof HttpTimeoutException || cause instanceof TimeoutException
        ? "timeout"
        : cause.getClass().getSimpleName();
  }

  private static Map<String, Latencies> byKind(
      List<String> kinds, long[] nanos, boolean[] failed, Duration wall) {
    Map<String, Latencies> byKind = new LinkedHashMap<>();
    for (String kind : new LinkedHashSet<>(kinds)) {
      long[] ofKind =
          IntStream.range(0, kinds.size())
              .filter(i -> kinds.get(i).equals(kind))
              .mapToLong(i -> nanos[i])
              .toArray();
      byKind.put(kind, Latencies.of(ofKind, count(failed, kinds, kind), wall));
    }
    return byKind;
  }

  /** Failed requests of a kind, or of every kind when {@code kind} is null. */
  private static int count(boolean[] failed, List<String> kinds, String kind) {
    int failures = 0;
    for (int i = 0; i < failed.length; i++) {
      failures += failed[i] && (kind == null || kinds.get(i).equals(kind)) ? 1 : 0;
    }
    return failures;
  }

  /** {@code count} kinds in the weights' proportions, shuffled with a fixed seed. */
  private static List<String> mix(Map<String, Integer> weights, int count) {
    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    List<String> kinds = new ArrayList<>(count);
    weights.forEach(
        (kind, weight) -> kinds.addAll(Collections.nCopies(count * weight / total, kind)));
    // What rounding down left over goes to the first kind.
    String first = weights.keySet().iterator().next();
    while (kinds.size() < count) {
      kinds.add(first);
    }
    Collections.shuffle(kinds, new Random(13));
    return kinds;
  }
}
