package org.openneighbourhood.deployment.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.openneighbourhood.deployment.benchmark.Timed.Answer;
import org.openneighbourhood.deployment.local.LocalStack;

/**
 * {@code ./benchmark}: starts the real stack once, measures referral submissions by many link
 * workers at once, then grows the region's referrals (10k, 100k, 1M by default) and measures the
 * first page of the receiving organisation's inbox and the referrer's sent list at each size, to
 * show whether a page costs the same however many referrals there are. Prints the figures and
 * writes them to {@code target/benchmark/benchmark.md}.
 *
 * <p>The demo users act: {@code lina.link} for Northgate PCN, {@code vera.vcfse} for Green Minds.
 * System properties: {@code benchmark.sizes} (comma-separated), {@code benchmark.submissions}.
 */
public final class ReferralBenchmark {

  private static final Logger LOG = Logger.getLogger(ReferralBenchmark.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REFERRER = "lina.link";
  private static final String RECEIVER = "vera.vcfse";
  private static final int CLIENTS = 50;
  private static final int LIST_WARM_UP = 50;
  private static final int LIST_REQUESTS = 200;

  /** The lists measured at each size: who asks, and the first page of what. */
  private static final Map<String, String[]> LISTS = new LinkedHashMap<>();

  static {
    LISTS.put("inbox", new String[] {RECEIVER, "/referrals/inbox"});
    LISTS.put(
        "inbox ?status=SENT&status=SEEN",
        new String[] {RECEIVER, "/referrals/inbox?status=SENT&status=SEEN"});
    LISTS.put("sent", new String[] {REFERRER, "/referrals/sent"});
  }

  private ReferralBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Long> sizes = new ArrayList<>();
    for (String size : System.getProperty("benchmark.sizes", "10000,100000,1000000").split(",")) {
      sizes.add(Long.parseLong(size.strip()));
    }
    int submissions = Integer.getInteger("benchmark.submissions", 2000);
    Report report = new Report(Path.of(System.getProperty("benchmark.report")));
    LocalStack stack = LocalStack.start(LocalStack.Settings.fromSystemProperties(0, 0, 0));
    Thread stop = new Thread(stack::close, "stop-benchmark-stack");
    Runtime.getRuntime().addShutdownHook(stop);
    try (Connection db = stack.connectToDatabase()) {
      run(stack, new ReferralData(db), db, sizes, submissions, report);
    } finally {
      Runtime.getRuntime().removeShutdownHook(stop);
      stack.close();
    }
    // The figures are this command's output for the person at the terminal.
    System.out.println(report);
  }

  private static void run(
      LocalStack stack,
      ReferralData data,
      Connection db,
      List<Long> sizes,
      int submissions,
      Report report)
      throws Exception {
    Timed api = new Timed(stack);
    List<String> loads = new ArrayList<>();
    int scale = Integer.getInteger("benchmark.pgbench-scale", 50);
    int pgbenchSeconds = Integer.getInteger("benchmark.pgbench-seconds", 60);
    Pgbench pgbench = Pgbench.initialise(stack, scale);
    Map<Integer, Pgbench.Result> baseline = new LinkedHashMap<>();
    for (int clients : List.of(1, CLIENTS)) {
      baseline.put(clients, pgbench.measure(clients, pgbenchSeconds));
    }
    report.baseline(scale, List.copyOf(baseline.values()));
    Map<String, Long> pids = new LinkedHashMap<>(stack.pids());
    pids.put("postgresql", postmaster(db));
    CpuTime cpu = new CpuTime(pids);

    data.loadRegion();
    loads.add(load(data, sizes.get(0)));

    List<UUID> people = data.careTeamOf("northgate-pcn");
    List<UUID> services = data.servicesAcceptingFrom("northgate-pcn");
    Timed.run(CLIENTS, 0, CLIENTS * 4, i -> submit(api, people, services, i));
    Map<String, Double> before = cpu.now();
    Latencies submitted =
        Timed.run(CLIENTS, CLIENTS * 4, submissions, i -> submit(api, people, services, i));
    report.ratio(
        "submissions, " + CLIENTS + " clients",
        submitted,
        baseline.get(CLIENTS),
        0.25,
        150,
        CpuTime.perRequest(before, cpu.now(), submitted.requests()));
    report.submissions(CLIENTS, submitted);

    report.listsHeading(LIST_WARM_UP, LIST_REQUESTS);
    Map<Long, List<QueryPlans.Plan>> plans = new LinkedHashMap<>();
    for (long size : sizes) {
      if (size != sizes.get(0)) {
        loads.add(load(data, size));
      }
      long referrals = data.referrals();
      for (Map.Entry<String, String[]> list : LISTS.entrySet()) {
        String user = list.getValue()[0];
        String path = list.getValue()[1];
        Timed.run(1, 0, LIST_WARM_UP, i -> api.send(api.request(user, path)));
        Map<String, Double> started = cpu.now();
        Latencies run = Timed.run(1, 0, LIST_REQUESTS, i -> api.send(api.request(user, path)));
        report.ratio(
            list.getKey() + " at " + referrals + ", 1 client",
            run,
            baseline.get(1),
            null,
            20,
            CpuTime.perRequest(started, cpu.now(), run.requests()));
        started = cpu.now();
        Latencies many =
            Timed.run(CLIENTS, 0, LIST_REQUESTS, i -> api.send(api.request(user, path)));
        report.ratio(
            list.getKey() + " at " + referrals + ", " + CLIENTS + " clients",
            many,
            baseline.get(CLIENTS),
            null,
            20,
            CpuTime.perRequest(started, cpu.now(), many.requests()));
        Answer last = api.send(api.request(user, path));
        report.list(referrals, list.getKey(), last.totalCount(), wholeRows(last), run);
      }
      plans.put(referrals, QueryPlans.explain(db));
    }
    for (Map.Entry<Long, List<QueryPlans.Plan>> atSize : plans.entrySet()) {
      report.plans(atSize.getKey(), atSize.getValue(), atSize.getKey() == data.referrals());
    }
    report.ratios();
    loads.forEach(report::note);
  }

  /** The postmaster: the parent of this connection's backend. */
  private static long postmaster(Connection db) throws Exception {
    try (var statement = db.createStatement();
        var result = statement.executeQuery("select pg_backend_pid()")) {
      result.next();
      long backend = result.getLong(1);
      return ProcessHandle.of(backend)
          .flatMap(ProcessHandle::parent)
          .map(ProcessHandle::pid)
          .orElseThrow(() -> new IllegalStateException("No postmaster above backend " + backend));
    }
  }

  private static String load(ReferralData data, long size) throws Exception {
    long started = System.nanoTime();
    data.growTo(size);
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    String done = "Loaded up to " + size + " referrals with SQL in " + seconds + " s";
    LOG.info(done);
    return done;
  }

  /** One referral from the referrer's care team to a service, with its own Idempotency-Key. */
  private static Answer submit(Timed api, List<UUID> people, List<UUID> services, int i) {
    String body =
        "{\"personId\":\"%s\",\"serviceId\":\"%s\",\"reason\":\"Benchmark referral %d\",\"urgency\":\"ROUTINE\",\"consentToShare\":true}"
            .formatted(people.get(i % people.size()), services.get(i * 7 % services.size()), i);
    return api.send(
        api.request(REFERRER, "/referrals")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** "whole/rows" of a page: rows shown with the person, not masked for want of consent. */
  private static String wholeRows(Answer page) throws Exception {
    if (!page.ok()) {
      return "answer " + page.status();
    }
    JsonNode rows = JSON.readTree(page.body());
    int whole = 0;
    for (JsonNode row : rows) {
      whole += row.path("reason").isTextual() ? 1 : 0;
    }
    return whole + "/" + rows.size();
  }
}
