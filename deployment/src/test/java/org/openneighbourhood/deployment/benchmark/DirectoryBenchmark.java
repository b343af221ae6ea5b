package org.openneighbourhood.deployment.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.openneighbourhood.deployment.benchmark.Timed.Answer;
import org.openneighbourhood.deployment.local.LocalStack;

/**
 * {@code ./benchmark} (and {@code -Dbenchmark.directory-only=true} for this part alone): the
 * directory's search with 10,000 services (or {@code benchmark.services}) loaded with SQL beside
 * the demo's, measured from a client as a link worker would feel it: words, words near a postcode,
 * everything near a postcode, filters, and the public Open Referral API. One client, 50 warm-up
 * requests, then 200 measured per search. Also the plans of the full-text match and of the whole
 * search as the API writes it. Writes {@code target/benchmark/directory.md}.
 */
public final class DirectoryBenchmark {

  private static final Logger LOG = Logger.getLogger(DirectoryBenchmark.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LINK_WORKER = "lina.link";
  private static final int WARM_UP = 50;
  private static final int REQUESTS = 200;

  private DirectoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    int services = Integer.getInteger("benchmark.services", 10_000);
    Path file = Path.of(System.getProperty("benchmark.report"));
    LocalStack stack = LocalStack.start(LocalStack.Settings.fromSystemProperties(0, 0, 0));
    Thread stop = new Thread(stack::close, "stop-benchmark-stack");
    Runtime.getRuntime().addShutdownHook(stop);
    StringBuilder report = new StringBuilder();
    try (Connection db = stack.connectToDatabase()) {
      run(stack, db, services, report);
    } finally {
      Runtime.getRuntime().removeShutdownHook(stop);
      stack.close();
    }
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.writeString(file, report);
    // The figures are this command's output for the person at the terminal.
    System.out.println(report);
  }

  private static void run(LocalStack stack, Connection db, int services, StringBuilder report)
      throws Exception {
    long started = System.nanoTime();
    try (Statement sql = db.createStatement()) {
      sql.execute(script().replace("${services}", Integer.toString(services)));
      sql.execute("vacuum analyze");
    }
    long loadSeconds = (System.nanoTime() - started) / 1_000_000_000L;
    long total = count(db, "select count(*) from service");
    LOG.info(() -> total + " services loaded");
    Timed api = new Timed(stack);
    String money = categoryId(api, "Money and debt");
    Map<String, String> searches = new LinkedHashMap<>();
    searches.put("words: debt advice", "/services/search?q=" + encode("debt advice"));
    searches.put(
        "words near a postcode: debt advice, NG1 5AB",
        "/services/search?q=" + encode("debt advice") + "&postcode=" + encode("NG1 5AB"));
    searches.put(
        "everything near a postcode: NG1 5AB", "/services/search?postcode=" + encode("NG1 5AB"));
    searches.put(
        "within 5 km: walking group, NG1 5AB",
        "/services/search?q="
            + encode("walking group")
            + "&postcode="
            + encode("NG1 5AB")
            + "&within=5");
    searches.put(
        "filters: Money and debt, accepting, age 40",
        "/services/search?category=" + money + "&accepting=true&age=40");
    searches.put("words, page 10: support", "/services/search?q=support&page=10&size=20");
    report.append("## Directory search\n\n");
    report.append(
        String.format(
            Locale.ROOT,
            "%,d services (%,d loaded with SQL in %d s), one client, %d requests after %d; as"
                + " lina.link, first page of 20 unless said.%n%n",
            total,
            services,
            loadSeconds,
            REQUESTS,
            WARM_UP));
    report.append("| search | found | failed | p50 ms | p95 ms | p99 ms |\n");
    report.append("|---|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, String> search : searches.entrySet()) {
      HttpRequest.Builder request = api.request(LINK_WORKER, search.getValue());
      Answer first = api.send(request);
      Timed.run(1, 0, WARM_UP, i -> api.send(api.request(LINK_WORKER, search.getValue())));
      Latencies measured =
          Timed.run(1, 0, REQUESTS, i -> api.send(api.request(LINK_WORKER, search.getValue())));
      row(report, search.getKey(), first.totalCount(), measured);
    }
    String oruk = "/openreferral/services?search=debt&per_page=50";
    Answer first = api.send(api.unsigned(oruk));
    Timed.run(1, 0, WARM_UP, i -> api.send(api.unsigned(oruk)));
    Latencies measured = Timed.run(1, 0, REQUESTS, i -> api.send(api.unsigned(oruk)));
    JsonNode page = JSON.readTree(first.body());
    row(
        report,
        "Open Referral UK, signed out: /openreferral/services?search=debt&per_page=50",
        page.path("total_items").asText(),
        measured);
    report.append("\n### Plans: EXPLAIN (ANALYZE, BUFFERS), execution ms\n\n");
    plan(
        db,
        report,
        "full-text match (GIN index service_search)",
        "select count(*) from service where search_vector @@ websearch_to_tsquery('english',"
            + " 'debt advice')");
    plan(db, report, "words near a postcode, as the API writes it (page 1 of 20)", nearestQuery());
  }

  private static void row(StringBuilder report, String name, String found, Latencies run) {
    report.append(
        String.format(
            Locale.ROOT,
            "| %s | %s | %d | %.0f | %.0f | %.0f |%n",
            name,
            found,
            run.failures(),
            run.p50(),
            run.p95(),
            run.p99()));
  }

  private static void plan(Connection db, StringBuilder report, String name, String query)
      throws Exception {
    List<String> lines = new ArrayList<>();
    try (Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery("explain (analyze, buffers) " + query)) {
      while (rows.next()) {
        lines.add(rows.getString(1));
      }
    }
    String execution =
        lines.stream().filter(l -> l.startsWith("Execution Time")).findFirst().orElse("?");
    report.append("- ").append(name).append(": ").append(execution).append("\n\n```\n");
    lines.stream().limit(14).forEach(l -> report.append(l).append('\n'));
    report.append("```\n\n");
  }

  /** The search for words near a point, as DirectorySearch writes it for the first page. */
  private static String nearestQuery() {
    String km =
        "6371.0088 * 2 * asin(least(1, sqrt(power(sin(radians(coalesce(l.latitude, pc.latitude)"
            + " - 52.954) / 2), 2) + cos(radians(52.954)) * cos(radians(coalesce(l.latitude,"
            + " pc.latitude))) * power(sin(radians(coalesce(l.longitude, pc.longitude) - -1.149) /"
            + " 2), 2))))";
    return "select s.id, s.name, place.km, count(*) over () from service s join organisation o"
        + " on o.id = s.organisation_id left join lateral (select l.name, l.postcode, "
        + km
        + " as km from service_at_location sl join location l on l.id = sl.location_id left join"
        + " postcode pc on pc.postcode = l.postcode where sl.service_id = s.id order by 3 nulls"
        + " last, sl.position limit 1) place on true where true and s.search_vector @@"
        + " websearch_to_tsquery('english', 'debt advice') order by place.km nulls last,"
        + " s.name, s.id limit 20 offset 0";
  }

  private static String categoryId(Timed api, String name) throws IOException {
    Answer categories = api.send(api.request(LINK_WORKER, "/services/categories"));
    for (JsonNode category : JSON.readTree(categories.body())) {
      if (category.path("name").asText().equals(name)) {
        return category.path("id").asText();
      }
    }
    throw new IllegalStateException("No category " + name);
  }

  private static long count(Connection db, String query) throws Exception {
    try (Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String script() {
    try (InputStream in =
        DirectoryBenchmark.class.getResourceAsStream("/benchmark/directory.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
