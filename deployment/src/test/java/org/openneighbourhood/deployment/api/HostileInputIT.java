package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.GREEN_MINDS;
import static org.openneighbourhood.deployment.stack.Demo.NORTHGATE_PCN;
import static org.openneighbourhood.deployment.stack.Demo.RIVERSIDE_SURGERY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Accounts;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Services;
import org.openneighbourhood.deployment.stack.Tokens;
import org.openneighbourhood.deployment.stack.Transcript;

/**
 * Hostile input over the whole API (issue 14). The API's own OpenAPI document, read from the
 * running server, says what to attack: every operation, each of its path, query and header
 * parameters and each field of its request body ({@code $ref} schemas resolved, nested objects and
 * list items included) is sent a catalogue of hostile values one at a time, NUL and other control
 * characters, a 1 MB string, an unpaired surrogate, SQL and HTML metacharacters, wrong types, huge
 * and negative numbers, unknown choices, dates outside any calendar, deep nesting, invalid UTF-8 in
 * parameters, while the rest of the request is valid: ids of this class's own records and a user
 * the access policy allows, so the value reaches the code behind the checks and not just a 403 or
 * 404. Raw bodies follow for every operation that reads one: invalid UTF-8, 10,000 {@code [},
 * trailing garbage, a body over 1 MiB, the wrong content type, none at all.
 *
 * <p>No answer may be a 5xx or show a stack trace or SQL; an error must be problem+json and must
 * not repeat the hostile text; a value that must be refused must not be answered 2xx (and if it is,
 * the failure says whether the record read back holds it), and text that may be taken must be
 * stored as it was sent. Every failure of the run is listed in one assertion.
 *
 * <p>Writes that succeed change only this class's records: a person of its own (with a sign-in),
 * their plan and referrals to a service of its own, a second service of its own for the directory
 * edits (deleted at the end), staff invited into Green Minds with addresses of its own, and
 * organisations it onboards under names of its own. A bank holiday it loads is in 2199.
 */
@ExtendWith(RunningStack.class)
@Tag("access")
class HostileInputIT {

  private static final Logger LOG = Logger.getLogger(HostileInputIT.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(20))
          .build();
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

  /** Where a hostile value goes into a body's JSON text, replaced after it is written. */
  private static final String SLOT = "\"hostile-value-slot-5c1e\"";

  /** Text in an answer that gives the server's insides away. */
  private static final List<String> LEAKS =
      List.of(
          "\tat ",
          "at org.",
          "at java.",
          "at jdk.",
          "Exception",
          "SELECT ",
          "INSERT ",
          "UPDATE ",
          "syntax error",
          "org.postgresql",
          "SQLState",
          "Hibernate",
          "hibernate",
          "Payara");

  /** Query parameters that carry a number, an id or a choice written as text. */
  private static final List<String> NUMBER_PARAMETERS =
      List.of("page", "size", "per_page", "age", "minimum_age", "maximum_age");

  private static final List<String> ID_PARAMETERS =
      List.of(
          "organisation",
          "category",
          "taxonomy_id",
          "taxonomy_term_id",
          "after",
          "before",
          "nhsNumber");
  private static final List<String> CHOICE_PARAMETERS = List.of("status", "sort");

  /** What the API must do with a value. */
  enum Verdict {
    /** Never a 2xx. */
    REFUSED,
    /** A 2xx or a 4xx, never worse. */
    MAY_BE_TAKEN,
    /** Text a person may well type: when answered 2xx it must be stored exactly as sent. */
    KEPT_AS_SENT
  }

  /**
   * A hostile value: for a body field its JSON text, for a parameter its text as it goes on the
   * wire (percent-encoded for the query and path).
   */
  record Hostile(String name, String wire, Verdict verdict) {

    /** The value as the server reads it, for finding it in an answer; null when not text. */
    String text() {
      try {
        JsonNode value = JSON.readTree(wire);
        return value != null && value.isTextual() ? value.asText() : null;
      } catch (IOException notJson) {
        return null;
      }
    }
  }

  /** A valid request of one operation, into which one hostile value at a time is put. */
  record Baseline(
      String user,
      Map<String, String> path,
      Map<String, String> query,
      Supplier<JsonNode> body,
      Supplier<Map<String, String>> headers,
      boolean form) {

    Baseline {
      path = Map.copyOf(path);
      query = Map.copyOf(query);
    }

    static Baseline of(String user) {
      return new Baseline(user, Map.of(), Map.of(), () -> null, Map::of, false);
    }

    Baseline at(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(path);
      more.put(name, value);
      return new Baseline(user, more, query, body, headers, form);
    }

    Baseline query(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(query);
      more.put(name, value);
      return new Baseline(user, path, more, body, headers, form);
    }

    Baseline body(Supplier<JsonNode> fresh) {
      return new Baseline(user, path, query, fresh, headers, form);
    }

    Baseline headers(Supplier<Map<String, String>> fresh) {
      return new Baseline(user, path, query, body, fresh, form);
    }

    /** The body's fields sent as an HTML form. */
    Baseline asForm() {
      return new Baseline(user, path, query, body, headers, true);
    }
  }

  /** One request as sent and its answer. */
  record Exchange(
      String what, String user, String method, String path, int status, String type, String body) {

    /** The field or parameter the hostile value was in. */
    String field() {
      String named = what.substring(what.indexOf(' ', what.indexOf(' ') + 1) + 1);
      return named.substring(0, named.indexOf('='));
    }
  }

  static LocalStack stack;
  static Api api;
  static JsonNode openApi;
  static String root;

  /** This class's records. */
  static String suffix;

  static String personUser;
  static String personId;
  static String goalId;
  static String actionId;
  static String referralService;
  static String editedService;
  static String retiredService;
  static final Map<String, String> referrals = new LinkedHashMap<>();
  static String selfReferral;
  static String careTeamMemberToEnd;

  /** The directory's services before this class ran: every other one is its own, added by POST. */
  static final Set<String> servicesBefore = new HashSet<>();

  static final Queue<String> failures = new ConcurrentLinkedQueue<>();

  /** The problems a request may meet when a dependency or the API is too busy: a 503, fast. */
  private static final List<String> BUSY =
      List.of(
          "\"urn:neighbourhood:problem:identity-unavailable\"",
          "\"urn:neighbourhood:problem:overloaded\"");

  /** Requests answered with one of those: tolerated while they are rare (see the end). */
  static final Queue<String> busy = new ConcurrentLinkedQueue<>();

  static final AtomicInteger requests = new AtomicInteger();

  @BeforeAll
  static void ownRecords(LocalStack running) throws Exception {
    stack = running;
    api = new Api(running);
    root = running.apiUrl().substring(0, running.apiUrl().length() - "/api".length());
    openApi = readOpenApi();
    suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));

    try (Connection db = running.connectToDatabase();
        PreparedStatement all = db.prepareStatement("select id::text from service");
        java.sql.ResultSet ids = all.executeQuery()) {
      while (ids.next()) {
        servicesBefore.add(ids.getString(1));
      }
    }
    referralService = insertService("Hostile input referrals " + suffix);
    editedService = insertService("Hostile input entry " + suffix);
    retiredService = insertService("Hostile input retired " + suffix);

    String nhs = Demo.freshNhsNumber();
    personUser = "hostile.person." + suffix;
    stack.provision(Accounts.person(personUser, "Hana", "Hostile", nhs));
    Reply registered =
        api.post(
            "lina.link",
            "/people",
            Map.of(
                "nhsNumber", nhs,
                "givenName", "Hana",
                "familyName", "Hostile",
                "dateOfBirth", "1970-05-05",
                "consentToRecord", true));
    assertEquals(201, registered.status(), registered::toString);
    personId = registered.body().path("id").asText();
    for (String organisation : List.of(RIVERSIDE_SURGERY, Demo.MONEY_MATTERS)) {
      Reply added =
          api.post(
              "lina.link",
              "/people/" + personId + "/care-team",
              Map.of("organisationId", organisation, "personAgreed", true));
      assertEquals(200, added.status(), added::toString);
    }
    careTeamMemberToEnd = careTeamMemberOf(Demo.MONEY_MATTERS);

    Reply goal =
        api.post(
            "lina.link",
            "/people/" + personId + "/plan/goals",
            Map.of("description", "Walk to the shops", "importance", 7, "confidence", 5));
    assertEquals(201, goal.status(), goal::toString);
    goalId = last(goal.body().path("goals")).path("id").asText();
    Reply action =
        api.post(
            "lina.link",
            "/people/" + personId + "/plan/goals/" + goalId + "/actions",
            Map.of("description", "Find a walking group", "ownerOrganisationId", NORTHGATE_PCN));
    assertEquals(201, action.status(), action::toString);
    actionId = last(last(action.body().path("goals")).path("actions")).path("id").asText();

    for (String use :
        List.of("accept", "waitlist", "decline", "start", "finish", "withdraw", "error")) {
      referrals.put(use, sendReferral(false));
    }
    referrals.put("draft", sendReferral(true));
    decide("start", "accept");
    decide("finish", "accept");
    decide("finish", "start");

    Reply self =
        api.post(
            personUser,
            "/me/referrals",
            Map.of("serviceId", referralService, "reason", "I would like to walk with others"));
    assertEquals(201, self.status(), self::toString);
    selfReferral = self.body().path("id").asText();
  }

  /**
   * Takes this class's services (its two, and those POST /services added) out of the shared
   * directory, with the referrals made to them, so that the tests that read the whole directory
   * find only what they expect.
   */
  @AfterAll
  static void removeTheServicesOfThisClass() throws SQLException {
    List<String> services = new ArrayList<>();
    try (Connection db = stack.connectToDatabase();
        PreparedStatement all = db.prepareStatement("select id::text from service");
        java.sql.ResultSet ids = all.executeQuery()) {
      while (ids.next()) {
        if (!servicesBefore.contains(ids.getString(1))) {
          services.add(ids.getString(1));
        }
      }
    }
    try (Connection db = stack.connectToDatabase()) {
      db.setAutoCommit(false);
      String referralsOf = "(select id from referral where service_id = ?::uuid)";
      for (String service : services) {
        for (String sql :
            List.of(
                "delete from consent where referral_id in " + referralsOf,
                "delete from notification where referral_id in " + referralsOf,
                "delete from referral where service_id = ?::uuid",
                "delete from service where id = ?::uuid")) {
          try (PreparedStatement delete = db.prepareStatement(sql)) {
            delete.setString(1, service);
            delete.executeUpdate();
          }
        }
      }
      db.commit();
    }
  }

  @Test
  void everyParameterAndFieldOfEveryOperationWithstandsHostileValues() throws Exception {
    Map<String, Baseline> baselines = baselines();
    List<Runnable> first = new ArrayList<>();
    List<Runnable> last = new ArrayList<>();
    int operations = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
          methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
          continue;
        }
        operations++;
        String key = method.getKey().toUpperCase() + " " + path.getKey();
        Baseline baseline = baselines.get(key);
        if (baseline == null) {
          failures.add(key + ": no valid request to start from; add one to baselines()");
          continue;
        }
        Runnable walk =
            () -> {
              try {
                attack(key, method.getValue(), path.getValue().path("parameters"), baseline);
              } catch (RuntimeException | AssertionError broken) {
                failures.add(key + ": the walk stopped: " + broken);
              }
            };
        // These end what the others need: the person's consent to one organisation, a member of
        // their care team.
        (key.contains("/withdraw") && key.contains("consents") || key.endsWith("/end")
                ? last
                : first)
            .add(walk);
      }
    }
    assertTrue(operations > 60, "the OpenAPI document lists " + operations + " operations");
    long started = System.nanoTime();
    runAll(first);
    runAll(last);
    LOG.info(
        () ->
            "Hostile input: "
                + requests.get()
                + " requests in "
                + (System.nanoTime() - started) / 1_000_000_000
                + " s, "
                + busy.size()
                + " met a busy server");
    assertTrue(
        busy.size() * 100 <= requests.get(),
        "more than 1% of the hostile requests met a busy server, so they tested little: "
            + busy.size()
            + " of "
            + requests.get()
            + ": "
            + busy.stream().sorted().limit(20).collect(Collectors.joining("\n")));
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " of "
            + requests.get()
            + " hostile requests were answered wrongly:\n"
            + failures.stream().sorted().collect(Collectors.joining("\n")));
  }

  @Test
  void rawBodiesThatAreNotOneJsonValueWithinTheLimitAreRefused() throws Exception {
    Map<String, Baseline> baselines = baselines();
    List<Runnable> tasks = new ArrayList<>();
    Queue<String> wrong = new ConcurrentLinkedQueue<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
          methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        JsonNode content = method.getValue().path("requestBody").path("content");
        String key = method.getKey().toUpperCase() + " " + path.getKey();
        Baseline baseline = baselines.get(key);
        if (content.isMissingNode() || baseline == null) {
          continue;
        }
        boolean json = content.has("application/json");
        tasks.add(() -> rawBodies(key, json, baseline, wrong));
      }
    }
    assertTrue(tasks.size() > 20, "operations with a body: " + tasks.size());
    runAll(tasks);
    assertTrue(
        wrong.isEmpty(),
        wrong.size()
            + " raw bodies were answered wrongly:\n"
            + wrong.stream().sorted().collect(Collectors.joining("\n")));
  }

  /**
   * The FHIR API behind the same guards: each hostile request is a 4xx {@code OperationOutcome} (a
   * search that reads a hostile value as text may find nothing, 200), never a 5xx, never a leak nor
   * the value echoed as markup, and no BaRS message is taken from any of them.
   */
  @Test
  void theFhirApiAnswersHostileInputWithOperationOutcomes() throws Exception {
    String reader = "lina.link";
    String partner = Tokens.PARTNER_SYSTEM;
    long messagesBefore = stack.count("select count(*) from bars_message");
    Queue<String> wrong = new ConcurrentLinkedQueue<>();
    Map<String, String> searches = new LinkedHashMap<>();
    searches.put("huge _count", "/fhir/ServiceRequest?_count=99999999999999999999");
    searches.put("_count over 100", "/fhir/ServiceRequest?_count=1000000");
    searches.put("negative _offset", "/fhir/ServiceRequest?_offset=-1");
    searches.put("unknown parameter", "/fhir/ServiceRequest?hostile=1");
    searches.put("bad id", "/fhir/Patient/not-an-id%27%20OR%201%3D1--");
    // (An id of ..%2F.. is no FHIR request at all: the container resolves it to another address.)
    searches.put("bad Goal id", "/fhir/Goal/%3Cscript%3Ealert(1)");
    searches.put("NUL in a parameter", "/fhir/Patient?identifier=%00");
    searches.put("invalid UTF-8 in a parameter", "/fhir/ServiceRequest?status=%C3%28%FF");
    searches.put(
        "SQL in a subject", "/fhir/ServiceRequest?subject=%27%3B%20DROP%20TABLE%20referral--");
    searches.put(
        "script in a status", "/fhir/ServiceRequest?status=%3Cscript%3Ealert(1)%3C/script%3E");
    for (Map.Entry<String, String> search : searches.entrySet()) {
      fhirExpect(wrong, search.getKey(), reader, "GET", search.getValue(), null, null, false);
    }
    Map<String, String> maybeFound = new LinkedHashMap<>();
    maybeFound.put("SQL in a name", "/fhir/HealthcareService?name=%27%20OR%20%271%27%3D%271");
    maybeFound.put(
        "script in a name", "/fhir/HealthcareService?name=%3Cscript%3Ealert(1)%3C/script%3E");
    for (Map.Entry<String, String> search : maybeFound.entrySet()) {
      fhirExpect(wrong, search.getKey(), reader, "GET", search.getValue(), null, null, true);
    }
    String message = "/fhir/$process-message";
    byte[] large = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(large, (byte) ' ');
    large[0] = '{';
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    bodies.put("over 1 MiB", large);
    bodies.put("10,000 [", "[".repeat(10_000).getBytes(StandardCharsets.UTF_8));
    bodies.put("10,000 nested objects", "{\"a\":".repeat(10_000).getBytes(StandardCharsets.UTF_8));
    bodies.put("malformed JSON", "{\"resourceType\":\"Bundle\",".getBytes(StandardCharsets.UTF_8));
    bodies.put(
        "NUL in a string",
        "{\"resourceType\":\"Bundle\",\"type\":\"message\u0000\"}"
            .getBytes(StandardCharsets.UTF_8));
    bodies.put(
        "trailing garbage", "{\"resourceType\":\"Bundle\"} }{".getBytes(StandardCharsets.UTF_8));
    bodies.put("invalid UTF-8", new byte[] {'{', '"', (byte) 0xC3, 0x28, (byte) 0xFF, '"', '}'});
    for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
      fhirExpect(
          wrong,
          body.getKey(),
          partner,
          "POST",
          message,
          "application/fhir+json",
          body.getValue(),
          false);
    }
    fhirExpect(
        wrong,
        "malformed XML",
        partner,
        "POST",
        message,
        "application/fhir+xml",
        "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=".getBytes(StandardCharsets.UTF_8),
        false);
    fhirExpect(
        wrong,
        "an XML entity",
        partner,
        "POST",
        message,
        "application/fhir+xml",
        ("<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"&x;\"/></Bundle>")
            .getBytes(StandardCharsets.UTF_8),
        false);
    fhirExpect(
        wrong,
        "wrong content type",
        partner,
        "POST",
        message,
        "text/plain",
        "hello".getBytes(StandardCharsets.UTF_8),
        false);
    assertEquals(
        messagesBefore,
        stack.count("select count(*) from bars_message"),
        "no hostile message was taken");
    Exchange metadata =
        call("metadata after", null, "GET", "/api/fhir/metadata", Map.of(), null, null);
    assertEquals(200, metadata.status(), "the FHIR API still answers: " + metadata.body());
    assertTrue(
        wrong.isEmpty(),
        wrong.size()
            + " hostile FHIR requests were answered wrongly:\n"
            + wrong.stream().sorted().collect(Collectors.joining("\n")));
  }

  private static void fhirExpect(
      Queue<String> wrong,
      String what,
      String user,
      String method,
      String path,
      String contentType,
      byte[] body,
      boolean mayFind)
      throws IOException {
    Exchange answer = call(what, user, method, "/api" + path, Map.of(), contentType, body);
    String said = what + " " + method + " " + path + ": " + answer.status() + " " + answer.body();
    said = said.length() > 600 ? said.substring(0, 600) : said;
    boolean found = mayFind && answer.status() == 200;
    if (!found && (answer.status() < 400 || answer.status() >= 500)) {
      wrong.add("not a 4xx: " + said);
      return;
    }
    if (!answer.type().contains("json")) {
      wrong.add("not FHIR JSON: " + answer.type() + " " + said);
      return;
    }
    JsonNode read;
    try {
      read = JSON.readTree(answer.body());
    } catch (IOException notJson) {
      wrong.add("not JSON: " + said);
      return;
    }
    String expectedType = found ? "Bundle" : "OperationOutcome";
    if (!expectedType.equals(read.path("resourceType").asText())) {
      wrong.add("not an " + expectedType + ": " + said);
    }
    for (String leak : LEAKS) {
      if (answer.body().contains(leak)) {
        wrong.add("leaks " + leak + ": " + said);
      }
    }
    if (answer.body().contains("<script>")) {
      wrong.add("echoes markup: " + said);
    }
  }

  // --- the walk ---------------------------------------------------------------------------

  private static void attack(String key, JsonNode operation, JsonNode shared, Baseline baseline) {
    String method = key.substring(0, key.indexOf(' '));
    String template = key.substring(key.indexOf(' ') + 1);
    List<JsonNode> parameters = new ArrayList<>();
    shared.forEach(parameters::add);
    operation.path("parameters").forEach(parameters::add);
    for (JsonNode parameter : parameters) {
      String name = parameter.path("name").asText();
      String in = parameter.path("in").asText();
      JsonNode schema = resolve(parameter.path("schema"));
      for (Hostile value : forParameter(in, name, schema)) {
        switch (in) {
          case "path" -> {
            Map<String, String> path = new LinkedHashMap<>(encoded(baseline.path()));
            path.put(name, value.wire());
            send(key, name, value, baseline, method, fill(template, path), query(baseline, null));
          }
          case "query" ->
              send(
                  key,
                  name,
                  value,
                  baseline,
                  method,
                  fill(template, encoded(baseline.path())),
                  query(baseline, Map.entry(name, value.wire())));
          case "header" -> sendWithHeader(key, name, value, baseline, method, template);
          default -> {
            // cookies: the API reads none
          }
        }
      }
    }
    for (Hostile value : forParameter("header", "X-Acting-Organisation", null).subList(3, 6)) {
      sendWithHeader(key, "X-Acting-Organisation", value, baseline, method, template);
    }
    JsonNode content = operation.path("requestBody").path("content");
    if (content.has("application/json")) {
      JsonNode schema = resolve(content.path("application/json").path("schema"));
      for (Hostile value : forWholeBody()) {
        sendBody(key, "body", value, baseline, method, template, null);
      }
      for (Map.Entry<List<Object>, JsonNode> field : fields(schema, baseline.body().get())) {
        String name = dotted(field.getKey());
        for (Hostile value : forSchema(field.getValue())) {
          sendBody(key, name, value, baseline, method, template, field.getKey());
        }
      }
    } else if (!content.isMissingNode()) {
      // A form (the document says only "*/*"): its fields are the baseline's.
      for (Iterator<String> names = baseline.body().get().fieldNames(); names.hasNext(); ) {
        String name = names.next();
        for (Hostile value : forParameter("form", name, null)) {
          exchange(
              key,
              name,
              value,
              baseline,
              method,
              fill(template, encoded(baseline.path())),
              query(baseline, null),
              Map.of(),
              "application/x-www-form-urlencoded",
              (name + "=" + value.wire()).getBytes(StandardCharsets.US_ASCII));
        }
      }
    }
  }

  private static void sendWithHeader(
      String key, String name, Hostile value, Baseline baseline, String method, String template) {
    byte[] body = payload(baseline);
    exchange(
        key,
        name,
        value,
        baseline,
        method,
        fill(template, encoded(baseline.path())),
        query(baseline, null),
        Map.of(name, value.wire()),
        body == null ? null : contentType(baseline),
        body);
  }

  /** The baseline's own body, as JSON or as a form. */
  private static byte[] payload(Baseline baseline) {
    if (!baseline.form()) {
      return body(baseline, null, null);
    }
    List<String> fields = new ArrayList<>();
    baseline
        .body()
        .get()
        .fields()
        .forEachRemaining(
            field -> fields.add(field.getKey() + "=" + encode(field.getValue().asText())));
    return String.join("&", fields).getBytes(StandardCharsets.US_ASCII);
  }

  private static String contentType(Baseline baseline) {
    return baseline.form() ? "application/x-www-form-urlencoded" : "application/json";
  }

  private static void send(
      String key,
      String name,
      Hostile value,
      Baseline baseline,
      String method,
      String path,
      String query) {
    byte[] body = payload(baseline);
    exchange(
        key,
        name,
        value,
        baseline,
        method,
        path,
        query,
        Map.of(),
        body == null ? null : contentType(baseline),
        body);
  }

  private static void sendBody(
      String key,
      String name,
      Hostile value,
      Baseline baseline,
      String method,
      String template,
      List<Object> field) {
    byte[] body = body(baseline, field, value);
    if (body == null) {
      return;
    }
    exchange(
        key,
        name,
        value,
        baseline,
        method,
        fill(template, encoded(baseline.path())),
        query(baseline, null),
        Map.of(),
        "application/json",
        body);
  }

  /**
   * The baseline's body with the value at the field (a path of names and list indexes; null for the
   * body itself, empty for no change), as bytes; null when the operation has no body.
   */
  private static byte[] body(Baseline baseline, List<Object> field, Hostile value) {
    JsonNode body = baseline.body().get();
    if (value == null) {
      return body == null ? null : write(body).getBytes(StandardCharsets.UTF_8);
    }
    if (field == null) {
      return value.wire().getBytes(StandardCharsets.UTF_8);
    }
    if (body == null) {
      return null;
    }
    JsonNode parent = body;
    for (int i = 0; i < field.size() - 1; i++) {
      Object step = field.get(i);
      JsonNode next =
          step instanceof Integer index ? parent.path(index) : parent.path((String) step);
      if (next.isMissingNode() || next.isNull()) {
        Object after = field.get(i + 1);
        next = after instanceof Integer ? JSON.createArrayNode() : JSON.createObjectNode();
        if (step instanceof Integer) {
          ((ArrayNode) parent).add(next);
        } else {
          ((ObjectNode) parent).set((String) step, next);
        }
      }
      parent = next;
    }
    Object leaf = field.get(field.size() - 1);
    if (leaf instanceof Integer index) {
      ArrayNode list = (ArrayNode) parent;
      if (list.size() > index) {
        list.set(index, TextNode.valueOf(SLOT.substring(1, SLOT.length() - 1)));
      } else {
        list.add(SLOT.substring(1, SLOT.length() - 1));
      }
    } else {
      ((ObjectNode) parent).put((String) leaf, SLOT.substring(1, SLOT.length() - 1));
    }
    return write(body).replace(SLOT, value.wire()).getBytes(StandardCharsets.UTF_8);
  }

  private static String write(JsonNode body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends one request and judges its answer. */
  private static void exchange(
      String key,
      String field,
      Hostile value,
      Baseline baseline,
      String method,
      String path,
      String query,
      Map<String, String> extraHeaders,
      String contentType,
      byte[] body) {
    String what = key + " " + field + "=" + value.name();
    Exchange answer;
    try {
      Map<String, String> headers = new LinkedHashMap<>(headers(key, baseline));
      headers.putAll(extraHeaders);
      answer = call(what, baseline.user(), method, path + query, headers, contentType, body);
      if (answer.status() == 412 && !extraHeaders.containsKey("If-Match")) {
        // Another operation changed the record meanwhile: once more at its new version, so that
        // the value reaches the code behind the version check.
        VERSIONS.remove(key);
        headers = new LinkedHashMap<>(headers(key, baseline));
        headers.putAll(extraHeaders);
        answer = call(what, baseline.user(), method, path + query, headers, contentType, body);
      }
    } catch (IOException | IllegalArgumentException unanswered) {
      failures.add(what + ": no answer (" + unanswered + ")");
      return;
    }
    if (answer.status() < 300 || answer.status() == 412) {
      VERSIONS.remove(key);
    }
    judge(answer, value, key, baseline);
  }

  /** The version a change is made at, read once and again only after it changed. */
  private static final Map<String, Map<String, String>> VERSIONS = new ConcurrentHashMap<>();

  private static Map<String, String> headers(String key, Baseline baseline) {
    Map<String, String> known = VERSIONS.get(key);
    if (known != null) {
      return known;
    }
    Map<String, String> fresh = baseline.headers().get();
    if (fresh.containsKey("If-Match")) {
      VERSIONS.put(key, fresh);
    }
    return fresh;
  }

  private static void judge(Exchange answer, Hostile value, String key, Baseline baseline) {
    String what = answer.what();
    int status = answer.status();
    String said = answer.body() == null ? "" : answer.body();
    if (status == 503 && BUSY.stream().anyMatch(said::contains)) {
      // Keycloak or the server itself too busy to answer in time (the two cores run the other
      // lane's stack too): refused honestly, fast, and nothing stored; not an answer to the input
      busy.add(what);
      return;
    }
    if (status >= 500) {
      failures.add(what + ": " + status + " " + shorten(said));
      return;
    }
    String text = value.text();
    String withoutValue = text == null || text.isEmpty() ? said : said.replace(text, "");
    for (String leak : LEAKS) {
      if (withoutValue.contains(leak)) {
        failures.add(what + ": the answer shows \"" + leak + "\": " + shorten(said));
        return;
      }
    }
    if (status >= 400) {
      if (refusedByTheServerItself(answer, value)) {
        return;
      }
      if (!answer.type().startsWith("application/problem+json")) {
        failures.add(what + ": " + status + " is not problem+json but " + answer.type());
      } else if (text != null && text.length() >= 8 && said.contains(text)) {
        failures.add(what + ": the refusal repeats what was sent");
      }
      return;
    }
    if (status < 200 || status >= 300) {
      return;
    }
    if (value.verdict() == Verdict.REFUSED) {
      failures.add(
          what
              + ": "
              + status
              + " for a value that must be refused; "
              + storedIn(answer, value, key, baseline));
    } else if (value.verdict() == Verdict.KEPT_AS_SENT
        && answer.method().matches("POST|PUT")
        && !holds(answer.body(), text)
        && shows(readBack(key, baseline), answer.field(), text) == Boolean.FALSE) {
      failures.add(
          what + ": " + status + " but neither the answer nor the record holds it as sent");
    }
  }

  /**
   * Payara's HTTP listener answers an address whose path holds an encoded NUL, backslash or bytes
   * that are not UTF-8 with a bare "400 Invalid URI" before any application sees it, and an encoded
   * {@code ../} leads out of the API to the portal's own error pages: no war can make either a
   * problem detail of the API, and neither shows anything of it.
   */
  private static boolean refusedByTheServerItself(Exchange answer, Hostile value) {
    String path = answer.path().split("\\?")[0];
    boolean bare =
        answer.status() == 400
            && (answer.body() == null || answer.body().isEmpty())
            && value.wire().matches(".*(%00|%C3%28|%5C).*");
    boolean elsewhere = answer.status() < 500 && value.wire().contains("..%2F");
    return (bare || elsewhere) && path.contains(value.wire());
  }

  /**
   * Whether the record read back holds the text, or null when it does not show the field at all (an
   * admin's name goes to Keycloak; GOV.UK's notes are not read).
   */
  private static Boolean shows(String json, String field, String text) {
    String name = field.replaceAll(".*[.\\]]", "");
    if (json == null || !json.contains("\"" + name + "\"")) {
      return null;
    }
    return holds(json, text);
  }

  private static String storedIn(Exchange answer, Hostile value, String key, Baseline baseline) {
    String text = value.text();
    if (text == null) {
      return "the record read back: " + shorten(readBack(key, baseline));
    }
    if (holds(answer.body(), text) || holds(readBack(key, baseline), text)) {
      return "and it was stored";
    }
    return "not found in the record read back";
  }

  /** Whether a text node of the JSON holds the text. */
  private static boolean holds(String json, String text) {
    if (json == null || json.isBlank() || text == null) {
      return false;
    }
    try {
      return holds(JSON.readTree(json), text);
    } catch (IOException notJson) {
      return false;
    }
  }

  private static boolean holds(JsonNode node, String text) {
    if (node.isTextual()) {
      return node.asText().contains(text);
    }
    for (JsonNode child : node) {
      if (holds(child, text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The record a write changed, read back: the nearest address at or above the operation's that the
   * document lists a GET for, as the same user.
   */
  private static String readBack(String key, Baseline baseline) {
    String template = key.substring(key.indexOf(' ') + 1);
    while (template.lastIndexOf('/') > 0) {
      if (openApi.path("paths").path(template).has("get")) {
        try {
          return call(
                  "read back",
                  baseline.user(),
                  "GET",
                  fill(template, encoded(baseline.path())),
                  Map.of(),
                  null,
                  null)
              .body();
        } catch (IOException e) {
          return null;
        }
      }
      template = template.substring(0, template.lastIndexOf('/'));
    }
    return null;
  }

  private static Exchange call(
      String what,
      String user,
      String method,
      String pathAndQuery,
      Map<String, String> headers,
      String contentType,
      byte[] body)
      throws IOException {
    requests.incrementAndGet();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root + pathAndQuery))
            .timeout(ANSWER_WITHIN)
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (user != null) {
      request.header("Authorization", "Bearer " + api.tokens().of(user));
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Transcript.answer(user, method + " " + pathAndQuery, response.body());
      return new Exchange(
          what,
          user,
          method,
          pathAndQuery,
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  // --- raw bodies -------------------------------------------------------------------------

  private static void rawBodies(String key, boolean json, Baseline baseline, Queue<String> wrong) {
    String method = key.substring(0, key.indexOf(' '));
    String path =
        fill(key.substring(key.indexOf(' ') + 1), encoded(baseline.path())) + query(baseline, null);
    String type = json ? "application/json" : "application/x-www-form-urlencoded";
    byte[] valid = payload(baseline);
    if (valid == null) {
      valid = "{}".getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream notUtf8 = new ByteArrayOutputStream();
    String text = new String(valid, StandardCharsets.UTF_8);
    int quote = text.indexOf(json ? ":\"" : "=");
    notUtf8.writeBytes(text.substring(0, quote + (json ? 2 : 1)).getBytes(StandardCharsets.UTF_8));
    notUtf8.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
    notUtf8.writeBytes(text.substring(quote + (json ? 2 : 1)).getBytes(StandardCharsets.UTF_8));
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    bodies.put("invalid UTF-8", notUtf8.toByteArray());
    bodies.put("10,000 [", "[".repeat(10_000).getBytes(StandardCharsets.UTF_8));
    bodies.put("10,000 nested objects", "{\"a\":".repeat(10_000).getBytes(StandardCharsets.UTF_8));
    bodies.put("trailing garbage", (text + " }{ garbage").getBytes(StandardCharsets.UTF_8));
    byte[] large = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(large, (byte) ' ');
    System.arraycopy(valid, 0, large, 0, valid.length);
    bodies.put("over 1 MiB", large);
    for (Map.Entry<String, byte[]> raw : bodies.entrySet()) {
      if (!json && raw.getKey().contains("nest") || !json && raw.getKey().contains("[")) {
        continue;
      }
      int expected = raw.getKey().equals("over 1 MiB") ? 413 : 400;
      if (!json && raw.getKey().equals("trailing garbage")) {
        continue;
      }
      expect(wrong, key, raw.getKey(), baseline, method, path, type, raw.getValue(), expected);
    }
    expect(wrong, key, "text/plain", baseline, method, path, "text/plain", valid, 415);
    expect(
        wrong,
        key,
        json ? "a form" : "JSON",
        baseline,
        method,
        path,
        json ? "application/x-www-form-urlencoded" : "application/json",
        valid,
        415);
    expect(wrong, key, "no body", baseline, method, path, type, null, -1);
  }

  /** The answer must be {@code status} (-1: any 4xx) as problem+json, without leaks. */
  private static void expect(
      Queue<String> wrong,
      String key,
      String what,
      Baseline baseline,
      String method,
      String path,
      String type,
      byte[] body,
      int status) {
    Exchange answer;
    try {
      answer =
          call(key + " " + what, baseline.user(), method, path, headers(key, baseline), type, body);
    } catch (IOException e) {
      wrong.add(key + " " + what + ": no answer (" + e + ")");
      return;
    }
    String said = answer.body() == null ? "" : answer.body();
    boolean right =
        status == -1 ? answer.status() >= 400 && answer.status() < 500 : answer.status() == status;
    if (!right) {
      wrong.add(
          key
              + " "
              + what
              + ": "
              + answer.status()
              + " (expected "
              + (status == -1 ? "4xx" : status)
              + ") "
              + shorten(said));
    } else if (!answer.type().startsWith("application/problem+json")) {
      wrong.add(key + " " + what + ": " + answer.status() + " is not problem+json");
    } else {
      for (String leak : LEAKS) {
        if (said.contains(leak)) {
          wrong.add(key + " " + what + ": the answer shows \"" + leak + "\": " + shorten(said));
          return;
        }
      }
    }
  }

  // --- the catalogue ----------------------------------------------------------------------

  private static String quoted(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String NESTED = "[".repeat(40) + "]".repeat(40);

  /** What any field of a body may be sent instead of its value. */
  private static List<Hostile> forSchema(JsonNode schema) {
    List<Hostile> values = new ArrayList<>();
    values.add(new Hostile("40 nested lists", NESTED, Verdict.REFUSED));
    String type = schema.has("enum") ? "string" : schema.path("type").asText();
    String format = schema.path("format").asText();
    switch (type) {
      case "string" -> {
        values.add(new Hostile("a number", "12345", Verdict.REFUSED));
        values.add(new Hostile("true", "true", Verdict.REFUSED));
        values.add(new Hostile("an object", "{}", Verdict.REFUSED));
        values.add(new Hostile("a list", "[\"x\"]", Verdict.REFUSED));
        values.add(new Hostile("NUL", quoted("before\u0000after"), Verdict.REFUSED));
        values.add(new Hostile("ESC", quoted("\u001b[2J"), Verdict.REFUSED));
        values.add(new Hostile("an unpaired surrogate", "\"x\\ud800y\"", Verdict.REFUSED));
        values.add(new Hostile("1 MB", quoted("x".repeat(1_000_000)), Verdict.REFUSED));
        if (schema.has("enum")) {
          values.add(new Hostile("an unknown choice", quoted("NOT_A_CHOICE"), Verdict.REFUSED));
          String first = schema.path("enum").path(0).asText();
          values.add(
              new Hostile("a choice in lower case", quoted(first.toLowerCase()), Verdict.REFUSED));
        } else if (format.equals("uuid")) {
          values.add(new Hostile("not an id", quoted("not-an-id"), Verdict.REFUSED));
          values.add(new Hostile("SQL for an id", quoted("1' OR '1'='1"), Verdict.REFUSED));
          values.add(
              new Hostile("nobody's id", quoted(new UUID(0, 0).toString()), Verdict.REFUSED));
        } else if (format.equals("date")) {
          values.add(new Hostile("30 February", quoted("2026-02-30"), Verdict.REFUSED));
          values.add(
              new Hostile("a date as people write it", quoted("30/04/2026"), Verdict.REFUSED));
          values.add(new Hostile("year 999,999,999", quoted("+999999999-12-31"), Verdict.REFUSED));
          values.add(new Hostile("year -999,999,999", quoted("-999999999-01-01"), Verdict.REFUSED));
        } else if (format.contains("time")) {
          values.add(new Hostile("25:61", quoted("25:61"), Verdict.REFUSED));
        } else {
          values.addAll(text());
        }
      }
      case "integer" -> {
        values.add(new Hostile("a number as text", quoted("7"), Verdict.REFUSED));
        values.add(new Hostile("1.5", "1.5", Verdict.REFUSED));
        values.add(new Hostile("1e400", "1e400", Verdict.REFUSED));
        values.add(new Hostile("10^20", "100000000000000000000", Verdict.REFUSED));
        values.add(new Hostile("-1", "-1", Verdict.REFUSED));
        values.add(new Hostile("the smallest int", "-2147483648", Verdict.REFUSED));
        values.add(new Hostile("the largest int", "2147483647", Verdict.MAY_BE_TAKEN));
        values.add(new Hostile("0", "0", Verdict.MAY_BE_TAKEN));
        values.add(new Hostile("true", "true", Verdict.REFUSED));
      }
      case "number" -> {
        values.add(new Hostile("NaN as text", quoted("NaN"), Verdict.REFUSED));
        values.add(new Hostile("1e400", "1e400", Verdict.REFUSED));
        values.add(new Hostile("-1", "-1", Verdict.MAY_BE_TAKEN));
      }
      case "boolean" -> {
        values.add(new Hostile("\"true\"", quoted("true"), Verdict.REFUSED));
        values.add(new Hostile("1", "1", Verdict.REFUSED));
        values.add(new Hostile("\"yes\"", quoted("yes"), Verdict.REFUSED));
      }
      case "array" -> {
        values.add(new Hostile("text", quoted("x"), Verdict.REFUSED));
        values.add(new Hostile("an object", "{}", Verdict.REFUSED));
        values.add(new Hostile("[null]", "[null]", Verdict.MAY_BE_TAKEN));
        values.add(
            new Hostile(
                "10,000 items",
                "[" + String.join(",", java.util.Collections.nCopies(10_000, "\"x\"")) + "]",
                Verdict.REFUSED));
      }
      default -> {
        values.add(new Hostile("text", quoted("x"), Verdict.REFUSED));
        values.add(new Hostile("a list", "[]", Verdict.REFUSED));
        values.add(new Hostile("42", "42", Verdict.REFUSED));
      }
    }
    values.add(new Hostile("null", "null", Verdict.MAY_BE_TAKEN));
    return values;
  }

  /** Text a person may type, which must be stored as typed when it is taken. */
  private static List<Hostile> text() {
    return List.of(
        new Hostile("SQL", quoted("O'Brien'); DROP TABLE person; --"), Verdict.KEPT_AS_SENT),
        new Hostile(
            "HTML", quoted("<script>alert('x')</script><b>bold</b>&amp;"), Verdict.KEPT_AS_SENT),
        new Hostile("wildcards", quoted("100% of_the \\ time"), Verdict.KEPT_AS_SENT),
        new Hostile("Unicode", quoted("Zoë Łódź 🙂 \u202eright to left"), Verdict.KEPT_AS_SENT),
        new Hostile("empty", quoted(""), Verdict.MAY_BE_TAKEN),
        new Hostile("spaces", quoted("   "), Verdict.MAY_BE_TAKEN),
        new Hostile("year 999,999,999", quoted("+999999999-12-31"), Verdict.MAY_BE_TAKEN));
  }

  /** The body itself replaced. */
  private static List<Hostile> forWholeBody() {
    return List.of(
        new Hostile("a list of a number", "[42]", Verdict.REFUSED),
        new Hostile("text", quoted("x"), Verdict.REFUSED),
        new Hostile("null", "null", Verdict.MAY_BE_TAKEN),
        new Hostile("42", "42", Verdict.REFUSED));
  }

  /** Values for a parameter, as they go on the wire. */
  private static List<Hostile> forParameter(String in, String name, JsonNode schema) {
    if (in.equals("header")) {
      Verdict version = name.equalsIgnoreCase("If-Match") ? Verdict.REFUSED : Verdict.MAY_BE_TAKEN;
      return List.of(
          new Hostile("not a version", "\"not-a-number\"", version),
          new Hostile("10^20", "\"100000000000000000000\"", version),
          new Hostile("-1", "\"-1\"", version),
          new Hostile("SQL", "1' OR '1'='1", version),
          new Hostile("5,000 characters", "x".repeat(5_000), version),
          new Hostile("../", "../../green-minds", version));
    }
    boolean path = in.equals("path");
    boolean form = in.equals("form");
    boolean number =
        NUMBER_PARAMETERS.contains(name)
            || schema != null && schema.path("type").asText().matches("integer|number");
    boolean id =
        path
            || form
            || ID_PARAMETERS.contains(name)
            || schema != null && "uuid".equals(schema.path("format").asText());
    boolean choice = CHOICE_PARAMETERS.contains(name) || schema != null && schema.has("enum");
    Verdict typed = number || id || choice ? Verdict.REFUSED : Verdict.MAY_BE_TAKEN;
    List<Hostile> values = new ArrayList<>();
    values.add(new Hostile("NUL", "before%00after", Verdict.REFUSED));
    values.add(new Hostile("ESC", "%1B%5B2J", Verdict.REFUSED));
    // The listener reads invalid UTF-8 in a query as U+FFFD, text like any other.
    values.add(new Hostile("invalid UTF-8", "%C3%28%FF", path || form ? Verdict.REFUSED : typed));
    values.add(new Hostile("SQL", encode("1' OR '1'='1'; --"), typed));
    values.add(new Hostile("HTML", encode("<script>alert(1)</script>"), typed));
    values.add(new Hostile("wildcards", encode("%_\\"), typed));
    values.add(new Hostile("../", path ? "..%2F..%2Fusers" : encode("../../etc/passwd"), typed));
    values.add(new Hostile("5,000 characters", "x".repeat(5_000), typed));
    Verdict numeric = number ? Verdict.REFUSED : typed;
    values.add(new Hostile("-1", "-1", numeric));
    values.add(new Hostile("10^20", "100000000000000000000", numeric));
    values.add(new Hostile("2^31", "2147483648", numeric));
    values.add(new Hostile("NaN", "NaN", numeric));
    values.add(new Hostile("Infinity", "Infinity", numeric));
    values.add(new Hostile("1e309", "1e309", numeric));
    values.add(new Hostile("1.5", "1.5", numeric));
    values.add(new Hostile("an unknown choice", "NOT_A_CHOICE", typed));
    if (path) {
      values.add(new Hostile("nobody's id", new UUID(0, 0).toString(), Verdict.REFUSED));
    }
    return values;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  // --- the document -------------------------------------------------------------------------

  private static JsonNode readOpenApi() throws IOException {
    Exchange document =
        call("the OpenAPI document", null, "GET", "/openapi?format=JSON", Map.of(), null, null);
    assertEquals(200, document.status(), document.body());
    return JSON.readTree(document.body());
  }

  /** A schema with its {@code $ref} followed (also through allOf with one member). */
  private static JsonNode resolve(JsonNode schema) {
    JsonNode at = schema;
    for (int hops = 0; hops < 10; hops++) {
      if (at.has("$ref")) {
        String ref = at.path("$ref").asText();
        at = openApi.at(ref.substring(1));
      } else if (at.has("allOf") && at.path("allOf").size() == 1) {
        at = at.path("allOf").path(0);
      } else {
        return at;
      }
    }
    return at;
  }

  /**
   * Every field of a body, as a path of names and list indexes, with its schema: the fields the
   * document lists and those of the valid request, whose value tells the type where the document
   * does not (it writes ids and dates as bare objects, and leaves some fields out).
   */
  private static List<Map.Entry<List<Object>, JsonNode>> fields(JsonNode schema, JsonNode valid) {
    Map<String, Map.Entry<List<Object>, JsonNode>> found = new LinkedHashMap<>();
    for (Map.Entry<List<Object>, JsonNode> listed : listed(schema, new ArrayList<>())) {
      found.put(dotted(listed.getKey()), listed);
    }
    Map<String, Map.Entry<List<Object>, JsonNode>> all = new LinkedHashMap<>();
    if (valid != null) {
      for (Map.Entry<List<Object>, JsonNode> sent : inferred(valid, new ArrayList<>())) {
        Map.Entry<List<Object>, JsonNode> listed = found.get(dotted(sent.getKey()));
        all.put(
            dotted(sent.getKey()),
            listed != null && tellsTheType(listed.getValue()) ? listed : sent);
      }
    }
    found.forEach(all::putIfAbsent);
    return new ArrayList<>(all.values());
  }

  private static boolean tellsTheType(JsonNode schema) {
    return schema.has("enum")
        || schema.has("properties")
        || schema.path("type").asText().matches("string|integer|number|boolean|array");
  }

  /** The fields of a valid body, each with a schema read from its value. */
  private static List<Map.Entry<List<Object>, JsonNode>> inferred(JsonNode valid, List<Object> at) {
    List<Map.Entry<List<Object>, JsonNode>> found = new ArrayList<>();
    if (valid.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> properties = valid.fields();
          properties.hasNext(); ) {
        Map.Entry<String, JsonNode> property = properties.next();
        List<Object> field = new ArrayList<>(at);
        field.add(property.getKey());
        found.add(Map.entry(field, schemaOf(property.getValue())));
        found.addAll(inferred(property.getValue(), field));
      }
    } else if (valid.isArray() && valid.size() > 0) {
      List<Object> item = new ArrayList<>(at);
      item.add(0);
      if (!at.isEmpty()) {
        found.add(Map.entry(item, schemaOf(valid.get(0))));
      }
      found.addAll(inferred(valid.get(0), item));
    }
    return found;
  }

  private static JsonNode schemaOf(JsonNode value) {
    ObjectNode schema = JSON.createObjectNode();
    if (value.isTextual()) {
      schema.put("type", "string");
      String text = value.asText();
      if (text.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
        schema.put("format", "uuid");
      } else if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        schema.put("format", "date");
      } else if (text.matches("\\d{2}:\\d{2}")) {
        schema.put("format", "time");
      }
    } else if (value.isIntegralNumber()) {
      schema.put("type", "integer");
    } else if (value.isNumber()) {
      schema.put("type", "number");
    } else if (value.isBoolean()) {
      schema.put("type", "boolean");
    } else if (value.isArray()) {
      schema.put("type", "array");
      schema.set("items", value.size() > 0 ? schemaOf(value.get(0)) : JSON.createObjectNode());
    } else {
      schema.put("type", "object");
    }
    return schema;
  }

  /** Every field the document lists under a schema. */
  private static List<Map.Entry<List<Object>, JsonNode>> listed(JsonNode schema, List<Object> at) {
    List<Map.Entry<List<Object>, JsonNode>> found = new ArrayList<>();
    if (at.size() > 6) {
      return found;
    }
    JsonNode resolved = resolve(schema);
    if (resolved.has("properties")) {
      for (Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields();
          properties.hasNext(); ) {
        Map.Entry<String, JsonNode> property = properties.next();
        List<Object> field = new ArrayList<>(at);
        field.add(property.getKey());
        JsonNode own = resolve(property.getValue());
        found.add(Map.entry(field, own));
        found.addAll(listed(own, field));
      }
    } else if (resolved.path("type").asText().equals("array") && resolved.has("items")) {
      List<Object> item = new ArrayList<>(at);
      item.add(0);
      JsonNode items = resolve(resolved.path("items"));
      if (!at.isEmpty()) {
        found.add(Map.entry(item, items));
      }
      found.addAll(listed(items, item));
    }
    return found;
  }

  /** The key under which a map body (GOV.UK's bank holidays file) holds what is read. */
  private static final String GOV_UK_DIVISION = "england-and-wales";

  private static String dotted(List<Object> field) {
    return field.stream()
        .map(step -> step instanceof Integer index ? "[" + index + "]" : "." + step)
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static Map<String, String> encoded(Map<String, String> path) {
    return path;
  }

  private static String fill(String template, Map<String, String> values) {
    String path = template;
    for (Map.Entry<String, String> value : values.entrySet()) {
      path = path.replace("{" + value.getKey() + "}", value.getValue());
    }
    if (path.contains("{")) {
      throw new IllegalStateException(template + " needs more path values: " + values);
    }
    return path.startsWith("/api") ? path : "/api" + path;
  }

  private static String query(Baseline baseline, Map.Entry<String, String> hostile) {
    Map<String, String> query = new LinkedHashMap<>();
    baseline.query().forEach((name, value) -> query.put(name, encode(value)));
    if (hostile != null) {
      query.put(hostile.getKey(), hostile.getValue());
    }
    return query.isEmpty()
        ? ""
        : "?"
            + query.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("&"));
  }

  private static String shorten(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  private static void runAll(Collection<Runnable> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Runnable task : tasks) {
        running.add(pool.submit(task));
      }
      for (Future<?> task : running) {
        task.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // --- valid requests ---------------------------------------------------------------------

  /** A valid request for every operation, keyed as the document lists it. */
  private static Map<String, Baseline> baselines() {
    Map<String, Baseline> all = new LinkedHashMap<>();
    Function<String, Baseline> lina = path -> Baseline.of("lina.link").at("id", personId);
    // the directory
    all.put("GET /services", Baseline.of("lina.link").query("organisation", GREEN_MINDS));
    all.put(
        "GET /services/search",
        Baseline.of("lina.link")
            .query("q", "walking")
            .query("postcode", Demo.PAT_POSTCODE)
            .query("within", "10")
            .query("page", "1")
            .query("size", "5"));
    all.put("GET /services/categories", Baseline.of("lina.link"));
    all.put("GET /services/{id}", Baseline.of("lina.link").at("id", editedService));
    all.put("GET /services/{id}/places", Baseline.of("olive.admin").at("id", editedService));
    all.put("GET /services/{id}/opening-times", Baseline.of("olive.admin").at("id", editedService));
    Supplier<JsonNode> entry =
        () ->
            object(
                "name",
                "Hostile input entry " + suffix,
                "description",
                "A service this test edits",
                "categoryIds",
                List.of(),
                "minAge",
                18,
                "maxAge",
                99,
                "eligibility",
                "Adults",
                "area",
                "Northgate",
                "fees",
                "Free",
                "url",
                "https://green-minds.example/hostile",
                "email",
                "hostile@green-minds.example",
                "phones",
                list(object("number", "0115 496 0000", "type", "VOICE", "description", "Calls")),
                "contacts",
                list(
                    object(
                        "name",
                        "Hostile contact",
                        "title",
                        "Coordinator",
                        "department",
                        "Hostile team",
                        "email",
                        "contact@green-minds.example",
                        "phones",
                        list(object("number", "07700 900000", "extension", "12")))),
                "costOptions",
                list(
                    object(
                        "option",
                        "Adults",
                        "amount",
                        2.5,
                        "currency",
                        "GBP",
                        "amountDescription",
                        "per session",
                        "validFrom",
                        "2026-01-01",
                        "validTo",
                        "2026-12-31")),
                "languages",
                List.of("English"),
                "responseDays",
                10,
                "acceptsReferrals",
                true,
                "acceptsSelfReferral",
                false);
    all.put("PUT /services/{id}", Baseline.of("olive.admin").at("id", editedService).body(entry));
    // Every variant it accepts adds a service to Green Minds, named as this run's: not referred to.
    // Without an e-mail address: the Open Referral export's validator knows no ".example" domain.
    all.put(
        "POST /services",
        Baseline.of("olive.admin")
            .body(
                () -> {
                  ObjectNode added = (ObjectNode) entry.get();
                  added.remove("email");
                  ((ObjectNode) added.get("contacts").get(0)).remove("email");
                  return added;
                }));
    all.put(
        "PUT /services/{id}/capacity",
        Baseline.of("vera.vcfse")
            .at("id", editedService)
            .body(() -> object("capacity", "ACCEPTING", "maxOpenReferrals", 50)));
    all.put(
        "PUT /services/{id}/places",
        Baseline.of("olive.admin")
            .at("id", editedService)
            .body(
                () ->
                    list(
                        object(
                            "name", "Hall",
                            "address", "1 Park Road",
                            "city", "Northgate",
                            "postcode", Demo.PAT_POSTCODE))));
    all.put(
        "PUT /services/{id}/opening-times",
        Baseline.of("olive.admin")
            .at("id", editedService)
            .body(
                () ->
                    list(
                        object(
                            "days", List.of("MONDAY"),
                            "opensAt", "09:00",
                            "closesAt", "17:00",
                            "description", "Mornings"))));
    all.put("POST /services/{id}/confirm", Baseline.of("vera.vcfse").at("id", editedService));
    all.put("POST /services/{id}/retire", Baseline.of("olive.admin").at("id", retiredService));
    // people
    all.put("GET /people", Baseline.of("lina.link").query("nhsNumber", "9990000018"));
    all.put(
        "POST /people",
        Baseline.of("lina.link")
            .body(
                () ->
                    object(
                        "nhsNumber",
                        Demo.freshNhsNumber(),
                        "givenName",
                        "Hal",
                        "familyName",
                        "Hostile",
                        "dateOfBirth",
                        "1980-01-01",
                        "consentToRecord",
                        true,
                        "address",
                        object("lines", List.of("1 Park Road"), "postcode", Demo.PAT_POSTCODE),
                        "restricted",
                        false)));
    all.put("GET /people/{id}", lina.apply(""));
    all.put(
        "POST /people/{id}/safeguarding-notes",
        lina.apply("").body(() -> object("text", "Hostile input check note")));
    all.put(
        "PUT /people/{id}/ethnicity",
        lina.apply("")
            .headers(HostileInputIT::ethnicityVersion)
            .body(() -> object("category", "S", "personAgreed", true)));
    all.put(
        "PUT /people/{id}/sex",
        lina.apply("")
            .headers(HostileInputIT::sexVersion)
            .body(() -> object("code", "9", "personAgreed", true)));
    all.put("GET /people/{id}/care-team", lina.apply(""));
    all.put(
        "POST /people/{id}/care-team",
        lina.apply("")
            .body(() -> object("organisationId", RIVERSIDE_SURGERY, "personAgreed", true)));
    all.put(
        "POST /people/{id}/care-team/{memberId}/end",
        lina.apply("").at("memberId", careTeamMemberToEnd));
    // the plan
    all.put("GET /people/{id}/plan", lina.apply(""));
    all.put("GET /people/{id}/plan/history", lina.apply("").query("page", "1").query("size", "5"));
    all.put(
        "PUT /people/{id}/plan/about-me",
        lina.apply("")
            .headers(() -> planVersion("aboutMe"))
            .body(() -> object("whatMattersToMe", "Walking", "wellness", "Sleep")));
    all.put(
        "POST /people/{id}/plan/goals",
        lina.apply("")
            .body(() -> object("description", "Cook again", "importance", 5, "confidence", 5)));
    all.put(
        "PUT /people/{id}/plan/goals/{goalId}",
        lina.apply("")
            .at("goalId", goalId)
            .headers(() -> planPartVersion("goals", goalId))
            .body(
                () ->
                    object(
                        "description",
                        "Walk to the shops",
                        "importance",
                        7,
                        "confidence",
                        6,
                        "status",
                        "ACTIVE")));
    all.put(
        "POST /people/{id}/plan/goals/{goalId}/actions",
        lina.apply("")
            .at("goalId", goalId)
            .body(
                () ->
                    object(
                        "description", "Call the group",
                        "ownerOrganisationId", NORTHGATE_PCN,
                        "dueOn", "2031-01-31",
                        "notes", "Tuesday")));
    all.put(
        "PUT /people/{id}/plan/actions/{actionId}",
        lina.apply("")
            .at("actionId", actionId)
            .headers(() -> actionVersion())
            .body(
                () ->
                    object(
                        "description", "Find a walking group",
                        "dueOn", "2031-02-28",
                        "status", "IN_PROGRESS",
                        "notes", "Called twice")));
    all.put(
        "PUT /people/{id}/plan/review",
        lina.apply("")
            .headers(() -> planVersion("review"))
            .body(() -> object("reviewOn", "2031-03-01", "ownerOrganisationId", NORTHGATE_PCN)));
    all.put(
        "PUT /people/{id}/plan/contingency",
        lina.apply("")
            .headers(() -> planVersion("contingency"))
            .body(
                () ->
                    object(
                        "whatMightGoWrong", "Low days",
                        "whatToDo", "Call",
                        "whoToContact", "Lina")));
    all.put(
        "POST /people/{id}/plan/notes",
        lina.apply("").body(() -> object("text", "Met today", "goalId", goalId)));
    all.put(
        "POST /people/{id}/plan/wellbeing",
        lina.apply("")
            .body(
                () ->
                    object(
                        "occasion", "REVIEW",
                        "lifeSatisfaction", 6,
                        "worthwhile", 6,
                        "happiness", 6,
                        "anxiety", 4)));
    // referrals
    all.put(
        "POST /referrals",
        Baseline.of("lina.link")
            .headers(() -> Map.of("Idempotency-Key", UUID.randomUUID().toString()))
            .body(() -> JSON.<ObjectNode>valueToTree(referralBody(false)).put("goalId", goalId)));
    all.put(
        "GET /referrals/sent",
        Baseline.of("lina.link").query("status", "SENT").query("page", "1").query("size", "5"));
    all.put("GET /caseload", Baseline.of("lina.link").query("page", "1").query("size", "5"));
    all.put(
        "GET /referrals/inbox",
        Baseline.of("vera.vcfse").query("status", "SENT").query("page", "1").query("size", "5"));
    all.put("GET /referrals/{id}", referral("lina.link", "accept"));
    all.put(
        "PUT /referrals/{id}",
        referral("lina.link", "draft")
            .body(() -> object("reason", "Would like company", "urgency", "ROUTINE")));
    all.put(
        "POST /referrals/{id}/send",
        referral("lina.link", "draft").body(() -> object("consentToShare", true)));
    all.put(
        "POST /referrals/{id}/accept",
        referral("vera.vcfse", "accept").body(() -> object("note", "Welcome")));
    all.put(
        "POST /referrals/{id}/waitlist",
        referral("vera.vcfse", "waitlist").body(() -> object("note", "A few weeks")));
    all.put(
        "POST /referrals/{id}/decline",
        referral("vera.vcfse", "decline")
            .body(() -> object("reason", "OTHER", "note", "Not what we do")));
    all.put(
        "POST /referrals/{id}/start",
        referral("vera.vcfse", "start").body(() -> object("note", "First walk")));
    all.put(
        "POST /referrals/{id}/complete",
        referral("vera.vcfse", "finish").body(() -> object("outcome", "Walks weekly")));
    all.put(
        "POST /referrals/{id}/did-not-engage",
        referral("vera.vcfse", "finish").body(() -> object("note", "Did not come")));
    all.put(
        "POST /referrals/{id}/withdraw",
        referral("lina.link", "withdraw").body(() -> object("note", "Not needed")));
    all.put(
        "POST /referrals/{id}/entered-in-error",
        referral("lina.link", "error").body(() -> object("note", "Wrong person")));
    all.put(
        "POST /referrals/{id}/messages",
        Baseline.of("lina.link")
            .at("id", referrals.get("accept"))
            .headers(() -> Map.of("Idempotency-Key", UUID.randomUUID().toString()))
            .body(() -> object("text", "Could you ring on Tuesday?")));
    // the person's own
    for (String path :
        List.of(
            "/me",
            "/me/plan",
            "/me/referrals",
            "/me/contact",
            "/me/care-team",
            "/me/consents",
            "/me/access-log")) {
      all.put("GET " + path, Baseline.of(personUser));
    }
    all.put(
        "POST /me/referrals",
        Baseline.of(personUser)
            .headers(() -> Map.of("Idempotency-Key", UUID.randomUUID().toString()))
            .body(() -> object("serviceId", referralService, "reason", "Walking with others")));
    all.put(
        "POST /me/referrals/{id}/withdraw",
        Baseline.of(personUser)
            .at("id", selfReferral)
            .headers(HostileInputIT::selfReferralVersion)
            .body(() -> object("note", "Feeling better")));
    all.put(
        "POST /me/referrals/{id}/messages",
        Baseline.of(personUser)
            .at("id", selfReferral)
            .headers(() -> Map.of("Idempotency-Key", UUID.randomUUID().toString()))
            .body(() -> object("text", "Tuesday suits me")));
    all.put(
        "PUT /me/contact",
        Baseline.of(personUser)
            .body(() -> object("email", personUser + "@people.example", "emailUpdates", true)));
    all.put(
        "PUT /me/ethnicity",
        Baseline.of(personUser)
            .headers(HostileInputIT::ethnicityVersion)
            .body(() -> object("category", "Z")));
    all.put(
        "DELETE /me/ethnicity", Baseline.of(personUser).headers(HostileInputIT::ethnicityVersion));
    all.put(
        "PUT /me/sex",
        Baseline.of(personUser)
            .headers(HostileInputIT::sexVersion)
            .body(() -> object("code", "X")));
    all.put("DELETE /me/sex", Baseline.of(personUser).headers(HostileInputIT::sexVersion));
    all.put(
        "POST /me/consents/organisations/{organisationId}/withdraw",
        Baseline.of(personUser).at("organisationId", RIVERSIDE_SURGERY));
    // organisations and staff
    all.put("GET /organisations", Baseline.of("lina.link"));
    all.put("GET /organisations/mine", Baseline.of("lina.link"));
    all.put("GET /organisations/areas", Baseline.of("cara.commissioner"));
    // St Mark's, a directory-only organisation no other test counts by its area
    all.put(
        "PUT /organisations/{id}/pcn",
        Baseline.of("paula.platform")
            .at("id", "00000000-0000-0000-0000-00000000a007")
            .body(
                () -> object("pcnId", org.openneighbourhood.deployment.stack.Demo.NORTHGATE_PCN)));
    all.put("GET /organisations/mine/access-log", Baseline.of("olive.admin"));
    all.put("GET /reports/referrals", Baseline.of("cara.commissioner"));
    all.put(
        "GET /reports/organisations/{id}",
        Baseline.of("olive.admin")
            .at("id", org.openneighbourhood.deployment.stack.Demo.GREEN_MINDS));
    all.put(
        "POST /organisations",
        Baseline.of("paula.platform")
            .body(
                () -> {
                  String unique = unique();
                  return object(
                      "name",
                      "Hostile Surgery " + unique,
                      "sector",
                      "GP_PRACTICE",
                      "odsCode",
                      "Y" + unique.substring(0, 5),
                      "adminFirstName",
                      "Hana",
                      "adminLastName",
                      "Hill",
                      "adminEmail",
                      "hana." + unique + "@hostile.example");
                }));
    all.put("GET /organisations/mine/staff", Baseline.of("olive.admin"));
    all.put("GET /organisations/mine/staff/roles", Baseline.of("olive.admin"));
    all.put("GET /organisations/mine/staff/me/contact", Baseline.of("mo.money"));
    all.put(
        "PUT /organisations/mine/staff/me/contact",
        Baseline.of("mo.money").body(() -> object("mobile", "07700 900555", "textUpdates", false)));
    all.put(
        "POST /organisations/mine/staff",
        Baseline.of("olive.admin")
            .body(
                () ->
                    object(
                        "firstName",
                        "Sid",
                        "lastName",
                        "Staff",
                        "email",
                        "sid." + unique() + "@green-minds.example",
                        "roles",
                        List.of("vcfse-staff"))));
    all.put(
        "POST /organisations/mine/staff/{userId}/deactivate",
        Baseline.of("olive.admin").at("userId", new UUID(0, 0).toString()));
    // the calendar, the public API and sessions
    all.put("GET /calendar/bank-holidays", Baseline.of("lina.link"));
    all.put(
        "PUT /calendar/bank-holidays",
        Baseline.of("paula.platform")
            .body(
                () ->
                    object(
                        GOV_UK_DIVISION,
                        object(
                            "events",
                            list(object("title", "Hostile input day", "date", "2199-12-26"))))));
    all.put("GET /openreferral", Baseline.of(null));
    for (String list :
        List.of("services", "service_at_locations", "taxonomies", "taxonomy_terms")) {
      all.put(
          "GET /openreferral/" + list, Baseline.of(null).query("page", "1").query("per_page", "5"));
    }
    all.put("GET /openreferral/services/{id}", Baseline.of(null).at("id", Demo.WALKING));
    all.put(
        "GET /openreferral/service_at_locations/{id}",
        Baseline.of(null).at("id", new UUID(0, 0).toString()));
    all.put(
        "GET /openreferral/taxonomies/{id}", Baseline.of(null).at("id", new UUID(0, 0).toString()));
    all.put(
        "GET /openreferral/taxonomy_terms/{id}",
        Baseline.of(null).at("id", new UUID(0, 0).toString()));
    all.put(
        "POST /sessions/backchannel-logout",
        Baseline.of(null).body(() -> object("logout_token", "not.a.token")).asForm());
    // The document may list paths with the application's root in front.
    Map<String, Baseline> both = new LinkedHashMap<>(all);
    all.forEach((key, baseline) -> both.put(key.replace(" /", " /api/"), baseline));
    return both;
  }

  private static Baseline referral(String user, String use) {
    String id = referrals.get(use);
    return Baseline.of(user).at("id", id).headers(() -> Map.of("If-Match", referralETag(user, id)));
  }

  // --- this class's records -----------------------------------------------------------------

  private static String unique() {
    return Integer.toString(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
  }

  /** A Green Minds service of this class's own, accepting referrals and self-referrals. */
  private static String insertService(String name) throws SQLException {
    return Services.insert(stack, GREEN_MINDS, name);
  }

  /** Peter referred by lina.link to this class's service: the baseline, and the referrals used. */
  private static Map<String, Object> referralBody(boolean draft) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("personId", personId);
    body.put("serviceId", referralService);
    body.put("reason", "Would like company on walks");
    body.put("urgency", "ROUTINE");
    body.put("consentToShare", true);
    body.put("draft", draft);
    return body;
  }

  private static String sendReferral(boolean draft) {
    Reply sent = api.post("lina.link", "/referrals", referralBody(draft));
    assertEquals(201, sent.status(), sent::toString);
    return sent.body().path("id").asText();
  }

  private static void decide(String use, String action) {
    String id = referrals.get(use);
    Reply decided =
        api.atVersionOf("vera.vcfse", id)
            .post("vera.vcfse", "/referrals/" + id + "/" + action, Map.of());
    assertEquals(200, decided.status(), decided::toString);
  }

  private static String careTeamMemberOf(String organisation) {
    for (JsonNode member : api.get("lina.link", "/people/" + personId + "/care-team").body()) {
      if (member.path("organisationId").asText().equals(organisation)) {
        return member.path("id").asText();
      }
    }
    throw new AssertionError(organisation + " is not in the care team");
  }

  private static String referralETag(String user, String id) {
    Reply current = api.get(user, "/referrals/" + id);
    return current.header("ETag") == null ? "\"0\"" : current.header("ETag");
  }

  /** The version of Hana's ethnic group now, as Lina (in her care team) is shown it. */
  private static Map<String, String> ethnicityVersion() {
    JsonNode person = api.get("lina.link", "/people/" + personId).body();
    return Map.of("If-Match", "\"" + person.path("ethnicity").path("version").asLong() + "\"");
  }

  /** The version of Hana's sex now, as Lina (in her care team) is shown it. */
  private static Map<String, String> sexVersion() {
    JsonNode person = api.get("lina.link", "/people/" + personId).body();
    return Map.of("If-Match", "\"" + person.path("sex").path("version").asLong() + "\"");
  }

  private static Map<String, String> planVersion(String part) {
    JsonNode plan = api.get("lina.link", "/people/" + personId + "/plan").body();
    return Map.of("If-Match", "\"" + plan.path(part).path("version").asLong() + "\"");
  }

  private static Map<String, String> planPartVersion(String parts, String id) {
    JsonNode plan = api.get("lina.link", "/people/" + personId + "/plan").body();
    for (JsonNode part : plan.path(parts)) {
      if (part.path("id").asText().equals(id)) {
        return Map.of("If-Match", "\"" + part.path("version").asLong() + "\"");
      }
    }
    return Map.of("If-Match", "\"0\"");
  }

  private static Map<String, String> actionVersion() {
    JsonNode plan = api.get("lina.link", "/people/" + personId + "/plan").body();
    for (JsonNode goal : plan.path("goals")) {
      for (JsonNode action : goal.path("actions")) {
        if (action.path("id").asText().equals(actionId)) {
          return Map.of("If-Match", "\"" + action.path("version").asLong() + "\"");
        }
      }
    }
    return Map.of("If-Match", "\"0\"");
  }

  private static Map<String, String> selfReferralVersion() {
    for (JsonNode mine : api.get(personUser, "/me/referrals").body()) {
      if (mine.path("id").asText().equals(selfReferral)) {
        return Map.of("If-Match", "\"" + mine.path("version").asText() + "\"");
      }
    }
    return Map.of("If-Match", "\"0\"");
  }

  private static JsonNode last(JsonNode list) {
    return list.get(list.size() - 1);
  }

  private static ObjectNode object(Object... namesAndValues) {
    ObjectNode object = JSON.createObjectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
    }
    return object;
  }

  private static ArrayNode list(JsonNode... items) {
    ArrayNode list = JSON.createArrayNode();
    for (JsonNode item : items) {
      list.add(item);
    }
    return list;
  }
}
