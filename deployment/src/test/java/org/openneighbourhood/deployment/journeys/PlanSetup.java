package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.People;
import org.openneighbourhood.identity.provisioning.NeighbourhoodFile;

/**
 * A journey's own person and plan, made through the API by the users the access policy lets do it,
 * so that each journey starts from what it needs and depends on no other.
 */
final class PlanSetup {

  /** A person registered for one journey, and the username they sign in with once provisioned. */
  record Person(String id, String nhsNumber, String givenName, String familyName, String username) {
    String fullName() {
      return givenName + " " + familyName;
    }
  }

  private final LocalStack stack;
  private final Api api;

  PlanSetup(LocalStack stack) {
    this.stack = stack;
    this.api = new Api(stack);
  }

  Api api() {
    return api;
  }

  /** Registers a new person as the link worker (whose network is then in their care team). */
  Person registerPerson(String givenName) {
    String family = "Plan" + letters();
    Map<String, Object> registration = People.registration(givenName, family, "1958-04-12");
    registration.put(
        "address", Map.of("lines", List.of("3 Allotment Lane"), "postcode", "NG2 3AB"));
    registration.put("restricted", false);
    People.Registered registered = People.register(api, "lina.link", registration);
    String username = (givenName + "." + family).toLowerCase(Locale.ROOT);
    return new Person(registered.id(), registered.nhsNumber(), givenName, family, username);
  }

  /** Gives the person a sign-in of their own (role person, matched by NHS number). */
  void provisionSignIn(Person person) {
    String json =
        "{\"description\":\"plan journey\",\"organisations\":[],\"clients\":[],\"users\":[{"
            + "\"username\":\""
            + person.username()
            + "\",\"firstName\":\""
            + person.givenName()
            + "\",\"lastName\":\""
            + person.familyName()
            + "\",\"email\":\""
            + person.username()
            + "@people.example\",\"roles\":[\"person\"],\"organisations\":[],"
            + "\"password\":\"demo-password\",\"attributes\":{\"nhsNumber\":[\""
            + person.nhsNumber()
            + "\"]}}]}";
    stack.provision(
        NeighbourhoodFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
  }

  JsonNode plan(String user, Person person) {
    Reply reply = api.get(user, "/people/" + person.id() + "/plan");
    assertEquals(200, reply.status(), reply::toString);
    return reply.body();
  }

  /** Adds a goal and returns its id. */
  String addGoal(String user, Person person, String words) {
    Reply reply =
        api.post(
            user,
            "/people/" + person.id() + "/plan/goals",
            Map.of("description", words, "importance", 7, "confidence", 5));
    assertEquals(201, reply.status(), reply::toString);
    for (JsonNode goal : reply.body().path("goals")) {
      if (goal.path("description").asText().equals(words)) {
        return goal.path("id").asText();
      }
    }
    throw new AssertionError("the new goal is not in the plan: " + reply);
  }

  /** Adds an action for an organisation and returns its id. */
  String addAction(
      String user,
      Person person,
      String goalId,
      String what,
      String organisationId,
      LocalDate due) {
    Map<String, Object> body = new HashMap<>();
    body.put("description", what);
    body.put("ownerOrganisationId", organisationId);
    body.put("dueOn", due == null ? null : due.toString());
    body.put("notes", null);
    Reply reply =
        api.post(user, "/people/" + person.id() + "/plan/goals/" + goalId + "/actions", body);
    assertEquals(201, reply.status(), reply::toString);
    for (JsonNode goal : reply.body().path("goals")) {
      for (JsonNode action : goal.path("actions")) {
        if (action.path("description").asText().equals(what)) {
          return action.path("id").asText();
        }
      }
    }
    throw new AssertionError("the new action is not in the plan: " + reply);
  }

  /** Replaces "about me" at the version the user reads now. */
  void saveAboutMe(String user, Person person, Map<String, ?> parts) {
    long version = plan(user, person).path("aboutMe").path("version").asLong();
    Reply reply =
        api.send(
            user,
            "PUT",
            "/people/" + person.id() + "/plan/about-me",
            parts,
            Map.of("If-Match", "\"" + version + "\""));
    assertEquals(200, reply.status(), reply::toString);
  }

  /** The link worker refers the person for a goal; the service's organisation accepts. */
  String referAndAccept(Person person, String serviceId, String goalId, String receiver) {
    Map<String, Object> body = new HashMap<>();
    body.put("personId", person.id());
    body.put("serviceId", serviceId);
    body.put("reason", "Would like company and to get out more");
    body.put("urgency", "ROUTINE");
    body.put("consentToShare", true);
    body.put("goalId", goalId);
    Reply referred = api.post("lina.link", "/referrals", body);
    assertEquals(201, referred.status(), referred::toString);
    String referralId = referred.body().get("id").asText();
    Reply accepted =
        api.atVersionOf(receiver, referralId)
            .post(receiver, "/referrals/" + referralId + "/accept", null);
    assertEquals(200, accepted.status(), accepted::toString);
    return referralId;
  }

  static String letters() {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return letters.toString();
  }
}
