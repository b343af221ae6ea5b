package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Api.PROBLEM;
import static org.openneighbourhood.deployment.stack.Demo.GREEN_MINDS;
import static org.openneighbourhood.deployment.stack.Demo.NORTHGATE_PCN;
import static org.openneighbourhood.deployment.stack.Demo.RIVERSIDE_SURGERY;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openneighbourhood.deployment.stack.Wait;

/**
 * The plan through the API against the running stack, with real tokens: who may change which part
 * (an organisation never another's action, the person never an action), a referral's goal letting
 * its receiver add actions once accepted, stale and unversioned edits refused, and every change in
 * the plan's history and the audit log. Each test makes its own person.
 */
@ExtendWith(RunningStack.class)
@Tag("plan")
class PlanApiIT {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  static LocalStack stack;
  static Api api;

  @BeforeAll
  static void start(LocalStack running) {
    stack = running;
    api = new Api(running);
  }

  /** A person of one test, registered by Lina (Northgate PCN) with Riverside Surgery added. */
  record Person(String id, String nhsNumber) {
    String plan() {
      return "/people/" + id + "/plan";
    }
  }

  private static Person register() {
    String nhs = Demo.freshNhsNumber();
    Reply registered =
        api.post(
            "lina.link",
            "/people",
            Map.of(
                "nhsNumber",
                nhs,
                "givenName",
                "Plan" + ThreadLocalRandom.current().nextInt(100_000, 999_999),
                "familyName",
                "Tester",
                "dateOfBirth",
                "1958-04-01",
                "consentToRecord",
                true));
    assertEquals(201, registered.status(), registered::toString);
    String id = registered.body().get("id").asText();
    Reply added =
        api.post(
            "lina.link",
            "/people/" + id + "/care-team",
            Map.of("organisationId", RIVERSIDE_SURGERY, "personAgreed", true));
    assertEquals(200, added.status(), added::toString);
    return new Person(id, nhs);
  }

  @Test
  void anOrganisationCannotChangeAnotherOrganisationsActionAndTheRefusalIsAudited()
      throws SQLException {
    Person person = register();
    String goal = addGoal(person, "Get back to the allotment");
    String action = addAction("lina.link", person, goal, RIVERSIDE_SURGERY, null).asText();
    long denied = audited(person, "plan.action-update", "DENIED");

    Reply refused = updateAction("lina.link", person, action, "DONE", "Not ours to say");
    assertEquals(403, refused.status(), refused::toString);
    assertEquals(PROBLEM + "forbidden", refused.problemType());
    assertTrue(
        refused.body().path("detail").asText().startsWith("Only Riverside Surgery can change"),
        refused::toString);
    JsonNode unchanged = actionOf(person, action);
    assertEquals("NOT_STARTED", unchanged.path("status").asText());
    assertFalse(unchanged.path("mayUpdate").asBoolean(), "Lina is shown no form for it");
    assertEquals(denied + 1, audited(person, "plan.action-update", "DENIED"));

    Reply done = updateAction("gary.gp", person, action, "DONE", "Knee checked");
    assertEquals(200, done.status(), done::toString);
    JsonNode updated = actionOf(person, action);
    assertEquals("DONE", updated.path("status").asText());
    assertEquals("DONE", updated.path("commitment").asText());
    assertEquals(today().toString(), updated.path("doneOn").asText());
  }

  @Test
  void thePersonShapesTheirPlanButCannotChangeActions() {
    Person person = register();
    String username = "plan.person." + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    stack.provision(Accounts.person(username, "Priya", "Plan", person.nhsNumber()));
    String goal = addGoal(person, "Cook a proper meal twice a week");
    String action = addAction("lina.link", person, goal, NORTHGATE_PCN, null).asText();

    JsonNode own = api.get(username, person.plan()).body();
    assertTrue(own.path("may").path("editAboutMe").asBoolean(), own::toString);
    assertFalse(own.path("may").path("editReview").asBoolean());
    assertEquals(0, own.path("goals").get(0).path("mayAddActionFor").size());

    Reply aboutMe =
        api.with("If-Match", "\"0\"")
            .put(
                username,
                person.plan() + "/about-me",
                Map.of("communication", "Text me, I don't answer unknown numbers"));
    assertEquals(200, aboutMe.status(), aboutMe::toString);
    Reply mine =
        api.post(
            username,
            person.plan() + "/goals",
            Map.of("description", "Feel less tired in the afternoons", "importance", 7));
    assertEquals(201, mine.status(), mine::toString);

    Reply change = updateAction(username, person, action, "DONE", "I did it myself");
    assertEquals(403, change.status(), change::toString);
    Reply add =
        api.post(
            username,
            person.plan() + "/goals/" + goal + "/actions",
            Map.of("description", "Mine", "ownerOrganisationId", NORTHGATE_PCN));
    assertEquals(403, add.status(), add::toString);
    assertEquals("NOT_STARTED", actionOf(person, action).path("status").asText());

    JsonNode seenByLina = api.get("lina.link", person.plan()).body();
    assertEquals(
        "Text me, I don't answer unknown numbers",
        seenByLina.path("aboutMe").path("communication").asText(),
        "every organisation sees the person's communication needs");
    assertEquals(2, seenByLina.path("goals").size());

    // Coded too (the Accessible Information Standard), beside their words.
    Reply coded =
        api.with("If-Match", "\"1\"")
            .put(
                username,
                person.plan() + "/about-me",
                Map.of(
                    "communication",
                    "Text me, I don't answer unknown numbers",
                    "communicationNeeds",
                    List.of("EASY_READ", "LARGE_PRINT"),
                    "preferredContact",
                    "TEXT"));
    assertEquals(200, coded.status(), coded::toString);
    JsonNode about = api.get("lina.link", person.plan()).body().path("aboutMe");
    assertEquals("[\"LARGE_PRINT\",\"EASY_READ\"]", about.path("communicationNeeds").toString());
    assertEquals("TEXT", about.path("preferredContact").asText());
    Reply unknown =
        api.with("If-Match", "\"2\"")
            .put(
                username,
                person.plan() + "/about-me",
                Map.of("communicationNeeds", List.of("TELEPATHY")));
    assertEquals(400, unknown.status(), unknown::toString);
    assertEquals("application/problem+json", unknown.contentType());
    assertEquals(
        "[\"LARGE_PRINT\",\"EASY_READ\"]",
        api.get("lina.link", person.plan())
            .body()
            .path("aboutMe")
            .path("communicationNeeds")
            .toString(),
        "nothing lost");
  }

  @Test
  void acceptingAReferralLetsTheReceiverAddActionsToTheGoalItServes() {
    Person person = register();
    String walking = addGoal(person, "Walk to the shops without stopping");
    String other = addGoal(person, "Sort out the gas bill");
    Reply sent =
        api.post(
            "lina.link",
            "/referrals",
            Map.of(
                "personId",
                person.id(),
                "serviceId",
                WALKING,
                "reason",
                "Wants company to walk with",
                "urgency",
                "ROUTINE",
                "consentToShare",
                true,
                "goalId",
                walking));
    assertEquals(201, sent.status(), sent::toString);
    String referral = sent.body().path("id").asText();

    Reply beforeAccepting =
        api.post(
            "vera.vcfse",
            person.plan() + "/goals/" + walking + "/actions",
            Map.of("description", "Weekly walk", "ownerOrganisationId", GREEN_MINDS));
    assertEquals(404, beforeAccepting.status(), "not yet in the care team: the table's receiver");

    Reply accepted =
        api.atVersionOf("vera.vcfse", referral)
            .post("vera.vcfse", "/referrals/" + referral + "/accept", null);
    assertEquals(200, accepted.status(), accepted::toString);

    JsonNode plan = api.get("vera.vcfse", person.plan()).body();
    JsonNode served = goalOf(plan, walking);
    assertEquals(
        "Walking for wellbeing", served.path("servedBy").get(0).path("serviceName").asText());
    assertEquals(List.of("Green Minds Wellbeing"), names(served.path("mayAddActionFor")));
    assertEquals(0, goalOf(plan, other).path("mayAddActionFor").size());

    LocalDate due = today().plusDays(14);
    JsonNode action = addAction("vera.vcfse", person, walking, GREEN_MINDS, due);
    assertNotNull(action);
    Reply elsewhere =
        api.post(
            "vera.vcfse",
            person.plan() + "/goals/" + other + "/actions",
            Map.of("description", "Gas bill", "ownerOrganisationId", GREEN_MINDS));
    assertEquals(403, elsewhere.status(), "a goal no referral of theirs serves");
    Reply forSomeoneElse =
        api.post(
            "vera.vcfse",
            person.plan() + "/goals/" + walking + "/actions",
            Map.of("description", "Coach", "ownerOrganisationId", RIVERSIDE_SURGERY));
    assertEquals(403, forSomeoneElse.status(), "only their own organisation's actions");

    Reply noted =
        api.post(
            "vera.vcfse",
            person.plan() + "/notes",
            Map.of("text", "Came on the Tuesday walk and stayed for tea", "goalId", walking));
    assertEquals(201, noted.status(), noted::toString);
    JsonNode note = noted.body().path("notes").get(0);
    assertEquals("Green Minds Wellbeing", note.path("organisationName").asText());
    assertFalse(note.path("byPerson").asBoolean());
  }

  @Test
  void aStaleOrUnversionedEditIsRefusedAndLosesNothing() {
    Person person = register();
    String goal = addGoal(person, "Go to the library on Fridays");
    JsonNode plan = api.get("lina.link", person.plan()).body();
    long version = goalOf(plan, goal).path("version").asLong();

    Reply first =
        api.with("If-Match", "\"" + version + "\"")
            .put(
                "lina.link",
                person.plan() + "/goals/" + goal,
                Map.of("description", "Go to the library on Fridays", "confidence", 6));
    assertEquals(200, first.status(), first::toString);
    Reply stale =
        api.with("If-Match", "\"" + version + "\"")
            .put(
                "lina.link",
                person.plan() + "/goals/" + goal,
                Map.of("description", "Go to the library on Mondays", "confidence", 2));
    assertEquals(412, stale.status(), stale::toString);
    assertEquals(PROBLEM + "stale", stale.problemType());
    assertTrue(stale.body().path("detail").asText().contains("this goal"), stale::toString);
    JsonNode kept = goalOf(api.get("lina.link", person.plan()).body(), goal);
    assertEquals("Go to the library on Fridays", kept.path("description").asText());
    assertEquals(6, kept.path("confidence").asInt());

    Reply unversioned =
        api.put("lina.link", person.plan() + "/about-me", Map.of("wellness", "Sleep"));
    assertEquals(428, unversioned.status(), unversioned::toString);
    assertEquals(PROBLEM + "version-required", unversioned.problemType());

    // Another part's edit is not held up by the goal's.
    Reply aboutMe =
        api.with("If-Match", "\"0\"")
            .put("lina.link", person.plan() + "/about-me", Map.of("wellness", "Sleep"));
    assertEquals(200, aboutMe.status(), aboutMe::toString);
  }

  @Test
  void badInputIsAProblemNamingEachField() {
    Person person = register();
    Reply goal =
        api.post(
            "lina.link",
            person.plan() + "/goals",
            Map.of("description", " ", "importance", 11, "confidence", 0));
    assertEquals(400, goal.status(), goal::toString);
    assertEquals("application/problem+json", goal.contentType());
    assertTrue(goal.hasFieldError("description"), goal::toString);
    assertTrue(goal.hasFieldError("importance"), goal::toString);
    assertTrue(goal.hasFieldError("confidence"), goal::toString);

    Reply wellbeing =
        api.post(
            "lina.link",
            person.plan() + "/wellbeing",
            Map.of("occasion", "START", "lifeSatisfaction", 12, "worthwhile", 5, "happiness", 5));
    assertEquals(400, wellbeing.status(), wellbeing::toString);
    assertTrue(wellbeing.hasFieldError("lifeSatisfaction"), wellbeing::toString);
    assertTrue(wellbeing.hasFieldError("anxiety"), wellbeing::toString);

    String id = addGoal(person, "Swim again");
    Reply past =
        api.post(
            "lina.link",
            person.plan() + "/goals/" + id + "/actions",
            Map.of(
                "description",
                "Book a swim",
                "ownerOrganisationId",
                NORTHGATE_PCN,
                "dueOn",
                today().minusDays(1).toString()));
    assertEquals(400, past.status(), past::toString);
    assertTrue(past.hasFieldError("dueOn"), past::toString);
    Reply unknownGoal =
        api.post(
            "lina.link",
            person.plan() + "/goals/" + UUID.randomUUID() + "/actions",
            Map.of("description", "x", "ownerOrganisationId", NORTHGATE_PCN));
    assertEquals(404, unknownGoal.status(), unknownGoal::toString);
  }

  @Test
  void everyChangeLeavesHistoryAndAnAuditRow() throws SQLException {
    Person person = register();
    long auditedBefore = auditedChanges(person);
    String goal = addGoal(person, "Feel confident on the bus");
    String action = addAction("lina.link", person, goal, RIVERSIDE_SURGERY, null).asText();
    assertEquals(
        200,
        api.with("If-Match", "\"0\"")
            .put(
                "lina.link",
                person.plan() + "/about-me",
                Map.of("whatMattersToMe", "Seeing my grandchildren", "pleaseDont", "Rush me"))
            .status());
    assertEquals(200, updateAction("gary.gp", person, action, "IN_PROGRESS", "Booked").status());
    assertEquals(
        200,
        api.with("If-Match", "\"0\"")
            .put(
                "lina.link",
                person.plan() + "/review",
                Map.of(
                    "reviewOn",
                    today().plusDays(60).toString(),
                    "ownerOrganisationId",
                    NORTHGATE_PCN))
            .status());
    assertEquals(
        200,
        api.with("If-Match", "\"0\"")
            .put(
                "lina.link", person.plan() + "/contingency", Map.of("whatToDo", "Ring the surgery"))
            .status());
    assertEquals(
        201,
        api.post("lina.link", person.plan() + "/notes", Map.of("text", "Good first meeting"))
            .status());
    assertEquals(
        201,
        api.post(
                "gary.gp",
                person.plan() + "/wellbeing",
                Map.of(
                    "occasion", "START",
                    "lifeSatisfaction", 4,
                    "worthwhile", 6,
                    "happiness", 5,
                    "anxiety", 7))
            .status());

    Reply history = api.get("lina.link", person.plan() + "/history?size=5");
    assertEquals(200, history.status(), history::toString);
    assertEquals("11", history.header("X-Total-Count"), history::toString);
    assertTrue(history.header("Link").contains("rel=\"next\""), history::toString);
    List<String> parts = new ArrayList<>();
    api.get("lina.link", person.plan() + "/history?size=25")
        .body()
        .forEach(row -> parts.add(row.path("part").asText()));
    assertEquals(
        List.of(
            "Wellbeing recorded at the start",
            "Progress note added",
            "Contingency: what to do",
            "Review: owner",
            "Review: date",
            "Action \"Agreed step\" (Riverside Surgery): notes",
            "Action \"Agreed step\" (Riverside Surgery): status",
            "About me: please don't",
            "About me: what matters to me",
            "Goal \"Feel confident on the bus\": Action \"Agreed step\" (Riverside Surgery)"
                + " agreed",
            "Goal \"Feel confident on the bus\": added"),
        parts);
    JsonNode statusChange = api.get("lina.link", person.plan() + "/history?size=25").body().get(6);
    assertEquals("not started", statusChange.path("before").asText());
    assertEquals("in progress", statusChange.path("after").asText());
    assertEquals("Riverside Surgery", statusChange.path("organisationName").asText());
    assertEquals("Gary Green", statusChange.path("by").asText());
    assertEquals(auditedBefore + 8, auditedChanges(person), "one audit row per change");
  }

  @Test
  void theReviewsOwnerAndThePersonAreRemindedOnceBeforeTheReview() {
    Person person = register();
    String username = "review.person." + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    stack.provision(Accounts.person(username, "Priya", "Plan", person.nhsNumber()));
    String email = username + "@people.example";
    assertEquals(
        200,
        api.put(username, "/me/contact", Map.of("email", email, "emailUpdates", true)).status());
    Reply review =
        api.with("If-Match", "\"0\"")
            .put(
                "lina.link",
                person.plan() + "/review",
                Map.of(
                    "reviewOn",
                    today().plusDays(3).toString(),
                    "ownerOrganisationId",
                    RIVERSIDE_SURGERY));
    assertEquals(200, review.status(), review::toString);
    assertEquals("DUE_SOON", review.body().path("review").path("state").asText());

    Wait.until(
        () -> !stack.mail().receivedBy(email).isEmpty(),
        "the person's reminder of their plan's review");
    Wait.until(
        () ->
            stack.mail().receivedBy("referrals@riverside-surgery.example").stream()
                .anyMatch(m -> m.body().contains("/plans/plan.xhtml?person=" + person.id())),
        "the owner's reminder");
    var toPerson = stack.mail().receivedBy(email);
    assertEquals(1, toPerson.size(), toPerson::toString);
    assertEquals("Your plan's review is coming up", toPerson.get(0).subject());
    assertFalse(toPerson.get(0).body().contains("Tester"), "no name in an e-mail");
  }

  // --- helpers -------------------------------------------------------------------------------

  private static String addGoal(Person person, String words) {
    Reply reply =
        api.post(
            "lina.link",
            person.plan() + "/goals",
            Map.of("description", words, "importance", 8, "confidence", 4));
    assertEquals(201, reply.status(), reply::toString);
    JsonNode goals = reply.body().path("goals");
    return goals.get(goals.size() - 1).path("id").asText();
  }

  /** Adds an action and answers its id. */
  private static JsonNode addAction(
      String user, Person person, String goal, String owner, LocalDate due) {
    Map<String, Object> body =
        due == null
            ? Map.of("description", "Agreed step", "ownerOrganisationId", owner)
            : Map.of(
                "description",
                "Agreed step",
                "ownerOrganisationId",
                owner,
                "dueOn",
                due.toString());
    Reply reply = api.post(user, person.plan() + "/goals/" + goal + "/actions", body);
    assertEquals(201, reply.status(), reply::toString);
    JsonNode actions = goalOf(reply.body(), goal).path("actions");
    return actions.get(actions.size() - 1).path("id");
  }

  private static Reply updateAction(
      String user, Person person, String action, String status, String notes) {
    long version = actionOf(person, action).path("version").asLong();
    return api.with("If-Match", "\"" + version + "\"")
        .put(user, person.plan() + "/actions/" + action, Map.of("status", status, "notes", notes));
  }

  private static JsonNode goalOf(JsonNode plan, String goal) {
    for (JsonNode g : plan.path("goals")) {
      if (g.path("id").asText().equals(goal)) {
        return g;
      }
    }
    throw new AssertionError("no goal " + goal + " in " + plan);
  }

  private static JsonNode actionOf(Person person, String action) {
    for (JsonNode goal : api.get("lina.link", person.plan()).body().path("goals")) {
      for (JsonNode a : goal.path("actions")) {
        if (a.path("id").asText().equals(action)) {
          return a;
        }
      }
    }
    throw new AssertionError("no action " + action);
  }

  private static List<String> names(JsonNode organisations) {
    List<String> names = new ArrayList<>();
    organisations.forEach(o -> names.add(o.path("name").asText()));
    return names;
  }

  private static long audited(Person person, String operation, String outcome) throws SQLException {
    return count(
        "select count(*) from audit_event where person_id = ?::uuid and operation = ?"
            + " and outcome = ?",
        person.id(),
        operation,
        outcome);
  }

  /** Allowed changes (not reads) to the person's plan in the audit log. */
  private static long auditedChanges(Person person) throws SQLException {
    return count(
        "select count(*) from audit_event where person_id = ?::uuid and record_type = 'PLAN'"
            + " and action <> 'READ' and outcome = 'ALLOWED'",
        person.id());
  }

  private static long count(String sql, String... parameters) throws SQLException {
    return stack.count(sql, parameters);
  }

  private static LocalDate today() {
    return LocalDate.now(LONDON);
  }
}
