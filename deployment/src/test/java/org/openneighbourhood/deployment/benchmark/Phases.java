package org.openneighbourhood.deployment.benchmark;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Measures the benchmark's phases alike: the CPU each process spent and Payara's highest heap while
 * a phase ran, then the phase's row in the report's ratio table.
 */
final class Phases {

  private static final Logger LOG = Logger.getLogger(Phases.class.getName());

  private final Report report;
  private final CpuTime cpu;
  private final PayaraHeap heap;

  Phases(Report report, CpuTime cpu, PayaraHeap heap) {
    this.report = report;
    this.cpu = cpu;
    this.heap = heap;
  }

  /** The same phases, counting the CPU of one more process (and its descendants) too. */
  Phases alsoCounting(String name, long pid) {
    return new Phases(report, cpu.with(name, pid), heap);
  }

  Latencies measure(String name, Pgbench.Result baseline, Target target, Callable<Latencies> run)
      throws Exception {
    return measure(name, baseline, target, run, Function.identity());
  }

  /** The same for a phase whose result holds more than its overall latencies. */
  <T> T measure(
      String name,
      Pgbench.Result baseline,
      Target target,
      Callable<T> run,
      Function<T, Latencies> overall)
      throws Exception {
    // Where each phase starts and ends in the log: the window to read in a profile of the run
    LOG.info(() -> "Phase started: " + name);
    Map<String, Double> before = cpu.now();
    long started = System.nanoTime();
    T result = run.call();
    Latencies latencies = overall.apply(result);
    LOG.info(() -> "Phase ended: " + name);
    report.ratio(
        name,
        latencies,
        baseline,
        target,
        CpuTime.perRequest(before, cpu.now(), latencies.requests()),
        heap.since(started));
    return result;
  }
}
