package org.openneighbourhood.deployment.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.logging.Logger;
import org.openneighbourhood.deployment.benchmark.Timed.Answer;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.local.Ports;
import org.openneighbourhood.deployment.stack.BarsRequests;

/**
 * Issue 17's reference, measured in the same run: a HAPI FHIR JPA server ({@code
 * deployment/hapi-reference}, HAPI's own storage as its starter project configures it) on a
 * database of its own on the same PostgreSQL, given the same ServiceRequests and searches by the
 * same 50 clients as the service, while the service's own server stands idle. Its figures are what
 * the service's FHIR phases are held to: three times its rates, its p95 or better.
 *
 * <p>HAPI is given the people, the requester and the services as resources of its own first
 * (unmeasured), so that each ServiceRequest's references resolve as they do in the service; then
 * the same numbers of unmeasured and measured creates and searches as the service's phases. HAPI
 * checks no token and writes no audit: what it does per request is less than the service does.
 */
final class HapiBenchmark implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(HapiBenchmark.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration STARTUP = Duration.ofMinutes(4);

  /**
   * The ServiceRequest of the service's BaRS messages, without what HAPI could not resolve: the
   * message's other resources, named by {@code urn:uuid}, and its profile's metadata.
   */
  private static final ObjectNode SERVICE_REQUEST = serviceRequest();

  /** HAPI's measured phases, for the service's targets and the report's comparison. */
  record Result(Latencies creates, Latencies searches) {}

  private final Process server;
  private final String base;
  private final Timed api;

  private HapiBenchmark(Process server, String base, Timed api) {
    this.server = server;
    this.base = base;
    this.api = api;
  }

  /**
   * HAPI's two phases, named as the service's with "HAPI FHIR JPA" before them, after as many
   * unmeasured requests; {@code nhsNumbers} are the people the messages name, in the same order.
   */
  static Result run(
      LocalStack stack,
      Path built,
      Path log,
      Timed api,
      Phases phases,
      Pgbench.Result baseline,
      List<String> nhsNumbers,
      int services,
      FhirBenchmark.Load load)
      throws Exception {
    int clients = load.clients();
    int warmUp = load.warmUp();
    try (HapiBenchmark hapi = start(stack, built, log, api)) {
      Phases withHapi = phases.alsoCounting("hapi", hapi.server.pid());
      String requester = hapi.create(organisation());
      List<String> performers = hapi.createAll(clients, services, i -> healthcareService(i));
      List<String> people =
          hapi.createAll(clients, nhsNumbers.size(), i -> patient(nhsNumbers.get(i)));
      LOG.info(
          () -> "HAPI FHIR JPA has " + people.size() + " people and " + services + " services");
      Timed.run(clients, 0, warmUp, i -> api.send(hapi.create(i, people, requester, performers)));
      Latencies created =
          withHapi.measure(
              "HAPI FHIR JPA: ServiceRequest create, " + clients + " clients",
              baseline,
              Target.none(),
              () ->
                  Timed.run(
                      clients,
                      warmUp,
                      load.creates(),
                      i -> api.send(hapi.create(i, people, requester, performers))));
      hapi.requireFound(people);
      Timed.run(clients, 0, warmUp, i -> api.send(hapi.search(people, i)));
      Latencies searched =
          withHapi.measure(
              "HAPI FHIR JPA: ServiceRequest?subject&status=active, " + clients + " clients",
              baseline,
              Target.none(),
              () -> Timed.run(clients, 0, load.searches(), i -> api.send(hapi.search(people, i))));
      return new Result(created, searched);
    }
  }

  /**
   * The server built by {@code ./benchmark} into {@code built} (its {@code classes} and the
   * dependencies {@code classpath.txt} names), on a new database of the stack's PostgreSQL, with
   * the heap and pool size the service's Payara has.
   */
  private static HapiBenchmark start(LocalStack stack, Path built, Path log, Timed api)
      throws IOException, InterruptedException {
    Path dependencies = built.resolve("classpath.txt");
    if (!Files.isRegularFile(dependencies)) {
      throw new IllegalStateException(
          "No HAPI FHIR JPA server built in "
              + built
              + ": ./benchmark builds it (deployment/hapi-reference), or run with"
              + " -Dbenchmark.hapi=false to hold the FHIR phases to issue 17's fixed figures");
    }
    String jdbcUrl = stack.createDatabase("hapi_reference");
    int port = Ports.free();
    String classpath =
        built.resolve("classes")
            + java.io.File.pathSeparator
            + Files.readString(dependencies, StandardCharsets.UTF_8).strip();
    Files.createDirectories(log.getParent());
    Process server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                LocalStack.PAYARA_HEAP,
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + log.getParent(),
                "-Dhapi.port=" + port,
                "-Dhapi.jdbc-url=" + jdbcUrl,
                "-Dhapi.jdbc-user=" + stack.databaseUser(),
                "-Dhapi.jdbc-password=" + stack.databasePassword(),
                "-cp",
                classpath,
                "org.openneighbourhood.hapireference.HapiReferenceServer")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    HapiBenchmark hapi = new HapiBenchmark(server, "http://localhost:" + port + "/fhir", api);
    long deadline = System.nanoTime() + STARTUP.toNanos();
    // HapiReferenceServer.READY: the server is built apart, so its constant cannot be named here
    while (!Files.readString(log, StandardCharsets.UTF_8).contains("reference server ready on")) {
      if (!server.isAlive() || System.nanoTime() > deadline) {
        hapi.close();
        throw new IllegalStateException("The HAPI FHIR JPA server did not start: see " + log);
      }
      Thread.sleep(500);
    }
    LOG.info(() -> "HAPI FHIR JPA answers at " + hapi.base + ", its log in " + log);
    return hapi;
  }

  /** The i-th ServiceRequest: the service's BaRS message's own, its references made HAPI's. */
  private HttpRequest.Builder create(
      int i, List<String> people, String requester, List<String> performers) {
    ObjectNode request = SERVICE_REQUEST.deepCopy();
    request.putObject("subject").put("reference", people.get(i % people.size()));
    request.putObject("requester").put("reference", requester);
    request
        .putArray("performer")
        .addObject()
        .put("reference", performers.get(i * 7 % performers.size()));
    return post("ServiceRequest", request);
  }

  /** The i-th person's active ServiceRequests, as the service's search phase asks it. */
  private HttpRequest.Builder search(List<String> people, int i) {
    return HttpRequest.newBuilder(
            URI.create(
                base
                    + "/ServiceRequest?subject="
                    + people.get(i % people.size())
                    + "&status=active"))
        .timeout(Duration.ofMinutes(2))
        .header("Accept", "application/fhir+json");
  }

  /** A search that finds nothing is quick and proves nothing: the first person's must find some. */
  private void requireFound(List<String> people) throws IOException {
    Answer answer = api.send(search(people, 0));
    int found = JSON.readTree(answer.body()).path("entry").size();
    if (!answer.ok() || found == 0) {
      throw new IllegalStateException("HAPI's search found no ServiceRequest: " + answer.body());
    }
    LOG.info(() -> "HAPI's search finds " + found + " ServiceRequests of " + people.get(0));
  }

  private HttpRequest.Builder post(String type, JsonNode resource) {
    return HttpRequest.newBuilder(URI.create(base + "/" + type))
        .timeout(Duration.ofMinutes(2))
        .header("Content-Type", "application/fhir+json")
        .header("Accept", "application/fhir+json")
        .POST(HttpRequest.BodyPublishers.ofString(resource.toString()));
  }

  /** Creates the resource; its reference ("Type/id"). */
  private String create(ObjectNode resource) {
    String type = resource.path("resourceType").asText();
    Answer answer = api.send(post(type, resource));
    if (!answer.ok()) {
      throw new IllegalStateException("HAPI did not create a " + type + ": " + answer.body());
    }
    try {
      return type + "/" + JSON.readTree(answer.body()).path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code count} resources made by {@code resource}, {@code clients} at a time, in order. */
  private List<String> createAll(
      int clients, int count, java.util.function.IntFunction<ObjectNode> resource)
      throws Exception {
    AtomicReferenceArray<String> made = new AtomicReferenceArray<>(count);
    Latencies run =
        Timed.run(
            clients,
            0,
            count,
            i -> {
              made.set(i, create(resource.apply(i)));
              return new Answer(201, "", null);
            });
    if (run.failures() > 0) {
      throw new IllegalStateException("HAPI did not create all " + count + " resources");
    }
    List<String> references = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      references.add(made.get(i));
    }
    return references;
  }

  private static ObjectNode serviceRequest() {
    try {
      JsonNode message = JSON.readTree(BarsRequests.request("template", "9000000009", "template"));
      ObjectNode request = (ObjectNode) BarsRequests.resource(message, "ServiceRequest");
      request.remove(List.of("meta", "basedOn", "encounter", "locationReference"));
      return request;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode organisation() {
    ObjectNode organisation = JSON.createObjectNode().put("resourceType", "Organization");
    organisation
        .putArray("identifier")
        .addObject()
        .put("system", "https://fhir.nhs.uk/Id/ods-organization-code")
        .put("value", "Y12345");
    return organisation.put("name", "Riverside Surgery");
  }

  private static ObjectNode healthcareService(int i) {
    return JSON.createObjectNode()
        .put("resourceType", "HealthcareService")
        .put("active", true)
        .put("name", "Service " + i);
  }

  private static ObjectNode patient(String nhsNumber) {
    ObjectNode patient = JSON.createObjectNode().put("resourceType", "Patient");
    patient
        .putArray("identifier")
        .addObject()
        .put("system", "https://fhir.nhs.uk/Id/nhs-number")
        .put("value", nhsNumber);
    return patient;
  }

  @Override
  public void close() throws InterruptedException {
    server.destroy();
    if (!server.waitFor(30, TimeUnit.SECONDS)) {
      server.destroyForcibly().waitFor();
    }
  }
}
