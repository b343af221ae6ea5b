package org.openneighbourhood.deployment.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.openneighbourhood.deployment.benchmark.Timed.Answer;
import org.openneighbourhood.deployment.stack.PortalSession;
import org.openneighbourhood.deployment.stack.Tokens;

/**
 * The commissioner's report at each size (issue 18): the JSON report API and the portal's report
 * page, over the twelve months to this one, unfiltered and filtered by a category and a receiving
 * organisation, one client at a time; and how long a report waits for the counts to catch up after
 * referrals were added (the loader's whole batch, then {@value #NEW_REFERRALS} more), which is the
 * work of one refresh round.
 *
 * <p>The region's own services have no category, so the filter is the demo's: Walking for
 * wellbeing's first category and its organisation, Green Minds.
 */
final class ReportBenchmark {

  static final String COMMISSIONER = "cara.commissioner";
  static final int NEW_REFERRALS = 1000;
  private static final int WARM_UP = 10;
  private static final long POLL_MS = 200;
  private static final String WALKING = "00000000-0000-0000-0000-00000000b001";
  private static final String GREEN_MINDS = "00000000-0000-0000-0000-00000000a004";

  private final Timed api;
  private final Connection db;
  private final PortalSession portal;
  private final String category;
  private final int requests;

  private ReportBenchmark(
      Timed api, Connection db, PortalSession portal, String category, int requests) {
    this.api = api;
    this.db = db;
    this.portal = portal;
    this.category = category;
    this.requests = requests;
  }

  /** Signs the commissioner in to the portal once; {@code requests} per measured phase. */
  static ReportBenchmark prepare(String portalUrl, Timed api, Connection db, int requests)
      throws Exception {
    String category;
    try (Statement statement = db.createStatement();
        ResultSet first =
            statement.executeQuery(
                "select taxonomy_term_id from service_taxonomy_term where service_id = '"
                    + WALKING
                    + "' order by position limit 1")) {
      if (!first.next()) {
        throw new IllegalStateException("Walking for wellbeing has no category");
      }
      category = first.getObject(1, UUID.class).toString();
    }
    return new ReportBenchmark(
        api,
        db,
        PortalSession.signIn(portalUrl, COMMISSIONER, Tokens.PASSWORD),
        category,
        requests);
  }

  /**
   * At the data's size now: the first report after the load and how long until the counts count
   * what the load added (a report counts a few changes itself; more, it leaves to the scheduler's
   * round and says it is not up to date), the same after {@value #NEW_REFERRALS} more, then the six
   * report phases: the whole area and a category read the kept cells, a category and receiving
   * organisation the kept tallies.
   */
  void measure(ReferralData data, Phases phases, Pgbench.Result baseline, Report report)
      throws Exception {
    catchUp(data.referrals(), "after loading", report);
    data.growTo(data.referrals() + NEW_REFERRALS);
    catchUp(data.referrals(), "after " + NEW_REFERRALS + " new referrals", report);
    long referrals = data.referrals();
    String byCategory = "category=" + category;
    String byBoth = byCategory + "&organisation=" + GREEN_MINDS;
    phase(referrals, "report (API), a year", phases, baseline, () -> json(""));
    phase(
        referrals,
        "report (API), a year by category",
        phases,
        baseline,
        () -> json("?" + byCategory));
    phase(
        referrals,
        "report (API), a year by category and organisation",
        phases,
        baseline,
        () -> json("?" + byBoth));
    phase(referrals, "report page (portal), a year", phases, baseline, () -> page(""));
    phase(
        referrals,
        "report page (portal), a year by category",
        phases,
        baseline,
        () -> page("?" + byCategory));
    phase(
        referrals,
        "report page (portal), a year by category and organisation",
        phases,
        baseline,
        () -> page("?" + byBoth));
  }

  private void catchUp(long referrals, String when, Report report) throws Exception {
    long pending = pending();
    long started = System.nanoTime();
    Answer first = json("");
    long firstMillis = (System.nanoTime() - started) / 1_000_000;
    Answer last = first;
    // The scheduler's round counting a million loaded referrals takes a while; nothing else runs.
    long deadline = started + Duration.ofMinutes(30).toNanos();
    while (last.ok() && !upToDate(last) && System.nanoTime() - deadline < 0) {
      Thread.sleep(POLL_MS);
      last = json("");
    }
    if (!last.ok() || !upToDate(last)) {
      throw new IllegalStateException(
          "The report answered " + last.status() + ", not up to date, " + when);
    }
    report.reportRefresh(
        referrals, when, pending, firstMillis, (System.nanoTime() - started) / 1_000_000);
  }

  private static boolean upToDate(Answer answer) {
    return answer.body().contains("\"upToDate\":true");
  }

  private void phase(
      long referrals, String name, Phases phases, Pgbench.Result baseline, Supplier<Answer> request)
      throws Exception {
    Timed.run(1, 0, WARM_UP, i -> request.get());
    phases.measure(
        name + " at " + referrals + ", 1 client",
        baseline,
        Target.p95(1000),
        () -> Timed.run(1, 0, requests, i -> request.get()));
  }

  private Answer json(String query) {
    return api.send(api.request(COMMISSIONER, "/reports/referrals" + query));
  }

  private Answer page(String query) {
    PortalSession.Page page = portal.get("/reports/index.xhtml" + query);
    return new Answer(page.status(), page.body(), null);
  }

  /** Changes not yet counted: what the next refresh round will count. */
  private long pending() throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet count = statement.executeQuery("select count(*) from report_change")) {
      count.next();
      return count.getLong(1);
    }
  }
}
