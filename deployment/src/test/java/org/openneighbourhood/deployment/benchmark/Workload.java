package org.openneighbourhood.deployment.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.openneighbourhood.deployment.benchmark.Timed.Answer;
import org.openneighbourhood.deployment.stack.Demo;

/**
 * What the benchmark's users ask the API for, as requests ready to send: {@code lina.link}
 * (Northgate PCN) submits referrals, reads her sent list, a person's plan and the directory; {@code
 * vera.vcfse} (Green Minds) reads her inbox and accepts or waitlists what arrives.
 */
final class Workload {

  static final String REFERRER = "lina.link";
  static final String RECEIVER = "vera.vcfse";

  /** Walking for wellbeing, Green Minds' demo service that takes referrals with no limit. */
  private static final String WALKING = "00000000-0000-0000-0000-00000000b001";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The lists measured: who asks, and the first page of what. */
  static final Map<String, String[]> LISTS = new LinkedHashMap<>();

  static {
    LISTS.put("inbox", new String[] {RECEIVER, "/referrals/inbox"});
    LISTS.put(
        "inbox ?status=SENT&status=SEEN",
        new String[] {RECEIVER, "/referrals/inbox?status=SENT&status=SEEN"});
    LISTS.put("sent", new String[] {REFERRER, "/referrals/sent"});
  }

  /** A referral waiting for the receiver's decision, at the version it was sent at. */
  private record Waiting(String id, long version) {}

  private final Timed api;
  private final List<UUID> people;
  private final List<UUID> services;
  private final String planPerson;
  private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();

  Workload(Timed api, List<UUID> people, List<UUID> services, String planPerson) {
    this.api = api;
    this.people = people;
    this.services = services;
    this.planPerson = planPerson;
  }

  /**
   * Registers a person as the referrer (her network joins their care team) and writes them a plan
   * of the size people have: what matters to them, three goals with two actions each, two notes.
   * Answers the person's id.
   */
  static String writePlan(Timed api) throws Exception {
    JsonNode person =
        created(
            api,
            "/people",
            "{\"nhsNumber\":\"%s\",\"givenName\":\"Bench\",\"familyName\":\"Plan\",\"dateOfBirth\":\"1958-04-12\",\"consentToRecord\":true}"
                .formatted(Demo.freshNhsNumber()));
    String plan = "/people/" + person.path("id").asText() + "/plan";
    ok(
        api.send(
            api.request(REFERRER, plan + "/about-me")
                .header("Content-Type", "application/json")
                .header("If-Match", "\"0\"")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"whatMattersToMe\":\"Getting back to the allotment and seeing my"
                            + " grandchildren\",\"communication\":\"Text me first\"}"))));
    for (int g = 1; g <= 3; g++) {
      JsonNode goals =
          created(
                  api,
                  plan + "/goals",
                  "{\"description\":\"Goal %d: feel less alone in the week\",\"importance\":8,\"confidence\":5}"
                      .formatted(g))
              .path("goals");
      String goal = goals.get(goals.size() - 1).path("id").asText();
      for (int a = 1; a <= 2; a++) {
        created(
            api,
            plan + "/goals/" + goal + "/actions",
            "{\"description\":\"Step %d towards goal %d\",\"ownerOrganisationId\":\"%s\"}"
                .formatted(a, g, Demo.NORTHGATE_PCN));
      }
    }
    for (int n = 1; n <= 2; n++) {
      created(api, plan + "/notes", "{\"text\":\"Note %d: a good conversation\"}".formatted(n));
    }
    return person.path("id").asText();
  }

  /** Referrals to Green Minds, sent now, for the receiver to decide on during a later phase. */
  Answer sendForDecision(int i) {
    Answer sent = api.send(submission(UUID.fromString(WALKING), i));
    if (sent.ok()) {
      try {
        JsonNode referral = JSON.readTree(sent.body());
        waiting.add(new Waiting(referral.path("id").asText(), referral.path("version").asLong()));
      } catch (Exception e) {
        return new Answer(0, "unreadable referral: " + e, null);
      }
    }
    return sent;
  }

  /** A referral from the referrer's care team to one of the region's services. */
  HttpRequest.Builder submission(int i) {
    return submission(services.get(i * 7 % services.size()), i);
  }

  /** The first page of one of the lists, in turn. */
  HttpRequest.Builder list(int i) {
    String[] list = LISTS.values().toArray(String[][]::new)[i % LISTS.size()];
    return api.request(list[0], list[1]);
  }

  HttpRequest.Builder planView() {
    return api.request(REFERRER, "/people/" + planPerson + "/plan");
  }

  /** The portal's page of the same plan, as the care team sees it. */
  String planPage() {
    return "/plans/plan.xhtml?person=" + planPerson;
  }

  /** The receiver accepts one waiting referral, or (every other time) puts it on the waitlist. */
  HttpRequest.Builder decision(int i) {
    Waiting referral = waiting.poll();
    if (referral == null) {
      throw new IllegalStateException("no referral left waiting for a decision");
    }
    return api.request(
            RECEIVER, "/referrals/" + referral.id() + (i % 2 == 0 ? "/accept" : "/waitlist"))
        .header("Content-Type", "application/json")
        .header("If-Match", "\"" + referral.version() + "\"")
        .POST(HttpRequest.BodyPublishers.ofString("{}"));
  }

  HttpRequest.Builder search() {
    return api.request(REFERRER, "/services/search?q=debt+advice");
  }

  private HttpRequest.Builder submission(UUID service, int i) {
    String body =
        "{\"personId\":\"%s\",\"serviceId\":\"%s\",\"reason\":\"Benchmark referral %d\",\"urgency\":\"ROUTINE\",\"consentToShare\":true}"
            .formatted(people.get(i % people.size()), service, i);
    return api.request(REFERRER, "/referrals")
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static JsonNode created(Timed api, String path, String json) throws Exception {
    return JSON.readTree(
        ok(
            api.send(
                api.request(REFERRER, path)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)))));
  }

  private static String ok(Answer answer) {
    if (!answer.ok()) {
      throw new IllegalStateException(
          "Could not write the plan: " + answer.status() + " " + answer.body());
    }
    return answer.body();
  }
}
