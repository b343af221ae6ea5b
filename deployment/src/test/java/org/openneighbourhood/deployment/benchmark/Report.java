package org.openneighbourhood.deployment.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures as a Markdown page, written as they come so that a long run that is stopped still
 * leaves what it measured; {@code deployment/BENCHMARK.md} quotes it.
 */
final class Report {

  private final Path file;
  private final StringBuilder text = new StringBuilder();
  private final List<String> ratios = new ArrayList<>();
  private final List<String> reportRefreshes = new ArrayList<>();

  Report(Path file) {
    this.file = file;
    var os = ManagementFactory.getOperatingSystemMXBean();
    long memory =
        os instanceof com.sun.management.OperatingSystemMXBean bean
            ? bean.getTotalMemorySize() >> 30
            : -1;
    line("# Referral benchmark");
    line("");
    line("- date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    line(
        "- machine: %d cores, %d GiB, %s %s, Java %s",
        os.getAvailableProcessors(),
        memory,
        os.getName(),
        os.getVersion(),
        System.getProperty("java.version"));
    line("- command: `./benchmark`");
  }

  Path file() {
    return file;
  }

  /**
   * The FHIR phases beside a HAPI FHIR JPA server's in the same run: the service's rate as a
   * multiple of HAPI's, against issue 17's aim of {@code times} HAPI's with a p95 no worse.
   */
  void againstHapi(
      int clients,
      int times,
      Latencies creates,
      Latencies hapiCreates,
      Latencies searches,
      Latencies hapiSearches) {
    line("");
    line("## FHIR against HAPI FHIR JPA, same run, same PostgreSQL, %d clients", clients);
    line("");
    line(
        "| phase | service per second | HAPI per second | service / HAPI | service p95 ms"
            + " | HAPI p95 ms | errors, service / HAPI | target | met? |");
    line("|---|---:|---:|---:|---:|---:|---:|---|---|");
    hapiRow("ServiceRequest create (BaRS, HAPI: POST)", times, creates, hapiCreates);
    hapiRow("ServiceRequest?subject&status=active", times, searches, hapiSearches);
  }

  private void hapiRow(String phase, int times, Latencies service, Latencies hapi) {
    double multiple = service.perSecond() / hapi.perSecond();
    // The ratio to pgbench is no part of this target; a reference with errors is none
    boolean met = Target.timesAndP95Of(times, hapi).metBy(service, 0) && hapi.failures() == 0;
    line(
        "| %s | %.1f | %.1f | %.2f | %.0f | %.0f | %d / %d | >= %d x HAPI, p95 <= HAPI's | %s |",
        phase,
        service.perSecond(),
        hapi.perSecond(),
        multiple,
        service.p95(),
        hapi.p95(),
        service.failures(),
        hapi.failures(),
        times,
        met ? "yes" : "no");
  }

  void submissions(int clients, Latencies run) {
    line("");
    line("## Submissions: POST /referrals, %d clients at once, Idempotency-Key each", clients);
    line("");
    line("| submissions | failed | per second | p50 ms | p95 ms | p99 ms | load |");
    line("|---:|---:|---:|---:|---:|---:|---:|");
    line(
        "| %d | %d | %.1f | %.0f | %.0f | %.0f | %.1f |",
        run.requests(), run.failures(), run.perSecond(), run.p50(), run.p95(), run.p99(), load());
  }

  void listsHeading(int warmUp, int requests) {
    line("");
    line("## Lists: first page (25 rows), one client, %d requests after %d", requests, warmUp);
    line("");
    line(
        "| referrals | list | rows in list | shown whole | failed | p50 ms | p95 ms | p99 ms | load |");
    line("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
  }

  void list(long referrals, String list, String total, String whole, Latencies run) {
    line(
        "| %,d | %s | %s | %s | %d | %.0f | %.0f | %.0f | %.1f |",
        referrals, list, total, whole, run.failures(), run.p50(), run.p95(), run.p99(), load());
  }

  void plans(long referrals, List<QueryPlans.Plan> plans, boolean withText) {
    line("");
    line("## Query plans at %,d referrals: EXPLAIN (ANALYZE, BUFFERS), ms", referrals);
    line("");
    line("| query | plan for the values | generic plan |");
    line("|---|---:|---:|");
    for (int i = 0; i + 1 < plans.size(); i += 2) {
      line(
          "| %s | %.2f | %.2f |",
          plans.get(i).query().title(), plans.get(i).millis(), plans.get(i + 1).millis());
    }
    if (withText) {
      for (QueryPlans.Plan plan : plans) {
        line("");
        line("%s, %s plan:", plan.query().title(), plan.generic() ? "generic" : "custom");
        line("");
        line("```");
        text.append(plan.text());
        line("```");
      }
    }
  }

  void baseline(int scale, List<Pgbench.Result> results) {
    line("");
    line("## Baseline: pgbench TPC-B-like, scale %d, -j 2 -M prepared, same server", scale);
    line("");
    line("| clients | transactions | tps | latency average ms | load |");
    line("|---:|---:|---:|---:|---:|");
    for (Pgbench.Result result : results) {
      line(
          "| %d | %d | %.1f | %.2f | %.1f |",
          result.clients(), result.transactions(), result.tps(), result.latencyMillis(), load());
    }
  }

  /**
   * One phase's throughput as a ratio to pgbench's at the same client count, its latencies against
   * the target, the CPU each process spent per request and Payara's heap at its highest.
   */
  void ratio(
      String phase,
      Latencies run,
      Pgbench.Result baseline,
      Target target,
      Map<String, Double> cpuPerRequest,
      PayaraHeap.Peak heap) {
    double ratio = run.perSecond() / baseline.tps();
    ratios.add(
        String.format(
            Locale.ROOT,
            "| %s | %d | %.1f | %.3f (pgbench %d clients) | %.0f | %.0f | %.0f | %s | %.0f / %.0f"
                + " | %s | %s |",
            phase,
            run.failures(),
            run.perSecond(),
            ratio,
            baseline.clients(),
            run.p50(),
            run.p95(),
            run.p99(),
            cpu(cpuPerRequest),
            heap.usedMiB(),
            heap.committedMiB(),
            target.text(),
            target.metBy(run, ratio) ? "yes" : "no"));
  }

  /** The ratios table, once every phase has its row. */
  void ratios() {
    line("");
    line("## Ratios to the pgbench baseline of this run");
    line("");
    line(
        "| phase | errors | per second | ratio to pgbench tps | p50 ms | p95 ms | p99 ms"
            + " | CPU ms per request | Payara heap max MiB, used / committed | target | met? |");
    line("|---|---:|---:|---:|---:|---:|---:|---|---:|---|---|");
    ratios.forEach(row -> line("%s", row));
  }

  /** The open-loop mixed load: each kind's latencies from its due time, and the rates achieved. */
  void mixed(OpenLoop.Result result, Map<String, Integer> weights, long seconds, Target target) {
    line("");
    line(
        "## Mixed load: %.0f requests a second for %d s, open loop (latency from the due time)",
        result.offeredPerSecond(), seconds);
    line("");
    line(
        "Sent at %.1f req/s (the generator keeping up); %d of %d succeeded, %.1f req/s; target %s.",
        result.sentPerSecond(),
        result.overall().requests() - result.overall().failures(),
        result.overall().requests(),
        result.overall().succeeded().perSecond(),
        target.text());
    line("");
    line(
        "| kind | share | requests | errors | succeeded per second | p50 ms | p95 ms | p99 ms | load |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    result
        .byKind()
        .forEach(
            (kind, run) ->
                mixedRow(
                    kind,
                    String.format(Locale.ROOT, "%d%%", 100 * weights.get(kind) / total),
                    run));
    mixedRow("all", "100%", result.overall());
    if (!result.errors().isEmpty()) {
      line("");
      line("Errors by kind and answer:");
      line("");
      result.errors().forEach((error, count) -> line("- %s: %d", error, count));
    }
  }

  private void mixedRow(String kind, String share, Latencies run) {
    line(
        "| %s | %s | %d | %d | %.1f | %.0f | %.0f | %.0f | %.1f |",
        kind,
        share,
        run.requests(),
        run.failures(),
        run.succeeded().perSecond(),
        run.p50(),
        run.p95(),
        run.p99(),
        load());
  }

  /** Payara's heap over the whole run against the limit, and what the JVM was told. */
  void heap(PayaraHeap.Peak run, double limitMiB, String jvmOptions) {
    line("");
    line("## Payara heap, sampled every second through the whole run");
    line("");
    line("| samples | max used MiB | max committed MiB | target | met? |");
    line("|---:|---:|---:|---|---|");
    line(
        "| %d | %.0f | %.0f | used <= %.0f MiB | %s |",
        run.samples(),
        run.usedMiB(),
        run.committedMiB(),
        limitMiB,
        run.usedMiB() <= limitMiB ? "yes" : "no");
    line("");
    line("Payara's JVM: `%s`", jvmOptions);
  }

  private static String cpu(Map<String, Double> perRequest) {
    StringBuilder cpu = new StringBuilder();
    perRequest.forEach(
        (name, millis) ->
            cpu.append(cpu.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.2f", name, millis)));
    return cpu.toString();
  }

  /** A line of its own after the tables. */
  /**
   * The first commissioner's report after referrals were added: it counts them into the kept counts
   * first (or waits for the scheduler's round doing it), so its time is one refresh round's.
   */
  void reportRefresh(long referrals, String when, long pending, long first, long upToDate) {
    reportRefreshes.add(
        String.format(
            Locale.ROOT,
            "| %,d | %s | %,d | %,d | %,d | %.1f |",
            referrals,
            when,
            pending,
            first,
            upToDate,
            load()));
  }

  /** The refresh rounds' table, once every size has its rows. */
  void reportRefreshes() {
    line("");
    line("## Reports: the first report after new referrals, and until it counts them");
    line("");
    line(
        "| referrals | when | changes not yet counted | first report ms"
            + " | up to date after ms | load |");
    line("|---:|---|---:|---:|---:|---:|");
    reportRefreshes.forEach(row -> line("%s", row));
  }

  void note(String text) {
    line("");
    line("%s", text);
  }

  /**
   * The machine's load average over the last minute, when the row was written: other work on the
   * machine (the stack's own scheduler, a build) shows in the figures, and this says how much.
   */
  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private void line(String format, Object... values) {
    text.append(String.format(Locale.ROOT, format, values)).append('\n');
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
