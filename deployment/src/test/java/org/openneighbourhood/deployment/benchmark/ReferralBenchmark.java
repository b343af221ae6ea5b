package org.openneighbourhood.deployment.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.openneighbourhood.deployment.benchmark.Timed.Answer;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.PortalSession;
import org.openneighbourhood.deployment.stack.Tokens;

/**
 * {@code ./benchmark}: starts the real stack once, measures referral submissions by many link
 * workers at once and the same through BaRS and FHIR by a GP system ({@link FhirBenchmark}), then
 * grows the region's referrals (10k, 100k, 1M by default) and measures the first page of the
 * receiving organisation's inbox and the referrer's sent list at each size, to show whether a page
 * costs the same however many referrals there are. At the last size it measures a person's plan
 * through the API and through the portal's page, then a mixed load at a fixed arrival rate;
 * Payara's heap is sampled throughout. Prints the figures and writes them to {@code
 * target/benchmark/benchmark.md}.
 *
 * <p>The demo users act: {@code lina.link} for Northgate PCN, {@code vera.vcfse} for Green Minds.
 * System properties: see {@link Options}.
 */
public final class ReferralBenchmark {

  private static final Logger LOG = Logger.getLogger(ReferralBenchmark.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CLIENTS = 50;
  private static final int LIST_WARM_UP = 50;
  private static final int LIST_REQUESTS = 200;
  private static final int PLAN_WARM_UP = 200;
  private static final double HEAP_LIMIT_MIB = 512;

  /** Tokens live 5 minutes, minted again in their last: 3 minutes and the last timeouts fit. */
  private static final int MIXED_SECONDS_MOST = 180;

  /** The mixed load's kinds and their shares, as issue 13 gives them (in twentieths). */
  private static final Map<String, Integer> MIX = new LinkedHashMap<>();

  static {
    MIX.put("list", 10);
    MIX.put("plan view", 5);
    MIX.put("status change", 2);
    MIX.put("submission", 2);
    MIX.put("directory search", 1);
  }

  /**
   * The run's sizes, from system properties: {@code benchmark.sizes} (comma-separated referral
   * totals), {@code benchmark.submissions}, {@code benchmark.fhir-requests} (BaRS messages, then as
   * many FHIR searches), {@code benchmark.fhir-warm-up} (unmeasured, before each FHIR phase),
   * {@code benchmark.plan-views} (measured per plan phase), {@code benchmark.mixed-rate} (requests
   * a second), {@code benchmark.mixed-seconds}, {@code benchmark.report-requests} (measured per
   * report phase) and {@code benchmark.reports-only} (grow the referrals and measure the reports
   * only, for a quick look at a large size).
   */
  private record Options(
      List<Long> sizes,
      int submissions,
      int fhirRequests,
      int fhirWarmUp,
      int planViews,
      int mixedRate,
      int mixedSeconds,
      int reportRequests,
      boolean reportsOnly) {

    static Options fromSystemProperties() {
      List<Long> sizes = new ArrayList<>();
      for (String size : System.getProperty("benchmark.sizes", "10000,100000,1000000").split(",")) {
        sizes.add(Long.parseLong(size.strip()));
      }
      int mixedSeconds = Integer.getInteger("benchmark.mixed-seconds", 60);
      if (mixedSeconds < 1 || mixedSeconds > MIXED_SECONDS_MOST) {
        throw new IllegalArgumentException(
            "benchmark.mixed-seconds must be 1 to "
                + MIXED_SECONDS_MOST
                + ": the users' tokens, renewed before the mixed load, must last it");
      }
      return new Options(
          sizes,
          Integer.getInteger("benchmark.submissions", 2000),
          Integer.getInteger("benchmark.fhir-requests", 2000),
          Integer.getInteger("benchmark.fhir-warm-up", 2000),
          Integer.getInteger("benchmark.plan-views", 2000),
          Integer.getInteger("benchmark.mixed-rate", 400),
          mixedSeconds,
          Integer.getInteger("benchmark.report-requests", 50),
          Boolean.getBoolean("benchmark.reports-only"));
    }
  }

  private ReferralBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.fromSystemProperties();
    Report report = new Report(Path.of(System.getProperty("benchmark.report")));
    LocalStack stack = LocalStack.start(LocalStack.Settings.fromSystemProperties(0, 0, 0));
    Thread stop = new Thread(stack::close, "stop-benchmark-stack");
    Runtime.getRuntime().addShutdownHook(stop);
    try (Connection db = stack.connectToDatabase();
        PayaraHeap heap = PayaraHeap.sample(stack.pids().get("payara"))) {
      run(stack, new ReferralData(db), db, heap, options, report);
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
      PayaraHeap heap,
      Options options,
      Report report)
      throws Exception {
    long started = System.nanoTime();
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
    Phases phases = new Phases(report, new CpuTime(pids), heap);

    data.loadRegion();
    ReportBenchmark reportRuns =
        ReportBenchmark.prepare(stack.portalUrl(), api, db, options.reportRequests());
    if (options.reportsOnly()) {
      for (long size : options.sizes()) {
        loads.add(load(data, size));
        reportRuns.measure(data, phases, baseline.get(1), report);
      }
      report.reportRefreshes();
      report.ratios();
      loads.forEach(report::note);
      return;
    }
    String planPerson = Workload.writePlan(api);
    List<Long> sizes = options.sizes();
    loads.add(load(data, sizes.get(0)));
    Workload work =
        new Workload(
            api,
            data.careTeamOf("northgate-pcn"),
            data.servicesAcceptingFrom("northgate-pcn"),
            planPerson);

    Timed.run(CLIENTS, 0, CLIENTS * 4, i -> api.send(work.submission(i)));
    Latencies submitted =
        phases.measure(
            "submissions, " + CLIENTS + " clients",
            baseline.get(CLIENTS),
            Target.ratioAndP95(0.25, 150),
            () ->
                Timed.run(
                    CLIENTS,
                    CLIENTS * 4,
                    options.submissions(),
                    i -> api.send(work.submission(i))));
    report.submissions(CLIENTS, submitted);
    FhirBenchmark.run(
        api,
        stack,
        db,
        data,
        phases,
        baseline.get(CLIENTS),
        report,
        new FhirBenchmark.Load(
            CLIENTS, options.fhirWarmUp(), options.fhirRequests(), options.fhirRequests()));

    report.listsHeading(LIST_WARM_UP, LIST_REQUESTS);
    Map<Long, List<QueryPlans.Plan>> plans = new LinkedHashMap<>();
    for (long size : sizes) {
      if (size != sizes.get(0)) {
        loads.add(load(data, size));
      }
      lists(api, data.referrals(), phases, baseline, report);
      plans.put(data.referrals(), QueryPlans.explain(db));
      reportRuns.measure(data, phases, baseline.get(1), report);
    }
    long referrals = data.referrals();
    planViews(stack, api, work, referrals, options.planViews(), phases, baseline.get(CLIENTS));
    mixedLoad(api, work, referrals, options, phases, baseline.get(CLIENTS), report);

    for (Map.Entry<Long, List<QueryPlans.Plan>> atSize : plans.entrySet()) {
      report.plans(atSize.getKey(), atSize.getValue(), atSize.getKey() == referrals);
    }
    report.reportRefreshes();
    report.ratios();
    report.heap(heap.since(started), HEAP_LIMIT_MIB, heap.jvmOptions());
    loads.forEach(report::note);
  }

  /** Each list's first page by one client, then by 50 at once. */
  private static void lists(
      Timed api,
      long referrals,
      Phases phases,
      Map<Integer, Pgbench.Result> baseline,
      Report report)
      throws Exception {
    for (Map.Entry<String, String[]> list : Workload.LISTS.entrySet()) {
      String user = list.getValue()[0];
      String path = list.getValue()[1];
      Timed.run(1, 0, LIST_WARM_UP, i -> api.send(api.request(user, path)));
      Latencies run =
          phases.measure(
              list.getKey() + " at " + referrals + ", 1 client",
              baseline.get(1),
              Target.p95(20),
              () -> Timed.run(1, 0, LIST_REQUESTS, i -> api.send(api.request(user, path))));
      phases.measure(
          list.getKey() + " at " + referrals + ", " + CLIENTS + " clients",
          baseline.get(CLIENTS),
          Target.p95(20),
          () -> Timed.run(CLIENTS, 0, LIST_REQUESTS, i -> api.send(api.request(user, path))));
      Answer last = api.send(api.request(user, path));
      report.list(referrals, list.getKey(), last.totalCount(), wholeRows(last), run);
    }
  }

  /**
   * The person's plan as the link worker reads it, through the API and through the portal's page,
   * 50 clients at once; each portal client signs in once through Keycloak's login form first.
   */
  private static void planViews(
      LocalStack stack,
      Timed api,
      Workload work,
      long referrals,
      int requests,
      Phases phases,
      Pgbench.Result baseline)
      throws Exception {
    Timed.run(CLIENTS, 0, PLAN_WARM_UP, i -> api.send(work.planView()));
    phases.measure(
        "plan view (API) at " + referrals + ", " + CLIENTS + " clients",
        baseline,
        Target.rateAndP95(1000, 50),
        () -> Timed.run(CLIENTS, 0, requests, i -> api.send(work.planView())));

    long signingIn = System.nanoTime();
    List<PortalSession> sessions = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      sessions.add(PortalSession.signIn(stack.portalUrl(), Workload.REFERRER, Tokens.PASSWORD));
    }
    LOG.info(
        () ->
            CLIENTS
                + " portal sign-ins through Keycloak's form in "
                + Duration.ofNanos(System.nanoTime() - signingIn).toMillis()
                + " ms");
    String page = work.planPage();
    Timed.runAs(CLIENTS, 0, PLAN_WARM_UP, (client, i) -> answer(sessions.get(client).get(page)));
    phases.measure(
        "plan page (portal) at " + referrals + ", " + CLIENTS + " clients",
        baseline,
        Target.p95(50),
        () ->
            Timed.runAs(
                CLIENTS, 0, requests, (client, i) -> answer(sessions.get(client).get(page))));
  }

  /**
   * The mix at a fixed arrival rate (open loop). The referrals the receiver decides on are
   * sent to her beforehand, one for each status change the run will make.
   */
  private static void mixedLoad(
      Timed api,
      Workload work,
      long referrals,
      Options options,
      Phases phases,
      Pgbench.Result baseline,
      Report report)
      throws Exception {
    int total = MIX.values().stream().mapToInt(Integer::intValue).sum();
    int decisions =
        options.mixedRate() * options.mixedSeconds() * MIX.get("status change") / total + CLIENTS;
    Timed.run(CLIENTS, 0, decisions, work::sendForDecision);
    // Minting a token in the middle would hold up the requests due meanwhile.
    api.renewTokens(Workload.REFERRER, Workload.RECEIVER);
    Target target = Target.p95(300);
    OpenLoop loop = new OpenLoop(Duration.ofSeconds(10));
    OpenLoop.Result result =
        phases.measure(
            "mixed load at " + options.mixedRate() + " req/s, open loop, at " + referrals,
            baseline,
            target,
            () ->
                loop.run(
                    MIX,
                    options.mixedRate(),
                    Duration.ofSeconds(options.mixedSeconds()),
                    (kind, i) ->
                        switch (kind) {
                          case "list" -> work.list(i);
                          case "plan view" -> work.planView();
                          case "status change" -> work.decision(i);
                          case "submission" -> work.submission(i);
                          default -> work.search();
                        }),
            run -> run.overall().succeeded());
    report.mixed(result, MIX, options.mixedSeconds(), target);
  }

  /** The postmaster: the parent of this connection's backend. */
  /** A portal page as the phases count it: a 2xx or an error. */
  private static Answer answer(PortalSession.Page page) {
    return new Answer(page.status(), page.body(), null);
  }

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
