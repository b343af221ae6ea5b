package org.openneighbourhood.deployment.access;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.DEBT_ADVICE;
import static org.openneighbourhood.deployment.stack.Demo.GREEN_MINDS;
import static org.openneighbourhood.deployment.stack.Demo.MONEY_MATTERS;
import static org.openneighbourhood.deployment.stack.Demo.NORTHGATE_PCN;
import static org.openneighbourhood.deployment.stack.Demo.RIVERSIDE_SURGERY;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Accounts;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.BarsRequests;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.People;
import org.openneighbourhood.deployment.stack.Referrals;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Services;
import org.openneighbourhood.deployment.stack.Tokens;

/**
 * The authorisation matrix against the running stack with real Keycloak tokens: every demo user
 * (one per role, two VCFSE organisations) x every endpoint x the relationship of their organisation
 * to the person (care team, receiver, sender, consent withdrawn, none, the person themselves) and
 * signed out. The expected answer of each request is read from the policy table's text; a denied
 * write changes nothing. The people and referrals are made fresh for this class, and no test
 * changes how an organisation stands to them (one that must makes someone or something of its own),
 * so the tests run in any order.
 */
@ExtendWith(RunningStack.class)
@Tag("access")
class AccessMatrixIT {

  private static final String MORGAN = "morgan.matrix";
  private static final String WAITING_INBOX = "/referrals/inbox?status=SENT&status=SEEN&size=100";

  record User(String username, String role, String organisation) {
    Set<String> roles() {
      return Set.of(role);
    }

    boolean isPerson() {
      return role.equals("person");
    }
  }

  static final List<User> USERS =
      List.of(
          new User("lina.link", "link-worker", "northgate-pcn"),
          new User("gary.gp", "gp-staff", "riverside-surgery"),
          new User("sam.social", "social-care", "northgate-adult-social-care"),
          new User("vera.vcfse", "vcfse-staff", "green-minds"),
          new User("mo.money", "vcfse-staff", "money-matters"),
          new User("olive.admin", "org-admin", "green-minds"),
          new User("cara.commissioner", "commissioner", "northgate-commissioning"),
          new User("paula.platform", "platform-admin", null),
          new User("pat.person", "person", null),
          new User(MORGAN, "person", null));

  static LocalStack stack;
  static Api api;
  static PolicyText policy;

  /**
   * In the care team of Northgate PCN and Green Minds; referred to Money Matters (open). A
   * restricted record with an address.
   */
  static String p1;

  static String p1Nhs;

  /**
   * In Northgate PCN's care team; referred to Money Matters, then consent withdrawn. An ordinary
   * address.
   */
  static String p2;

  static String p2Nhs;

  /** P1 to Green Minds, accepted; P1 to Money Matters, open; P2 to Money Matters. */
  static String r1;

  static String r1Open;
  static String r2;

  @BeforeAll
  static void makeThePeople(LocalStack running) {
    stack = running;
    api = new Api(running);
    policy = PolicyText.read();
    p1Nhs = Demo.freshNhsNumber();
    p2Nhs = Demo.freshNhsNumber();
    p1 = register(p1Nhs, "Matrix", "One", true);
    p2 = register(p2Nhs, "Matrix", "Two", false);
    r1 = refer(p1, WALKING);
    assertEquals(
        200,
        api.atVersionOf("vera.vcfse", r1)
            .post("vera.vcfse", "/referrals/" + r1 + "/accept", null)
            .status());
    r1Open = refer(p1, DEBT_ADVICE);
    r2 = refer(p2, DEBT_ADVICE);
    stack.provision(Accounts.person(MORGAN, "Morgan", "Matrix", p2Nhs));
    Reply withdrawn =
        api.post(MORGAN, "/me/consents/organisations/" + MONEY_MATTERS + "/withdraw", null);
    assertEquals(200, withdrawn.status(), withdrawn::toString);
  }

  /** How the user's organisation (or the user, for a person) stands to each fresh person. */
  static String relationship(User user, String person) {
    if (user.isPerson()) {
      return user.username().equals(MORGAN) && person.equals(p2) ? "self" : "none";
    }
    String org = user.organisation() == null ? "" : user.organisation();
    if (person.equals(p1)) {
      return switch (org) {
        case "northgate-pcn", "green-minds" -> "care team";
        case "money-matters" -> "receiver";
        default -> "none";
      };
    }
    return switch (org) {
      case "northgate-pcn" -> "care team";
      case "money-matters" -> "consent withdrawn";
      default -> "none";
    };
  }

  /** How the user's organisation stands to someone Lina has just registered, and no more. */
  static String relationshipToNewcomer(User user) {
    return !user.isPerson() && "northgate-pcn".equals(user.organisation()) ? "care team" : "none";
  }

  /** How the user's organisation stands to one referral. */
  static String relationshipToReferral(User user, String referral) {
    String org = user.isPerson() || user.organisation() == null ? "" : user.organisation();
    if (org.equals("northgate-pcn")) {
      return "sender";
    }
    if (referral.equals(r1)) {
      return org.equals("green-minds") ? "receiver" : "none";
    }
    if (referral.equals(r1Open)) {
      return org.equals("money-matters") ? "receiver" : "none";
    }
    return org.equals("money-matters") ? "consent withdrawn" : "none";
  }

  @Test
  void readsOfAPersonAnswerAsTheTableSays() {
    List<Executable> checks = new ArrayList<>();
    for (User user : USERS) {
      for (String person : List.of(p1, p2)) {
        String nhs = person.equals(p1) ? p1Nhs : p2Nhs;
        String rel = relationship(user, person);
        checks.add(
            expectPerson(
                user,
                "person.find",
                rel,
                () -> api.get(user.username(), "/people?nhsNumber=" + nhs)));
        checks.add(
            expectPerson(
                user, "person.read", rel, () -> api.get(user.username(), "/people/" + person)));
        checks.add(
            expect(
                user,
                "plan.read",
                rel,
                () -> api.get(user.username(), "/people/" + person + "/plan")));
        checks.add(
            expect(
                user,
                "plan.read",
                rel,
                () -> api.get(user.username(), "/people/" + person + "/plan/history")));
        checks.add(
            expect(
                user,
                "care-team.read",
                rel,
                () -> api.get(user.username(), "/people/" + person + "/care-team")));
      }
      for (String referral : List.of(r1, r1Open, r2)) {
        String rel = relationshipToReferral(user, referral);
        checks.add(
            expectReferral(
                user,
                "referral.read",
                rel,
                () -> api.get(user.username(), "/referrals/" + referral)));
      }
    }
    assertAll(checks);
  }

  /**
   * A record the caller may not know of answers exactly as one that does not exist, so the status
   * and body say nothing of whether it does: for every read of a person's record, plan, care team,
   * consent or referral, REST and FHIR, the answer for a real record of someone with no part in the
   * caller's work equals, byte for byte, the answer for a made-up id. Each real one is still
   * written to the audit log as refused.
   */
  @Test
  void aRecordNotYoursAnswersAsOneThatDoesNotExist() throws Exception {
    String goal = addGoal(p1);
    String answers = addWellbeing(p1);
    String consent = firstConsentOf(p2);
    String nobody = UUID.randomUUID().toString();
    // Riverside Surgery has no part in P1's care nor in R1; Pat is not P2.
    List<List<String>> reads =
        List.of(
            List.of("gary.gp", "/people/%s", p1),
            List.of("gary.gp", "/people/%s/plan", p1),
            List.of("gary.gp", "/people/%s/plan/history", p1),
            List.of("gary.gp", "/people/%s/care-team", p1),
            List.of("gary.gp", "/referrals/%s", r1),
            List.of("gary.gp", "/fhir/Patient/%s", p1),
            List.of("gary.gp", "/fhir/CarePlan/%s", p1),
            List.of("gary.gp", "/fhir/Goal/%s", goal),
            List.of("gary.gp", "/fhir/Observation/%s", answers),
            List.of("gary.gp", "/fhir/CareTeam/%s", p1),
            List.of("gary.gp", "/fhir/ServiceRequest/%s", r1),
            List.of("gary.gp", "/fhir/Task/%s", r1),
            List.of("gary.gp", "/fhir/Procedure/%s-referred", r1),
            List.of("pat.person", "/people/%s/plan", p2),
            List.of("pat.person", "/fhir/Consent/%s", consent));
    List<Executable> checks = new ArrayList<>();
    for (List<String> read : reads) {
      String user = read.get(0);
      String path = read.get(1);
      long refusals =
          stack.count(
              "select count(*) from audit_event where username = ? and outcome = 'DENIED'", user);
      Reply notYours = api.get(user, String.format(path, read.get(2)));
      Reply missing = api.get(user, String.format(path, nobody));
      long refusalsAfter =
          stack.count(
              "select count(*) from audit_event where username = ? and outcome = 'DENIED'", user);
      checks.add(
          () -> {
            assertEquals(404, missing.status(), path + " " + missing);
            assertEquals(missing.status(), notYours.status(), path + " " + notYours);
            assertEquals(missing.contentType(), notYours.contentType(), path);
            assertEquals(missing.text(), notYours.text(), path);
            assertEquals(refusals + 1, refusalsAfter, path + ": the refusal is audited");
          });
    }
    assertAll(checks);
  }

  @Test
  void everyRequestAboutAPersonIsInTheirAccessLog() {
    int before = api.get(MORGAN, "/me/access-log").body().size();
    int written = 0;
    for (User user : USERS) {
      if (user.isPerson()) {
        continue; // a person reads their own record through /me
      }
      String rel = relationship(user, p2);
      for (String operation : List.of("person.read", "plan.read")) {
        String path = operation.equals("person.read") ? "/people/" + p2 : "/people/" + p2 + "/plan";
        Reply reply = api.get(user.username(), path);
        String expected = policy.expect(operation, user.roles(), rel);
        assertEquals(status(expected, operation, user, 200), reply.status(), user + " " + path);
        written++; // allowed or refused, one row about the person
      }
    }
    List<String> log = new ArrayList<>();
    api.get(MORGAN, "/me/access-log").body().forEach(e -> log.add(e.path("description").asText()));
    // the person's own read of the log is written too
    assertEquals(before + written + 1, log.size(), log::toString);
  }

  @Test
  void organisationWideAndOwnRecordEndpointsAnswerAsTheTableSays() {
    List<Executable> checks = new ArrayList<>();
    for (User user : USERS) {
      String self = user.isPerson() ? "self" : "none";
      checks.add(
          expect(user, "directory.list", "none", () -> api.get(user.username(), "/services")));
      checks.add(
          expect(
              user,
              "directory.list",
              "none",
              () -> api.get(user.username(), "/services/search?q=debt")));
      checks.add(
          expect(
              user,
              "open-referral.read",
              "none",
              () -> api.get(user.username(), "/openreferral/services")));
      checks.add(listExpectation(user, "referral.list-sent", "/referrals/sent"));
      checks.add(listExpectation(user, "referral.list-inbox", "/referrals/inbox"));
      checks.add(listExpectation(user, "caseload.list", "/caseload"));
      checks.add(
          expect(
              user,
              "organisation.access-log",
              "none",
              () -> api.get(user.username(), "/organisations/mine/access-log")));
      checks.add(
          expect(
              user,
              "organisation.mine",
              "none",
              () -> api.get(user.username(), "/organisations/mine")));
      checks.add(
          expect(
              user,
              "staff.list",
              "none",
              () -> api.get(user.username(), "/organisations/mine/staff")));
      checks.add(
          expect(
              user,
              "organisation.areas",
              "none",
              () -> api.get(user.username(), "/organisations/areas"),
              (expected, reply) -> {
                if (expected.equals("allow")) {
                  assertTrue(
                      reply.body().toString().contains("Northgate Primary Care Network"),
                      user + " areas " + reply);
                }
              }));
      checks.add(
          expect(
              user,
              "report.referrals",
              "none",
              () -> api.get(user.username(), "/reports/referrals?from=2026-01&to=2026-12"),
              (expected, reply) -> {
                if (expected.equals("allow")) {
                  // What the report holds is ReportsApiIT's; here, that it is the report.
                  assertTrue(reply.body().path("tables").size() > 0, user + " report tables");
                  assertFalse(reply.body().toString().contains("nhsNumber"), "nobody in it");
                }
              }));
      for (String organisation : List.of(GREEN_MINDS, MONEY_MATTERS)) {
        boolean own =
            organisation.equals(GREEN_MINDS)
                ? "green-minds".equals(user.organisation())
                : "money-matters".equals(user.organisation());
        boolean mayRead =
            !policy.expect("report.organisation", user.roles(), "none").equals("deny")
                && (own
                    || !policy
                        .expect("report.any-organisation", user.roles(), "none")
                        .equals("deny"));
        Reply report =
            api.get(
                user.username(),
                "/reports/organisations/" + organisation + "?from=2026-01&to=2026-12");
        checks.add(
            () ->
                assertEquals(
                    mayRead ? 200 : 403,
                    report.status(),
                    user + " report.organisation of " + organisation + ": " + report));
      }
      for (Map.Entry<String, String> me :
          Map.of(
                  "me.read", "/me",
                  "me.plan", "/me/plan",
                  "me.referrals", "/me/referrals",
                  "me.care-team", "/me/care-team",
                  "me.consents", "/me/consents",
                  "me.access-log", "/me/access-log")
              .entrySet()) {
        checks.add(expect(user, me.getKey(), self, () -> api.get(user.username(), me.getValue())));
      }
    }
    assertAll(checks);
  }

  @Test
  void listsShowEachReferralAsTheTableSays() {
    JsonNode inbox = api.get("mo.money", WAITING_INBOX).body();
    assertEquals("true", shared(inbox, r1Open), "open, with consent: whole");
    assertEquals("false", shared(inbox, r2), "consent withdrawn: masked, not hidden");
    assertEquals("missing", shared(api.get("vera.vcfse", WAITING_INBOX).body(), r2));
    JsonNode sent =
        api.get("lina.link", "/referrals/sent?status=SENT&status=SEEN&status=ACCEPTED&size=100")
            .body();
    assertEquals("true", shared(sent, r1));
    assertEquals("true", shared(sent, r2), "the sender keeps its own consent");
    for (JsonNode r : sent) {
      if (r.path("id").asText().equals(r2)) {
        assertEquals(false, r.path("consentActive").asBoolean(), "flagged: consent ended");
      }
      if (r.path("id").asText().equals(r1)) {
        assertEquals(true, r.path("consentActive").asBoolean());
      }
    }
  }

  /**
   * Each person in a caseload as the table says for the organisation's relationship to them: shown
   * where their row allows, left out where it denies (consent withdrawn, or no relationship).
   */
  @Test
  void caseloadsShowEachPersonAsTheTableSays() {
    List<Executable> checks = new ArrayList<>();
    for (User user : USERS) {
      if (user.isPerson() || api.get(user.username(), "/caseload").status() != 200) {
        continue; // who may ask at all: organisationWideAndOwnRecordEndpoints...
      }
      Set<String> listed = caseloadOf(user.username());
      for (String person : List.of(p1, p2)) {
        String rel = relationship(user, person);
        // a caseload is its organisation's care team and the open referrals it sent; it never
        // lists someone the organisation only received a referral about
        boolean supports = rel.equals("care team") || rel.equals("sender");
        boolean shown =
            supports && policy.expect("caseload.list", user.roles(), rel).equals("allow");
        checks.add(() -> assertEquals(shown, listed.contains(person), user + " caseload " + rel));
      }
    }
    assertAll(checks);
  }

  private static Set<String> caseloadOf(String user) {
    Set<String> people = new java.util.HashSet<>();
    String path = "/caseload?size=100";
    for (int pages = 0; path != null && pages < 200; pages++) {
      Reply page = api.get(user, path);
      assertEquals(200, page.status(), page::toString);
      page.body().forEach(entry -> people.add(entry.path("person").path("id").asText()));
      path = page.link("next");
    }
    return people;
  }

  @Test
  void deniedWritesChangeNothing() {
    List<Executable> checks = new ArrayList<>();
    for (User user : USERS) {
      for (String person : List.of(p1, p2)) {
        String text = "Written by " + user.username() + " for " + person;
        String rel = relationship(user, person);
        String expected = policy.expect("plan.write", user.roles(), rel);
        long version = planOf(person).path("aboutMe").path("version").asLong();
        Reply reply =
            api.with("If-Match", "\"" + version + "\"")
                .put(
                    user.username(),
                    "/people/" + person + "/plan/about-me",
                    Map.of("whatMattersToMe", text));
        String now = planOf(person).path("aboutMe").path("whatMattersToMe").asText();
        checks.add(
            () -> {
              assertEquals(
                  status(expected, "plan.write", user, 200),
                  reply.status(),
                  user + " plan.write " + rel);
              assertEquals(expected.equals("allow"), now.equals(text), user + " wrote? " + rel);
            });
      }
      for (String person : List.of(p1, p2)) {
        String rel = relationship(user, person);
        String expected = policy.expect("person.safeguarding-note.add", user.roles(), rel);
        int before = notesOf(person);
        Reply reply =
            api.post(
                user.username(),
                "/people/" + person + "/safeguarding-notes",
                Map.of("text", "Noted by " + user.username()));
        int after = notesOf(person);
        checks.add(
            () -> {
              assertEquals(
                  status(expected, "person.safeguarding-note.add", user, 201),
                  reply.status(),
                  user + " safeguarding note " + rel);
              assertEquals(expected.equals("allow") ? before + 1 : before, after, "stored?");
            });
      }
      String nhs = Demo.freshNhsNumber();
      String registering = policy.expect("person.register", user.roles(), "none");
      Reply registered =
          api.post(
              user.username(),
              "/people",
              Map.of(
                  "nhsNumber", nhs,
                  "givenName", "Matrix",
                  "familyName", "Register",
                  "dateOfBirth", "1980-05-05",
                  "consentToRecord", true));
      int found = api.get("lina.link", "/people?nhsNumber=" + nhs).status();
      checks.add(
          () -> {
            assertEquals(
                status(registering, "person.register", user, 201),
                registered.status(),
                user + " person.register");
            if (!registering.equals("allow")) {
              assertEquals(404, found, "nothing stored for " + user);
            }
          });
    }
    // A referral of its own, with the same parties as r1Open, which the other tests need open.
    String undecided = refer(p1, DEBT_ADVICE);
    for (User user : USERS) {
      if (user.username().equals("mo.money")) {
        continue; // the one allowed decision comes last
      }
      String expected =
          policy.expect("referral.decide", user.roles(), relationshipToReferral(user, r1Open));
      Reply reply =
          api.atVersionOf("lina.link", undecided)
              .post(
                  user.username(),
                  "/referrals/" + undecided + "/decline",
                  Map.of("reason", "NO_CAPACITY"));
      String status =
          api.get("lina.link", "/referrals/" + undecided).body().path("status").asText();
      checks.add(
          () -> {
            assertEquals(
                status(expected, "referral.decide", user, 200),
                reply.status(),
                user + " referral.decide");
            assertTrue(Set.of("SENT", "SEEN").contains(status), "undecided after " + user);
          });
    }
    Reply decided =
        api.atVersionOf("lina.link", undecided)
            .post(
                "mo.money",
                "/referrals/" + undecided + "/decline",
                Map.of("reason", "NO_CAPACITY"));
    checks.add(() -> assertEquals(200, decided.status(), decided::toString));
    // Someone of its own: a referral sent makes its sender's organisation stand to the person.
    String newcomer = register(Demo.freshNhsNumber(), "Matrix", "Newcomer", false);
    for (User user : USERS) {
      String expected = policy.expect("referral.send", user.roles(), relationshipToNewcomer(user));
      Reply reply =
          api.post(
              user.username(),
              "/referrals",
              Map.of(
                  "personId",
                  newcomer,
                  "serviceId",
                  WALKING,
                  "reason",
                  "Matrix",
                  "urgency",
                  "ROUTINE",
                  "consentToShare",
                  true));
      checks.add(
          () ->
              assertEquals(
                  status(expected, "referral.send", user, 201),
                  reply.status(),
                  user + " referral.send"));
    }
    assertAll(checks);
  }

  @Test
  void careTeamChangesAnswerAsTheTableSaysAndRefusalsChangeNothing() {
    List<Executable> checks = new ArrayList<>();
    List<User> linaLast = new ArrayList<>(USERS);
    User lina = linaLast.remove(0);
    linaLast.add(lina);
    for (User user : linaLast) {
      String expected = policy.expect("care-team.add", user.roles(), relationship(user, p1));
      Reply reply =
          api.post(
              user.username(),
              "/people/" + p1 + "/care-team",
              Map.of("organisationId", RIVERSIDE_SURGERY, "personAgreed", true));
      boolean joined = currentMember(p1, RIVERSIDE_SURGERY) != null;
      checks.add(
          () -> {
            assertEquals(
                status(expected, "care-team.add", user, 200),
                reply.status(),
                user + " care-team.add");
            assertEquals(expected.equals("allow"), joined, "joined after " + user + "?");
          });
    }
    String member = currentMember(p1, RIVERSIDE_SURGERY);
    // Riverside Surgery is in the care team now: its staff come last but one, before Lina
    List<User> membersLast = new ArrayList<>(linaLast);
    User gary = membersLast.remove(0);
    membersLast.add(membersLast.size() - 1, gary);
    for (User user : membersLast) {
      String rel = user == gary ? "care team" : relationship(user, p1);
      String expected = policy.expect("care-team.end", user.roles(), rel);
      Reply reply =
          api.post(user.username(), "/people/" + p1 + "/care-team/" + member + "/end", null);
      boolean stillIn = currentMember(p1, RIVERSIDE_SURGERY) != null;
      checks.add(
          () -> {
            assertEquals(
                status(expected, "care-team.end", user, 200),
                reply.status(),
                user + " care-team.end");
            assertEquals(!expected.equals("allow"), stillIn, "still in after " + user + "?");
          });
    }
    assertAll(checks);
  }

  @Test
  void lifecycleServiceAndCalendarChangesAnswerAsTheTableSaysAndRefusalsChangeNothing() {
    List<Executable> checks = new ArrayList<>();
    String walkingReferral = refer(p1, WALKING);
    String accepted = refer(p1, WALKING);
    assertEquals(
        200,
        api.atVersionOf("vera.vcfse", accepted)
            .post("vera.vcfse", "/referrals/" + accepted + "/accept", null)
            .status());
    List<User> ownersLast = new ArrayList<>(USERS);
    // Those allowed come last: the receiver's staff (who start the work), then the sender's (who
    // withdraw the referral), so each refusal is checked against an unchanged referral.
    List<String> order = List.of("green-minds", "northgate-pcn");
    ownersLast.sort(
        Comparator.comparingInt(user -> order.indexOf(String.valueOf(user.organisation()))));
    for (User user : ownersLast) {
      String org = user.organisation() == null || user.isPerson() ? "" : user.organisation();
      String rel =
          org.equals("northgate-pcn") ? "sender" : org.equals("green-minds") ? "receiver" : "none";
      String self = user.isPerson() ? "self" : "none";
      checks.add(
          expect(
              user,
              "calendar.read",
              "none",
              () -> api.get(user.username(), "/calendar/bank-holidays")));
      Reply started =
          api.atVersionOf("lina.link", accepted)
              .post(user.username(), "/referrals/" + accepted + "/start", Map.of());
      String startExpected = policy.expect("referral.update", user.roles(), rel);
      String afterStart = statusOf(accepted);
      checks.add(
          () -> {
            assertEquals(
                status(startExpected, "referral.update", user, 200),
                started.status(),
                user + " referral.update");
            if (startExpected.equals("deny")) {
              assertTrue(Set.of("ACCEPTED", "IN_PROGRESS").contains(afterStart), afterStart);
            }
          });
      Reply withdrawn =
          api.atVersionOf("lina.link", walkingReferral)
              .post(user.username(), "/referrals/" + walkingReferral + "/withdraw", Map.of());
      String withdrawExpected = policy.expect("referral.withdraw", user.roles(), rel);
      String afterWithdraw = statusOf(walkingReferral);
      checks.add(
          () -> {
            assertEquals(
                status(withdrawExpected, "referral.withdraw", user, 200),
                withdrawn.status(),
                user + " referral.withdraw");
            assertEquals(
                !withdrawExpected.equals("deny"),
                afterWithdraw.equals("WITHDRAWN"),
                "withdrawn after " + user + "?");
          });
      Reply capacity =
          api.put(
              user.username(),
              "/services/" + WALKING + "/capacity",
              Map.of("capacity", "ACCEPTING"));
      boolean mayDeclare =
          !policy.expect("service.capacity", user.roles(), "none").equals("deny")
              && org.equals("green-minds");
      checks.add(
          () ->
              assertEquals(mayDeclare ? 200 : 403, capacity.status(), user + " service.capacity"));
      Reply confirmed = api.post(user.username(), "/services/" + WALKING + "/confirm", null);
      boolean mayConfirm =
          !policy.expect("service.confirm", user.roles(), "none").equals("deny")
              && org.equals("green-minds");
      checks.add(
          () ->
              assertEquals(mayConfirm ? 200 : 403, confirmed.status(), user + " service.confirm"));
      String retiring = Services.insert(stack, Demo.GREEN_MINDS, "Matrix " + user.username());
      Reply retired = api.post(user.username(), "/services/" + retiring + "/retire", null);
      Services.delete(stack, retiring);
      boolean mayRetire =
          !policy.expect("service.retire", user.roles(), "none").equals("deny")
              && org.equals("green-minds");
      checks.add(
          () ->
              assertEquals(
                  mayRetire ? 200 : 403, retired.status(), user + " service.retire " + retired));
      // An empty entry: allowed callers are told what it lacks (400), so nothing is added.
      Reply added = api.post(user.username(), "/services", Map.of());
      boolean mayAdd = !policy.expect("service.create", user.roles(), "none").equals("deny");
      checks.add(
          () ->
              assertEquals(mayAdd ? 400 : 403, added.status(), user + " service.create " + added));
      String marker = "Matrix " + user.username();
      Map<String, Object> entry = walkingEntry(marker);
      Reply edited = api.put(user.username(), "/services/" + WALKING, entry);
      boolean mayEdit =
          !policy.expect("service.edit", user.roles(), "none").equals("deny")
              && org.equals("green-minds");
      String eligibility =
          api.get("lina.link", "/services/" + WALKING).body().path("eligibility").asText();
      checks.add(
          () -> {
            assertEquals(mayEdit ? 200 : 403, edited.status(), user + " service.edit " + edited);
            assertEquals(mayEdit, eligibility.equals(marker), "edited by " + user + "?");
          });
      checks.add(
          expect(
              user,
              "me.contact",
              self,
              () ->
                  api.put(
                      user.username(),
                      "/me/contact",
                      Map.of(
                          "email", user.username() + "@people.example", "emailUpdates", false))));
      checks.add(myEthnicity(user, self));
      checks.add(mySex(user, self));
      checks.add(
          expect(
              user,
              "calendar.update",
              "none",
              () ->
                  api.put(
                      user.username(),
                      "/calendar/bank-holidays",
                      Map.of(
                          "england-and-wales",
                          Map.of(
                              "division",
                              "england-and-wales",
                              "events",
                              List.of(Map.of("title", "Christmas Day", "date", "2026-12-25")))))));
    }
    assertAll(checks);
  }

  @Test
  void planChangesAnswerAsTheTableAndThePlansRulesSayAndRefusalsChangeNothing() {
    List<Executable> checks = new ArrayList<>();
    // A goal on each person, an action on P1's for Green Minds and on P2's for Northgate PCN,
    // given by the link worker coordinating both plans. No referral serves these goals.
    String goal1 = addGoal(p1);
    String goal2 = addGoal(p2);
    String action1 = addAction(p1, goal1, Demo.GREEN_MINDS);
    String action2 = addAction(p2, goal2, Demo.NORTHGATE_PCN);
    LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(30);
    for (User user : USERS) {
      for (String person : List.of(p1, p2)) {
        String rel = relationship(user, person);
        String goal = person.equals(p1) ? goal1 : goal2;
        String action = person.equals(p1) ? action1 : action2;
        String actionOwner = person.equals(p1) ? "green-minds" : "northgate-pcn";

        String noting = policy.expect("plan.note-add", user.roles(), rel);
        int notesBefore = planOf(person).path("notes").size();
        Reply note =
            api.post(
                user.username(),
                "/people/" + person + "/plan/notes",
                Map.of("text", "Note by " + user.username()));
        int notesAfter = planOf(person).path("notes").size();
        checks.add(
            () -> {
              assertEquals(
                  status(noting, "plan.note-add", user, 201),
                  note.status(),
                  user + " plan.note-add " + rel);
              assertEquals(noting.equals("allow") ? notesBefore + 1 : notesBefore, notesAfter);
            });

        String answering = policy.expect("plan.wellbeing-add", user.roles(), rel);
        int answersBefore = planOf(person).path("wellbeing").size();
        Reply answers =
            api.post(
                user.username(),
                "/people/" + person + "/plan/wellbeing",
                Map.of(
                    "occasion", "CHECK_IN",
                    "lifeSatisfaction", 6,
                    "worthwhile", 7,
                    "happiness", 5,
                    "anxiety", 3));
        int answersAfter = planOf(person).path("wellbeing").size();
        checks.add(
            () -> {
              assertEquals(
                  status(answering, "plan.wellbeing-add", user, 201),
                  answers.status(),
                  user + " plan.wellbeing-add " + rel);
              assertEquals(
                  answering.equals("allow") ? answersBefore + 1 : answersBefore, answersAfter);
            });

        day = day.plusDays(1);
        String reviewing = policy.expect("plan.review", user.roles(), rel);
        JsonNode reviewBefore = planOf(person).path("review");
        Reply review =
            api.with("If-Match", "\"" + reviewBefore.path("version").asLong() + "\"")
                .put(
                    user.username(),
                    "/people/" + person + "/plan/review",
                    Map.of("reviewOn", day.toString(), "ownerOrganisationId", Demo.NORTHGATE_PCN));
        String reviewOn = planOf(person).path("review").path("reviewOn").asText();
        String wanted = day.toString();
        checks.add(
            () -> {
              assertEquals(
                  status(reviewing, "plan.review", user, 200),
                  review.status(),
                  user + " plan.review " + rel);
              assertEquals(reviewing.equals("allow"), reviewOn.equals(wanted), "review set?");
            });

        // The table lets the care team add actions; the plan's rules then let a VCFSE partner add
        // its own only to a goal its accepted referral serves, which these goals are not.
        String addRow = policy.expect("plan.action-add", user.roles(), rel);
        boolean adding = addRow.equals("allow") && !user.role().equals("vcfse-staff");
        // refused by the plan's rules (the plan is theirs to read): 403; by the table: its status
        int addStatus =
            adding
                ? 201
                : addRow.equals("allow") ? 403 : status(addRow, "plan.action-add", user, 201);
        String owner = ownOrganisationId(user);
        int actionsBefore = actionsOf(person, goal);
        Reply added =
            api.post(
                user.username(),
                "/people/" + person + "/plan/goals/" + goal + "/actions",
                Map.of(
                    "description", "Action by " + user.username(), "ownerOrganisationId", owner));
        int actionsAfter = actionsOf(person, goal);
        checks.add(
            () -> {
              assertEquals(addStatus, added.status(), user + " plan.action-add " + rel);
              assertEquals(adding ? actionsBefore + 1 : actionsBefore, actionsAfter);
            });

        // Only the organisation that owns the action updates it.
        String updateRow = policy.expect("plan.action-update", user.roles(), rel);
        boolean updating = updateRow.equals("allow") && actionOwner.equals(user.organisation());
        int updateStatus =
            updating
                ? 200
                : updateRow.equals("allow")
                    ? 403
                    : status(updateRow, "plan.action-update", user, 200);
        JsonNode before = actionOf(person, action);
        String notes = "Updated by " + user.username();
        Reply updated =
            api.with("If-Match", "\"" + before.path("version").asLong() + "\"")
                .put(
                    user.username(),
                    "/people/" + person + "/plan/actions/" + action,
                    Map.of("status", "IN_PROGRESS", "notes", notes));
        JsonNode after = actionOf(person, action);
        checks.add(
            () -> {
              assertEquals(updateStatus, updated.status(), user + " plan.action-update " + rel);
              assertEquals(updating, after.path("notes").asText().equals(notes), "updated?");
            });
      }
    }
    assertAll(checks);
  }

  /** The person's plan as Lina, the link worker coordinating it, is shown it. */
  private static JsonNode planOf(String person) {
    return api.get("lina.link", "/people/" + person + "/plan").body();
  }

  private static String addGoal(String person) {
    Reply reply =
        api.post(
            "lina.link",
            "/people/" + person + "/plan/goals",
            Map.of("description", "Sleep through the night", "importance", 8, "confidence", 3));
    assertEquals(201, reply.status(), reply::toString);
    JsonNode goals = reply.body().path("goals");
    return goals.get(goals.size() - 1).path("id").asText();
  }

  private static String addWellbeing(String person) {
    Reply reply =
        api.post(
            "lina.link",
            "/people/" + person + "/plan/wellbeing",
            Map.of(
                "occasion", "REVIEW",
                "lifeSatisfaction", 5,
                "worthwhile", 6,
                "happiness", 7,
                "anxiety", 2));
    assertEquals(201, reply.status(), reply::toString);
    JsonNode answers = reply.body().path("wellbeing");
    return answers.get(answers.size() - 1).path("id").asText();
  }

  private static String addAction(String person, String goal, String owner) {
    Reply reply =
        api.post(
            "lina.link",
            "/people/" + person + "/plan/goals/" + goal + "/actions",
            Map.of("description", "Agreed in the matrix", "ownerOrganisationId", owner));
    assertEquals(201, reply.status(), reply::toString);
    for (JsonNode g : reply.body().path("goals")) {
      if (g.path("id").asText().equals(goal)) {
        return g.path("actions").get(g.path("actions").size() - 1).path("id").asText();
      }
    }
    throw new AssertionError("no action added");
  }

  private static int actionsOf(String person, String goal) {
    for (JsonNode g : planOf(person).path("goals")) {
      if (g.path("id").asText().equals(goal)) {
        return g.path("actions").size();
      }
    }
    return 0;
  }

  private static JsonNode actionOf(String person, String action) {
    for (JsonNode g : planOf(person).path("goals")) {
      for (JsonNode a : g.path("actions")) {
        if (a.path("id").asText().equals(action)) {
          return a;
        }
      }
    }
    throw new AssertionError("no action " + action);
  }

  /** The id of the user's organisation; a person (or platform admin) names Northgate PCN. */
  private static String ownOrganisationId(User user) {
    String alias = user.isPerson() || user.organisation() == null ? "" : user.organisation();
    return switch (alias) {
      case "riverside-surgery" -> Demo.RIVERSIDE_SURGERY;
      case "green-minds" -> Demo.GREEN_MINDS;
      case "money-matters" -> Demo.MONEY_MATTERS;
      case "northgate-adult-social-care" -> "00000000-0000-0000-0000-00000000a003";
      case "northgate-commissioning" -> "00000000-0000-0000-0000-00000000a006";
      default -> Demo.NORTHGATE_PCN;
    };
  }

  /** Walking for wellbeing's entry as it is, with its eligibility set to {@code eligibility}. */
  private static Map<String, Object> walkingEntry(String eligibility) {
    JsonNode walking = api.get("lina.link", "/services/" + WALKING).body();
    Map<String, Object> entry = new java.util.HashMap<>();
    entry.put("name", walking.path("name").asText());
    entry.put("description", walking.path("description").asText());
    entry.put("responseDays", walking.path("responseDays").asInt());
    entry.put("acceptsReferrals", walking.path("acceptsReferrals").asBoolean());
    entry.put("acceptsSelfReferral", walking.path("acceptsSelfReferral").asBoolean());
    List<String> categories = new ArrayList<>();
    walking.path("categoryIds").forEach(id -> categories.add(id.asText()));
    entry.put("categoryIds", categories);
    entry.put("eligibility", eligibility);
    return entry;
  }

  private static String statusOf(String referral) {
    return api.get("lina.link", "/referrals/" + referral).body().path("status").asText();
  }

  /** The person's notes as Lina, a link worker in their care team, is shown them. */
  private static int notesOf(String person) {
    return api.get("lina.link", "/people/" + person).body().path("safeguardingNotes").size();
  }

  private static String currentMember(String person, String organisation) {
    for (JsonNode m : api.get("lina.link", "/people/" + person + "/care-team").body()) {
      if (m.path("organisationId").asText().equals(organisation) && m.path("current").asBoolean()) {
        return m.path("id").asText();
      }
    }
    return null;
  }

  @Test
  void ethnicityIsRecordedForAPersonAsTheTableSaysAndRefusalsChangeNothing() {
    List<Executable> checks = new ArrayList<>();
    for (User user : USERS) {
      for (String person : List.of(p1, p2)) {
        String rel = relationship(user, person);
        String before = ethnicityOf(person);
        Reply recorded =
            api.send(
                user.username(),
                "PUT",
                "/people/" + person + "/ethnicity",
                Map.of("category", "S", "personAgreed", true),
                Map.of("If-Match", "\"" + before.split(" ")[0] + "\""));
        String after = ethnicityOf(person);
        String expected = policy.expect("person.ethnicity", user.roles(), rel);
        checks.add(
            () -> {
              assertEquals(
                  status(expected, "person.ethnicity", user, 200),
                  recorded.status(),
                  user + " person.ethnicity (" + rel + "): " + recorded);
              if (expected.equals("deny")) {
                assertEquals(before, after, "a refusal changes nothing: " + user);
              } else {
                assertTrue(after.endsWith(" S"), after);
              }
            });
      }
    }
    assertAll(checks);
  }

  @Test
  void sexIsRecordedForAPersonAsTheTableSaysAndRefusalsChangeNothing() {
    List<Executable> checks = new ArrayList<>();
    for (User user : USERS) {
      for (String person : List.of(p1, p2)) {
        String rel = relationship(user, person);
        String before = sexOf(person);
        Reply recorded =
            api.send(
                user.username(),
                "PUT",
                "/people/" + person + "/sex",
                Map.of("code", "9", "personAgreed", true),
                Map.of("If-Match", "\"" + before.split(" ")[0] + "\""));
        String after = sexOf(person);
        String expected = policy.expect("person.sex", user.roles(), rel);
        checks.add(
            () -> {
              assertEquals(
                  status(expected, "person.sex", user, 200),
                  recorded.status(),
                  user + " person.sex (" + rel + "): " + recorded);
              if (expected.equals("deny")) {
                assertEquals(before, after, "a refusal changes nothing: " + user);
              } else {
                assertTrue(after.endsWith(" 9"), after);
              }
            });
      }
    }
    assertAll(checks);
  }

  /** The person's sex version and code, as Lina's network (in both care teams) sees. */
  private static String sexOf(String person) {
    JsonNode sex = api.get("lina.link", "/people/" + person).body().path("sex");
    return sex.path("version").asText() + " " + sex.path("code").asText();
  }

  /** The person's ethnicity version and category, as Lina's network (in both care teams) sees. */
  private static String ethnicityOf(String person) {
    JsonNode ethnicity = api.get("lina.link", "/people/" + person).body().path("ethnicity");
    return ethnicity.path("version").asText() + " " + ethnicity.path("category").asText();
  }

  @Test
  void signedOutIsUnauthorisedEverywhere() {
    List<Executable> checks = new ArrayList<>();
    for (String path :
        List.of(
            "/services",
            "/people?nhsNumber=" + p1Nhs,
            "/people/" + p1,
            "/people/" + p1 + "/plan",
            "/people/" + p1 + "/plan/history",
            "/people/" + p1 + "/care-team",
            "/referrals/sent",
            "/referrals/inbox",
            "/caseload",
            "/referrals/" + r1,
            "/organisations/mine/access-log",
            "/organisations/mine",
            "/organisations/mine/staff",
            "/organisations/areas",
            "/me",
            "/me/plan",
            "/me/referrals",
            "/me/care-team",
            "/me/consents",
            "/me/access-log",
            "/me/contact",
            "/calendar/bank-holidays",
            "/reports/referrals",
            "/reports/organisations/" + GREEN_MINDS)) {
      Reply reply = api.get(null, path);
      checks.add(() -> assertEquals(401, reply.status(), path));
    }
    for (String path :
        List.of(
            "/openreferral",
            "/openreferral/services",
            "/openreferral/services/" + WALKING,
            "/openreferral/service_at_locations",
            "/openreferral/taxonomies",
            "/openreferral/taxonomy_terms")) {
      String expected = policy.expect("open-referral.read", Set.of(), "none");
      Reply reply = api.get(null, path);
      checks.add(
          () ->
              assertEquals(
                  status(expected, "open-referral.read", null, 200),
                  reply.status(),
                  "signed out " + path));
    }
    for (String path : List.of("/services/search?q=debt", "/services/categories")) {
      Reply reply = api.get(null, path);
      checks.add(() -> assertEquals(401, reply.status(), path));
    }
    for (String path :
        List.of("/services/" + WALKING + "/confirm", "/services/" + WALKING + "/capacity")) {
      Reply reply = api.send(null, path.endsWith("confirm") ? "POST" : "PUT", path, Map.of());
      checks.add(() -> assertEquals(401, reply.status(), path));
    }
    for (String call :
        List.of(
            "PUT /me/ethnicity",
            "DELETE /me/ethnicity",
            "PUT /people/" + p1 + "/ethnicity",
            "PUT /me/sex",
            "DELETE /me/sex",
            "PUT /people/" + p1 + "/sex")) {
      String method = call.substring(0, call.indexOf(' '));
      String path = call.substring(call.indexOf(' ') + 1);
      Reply reply = api.send(null, method, path, method.equals("PUT") ? Map.of() : null);
      checks.add(() -> assertEquals(401, reply.status(), call));
    }
    Reply area =
        api.put(null, "/organisations/" + GREEN_MINDS + "/pcn", Map.of("pcnId", GREEN_MINDS));
    checks.add(() -> assertEquals(401, area.status(), "PUT /organisations/{id}/pcn"));
    Reply edit = api.put(null, "/services/" + WALKING, Map.of());
    checks.add(() -> assertEquals(401, edit.status(), "PUT /services/{id}"));
    Reply add = api.post(null, "/services", Map.of());
    checks.add(() -> assertEquals(401, add.status(), "POST /services"));
    for (String path :
        List.of(
            "/people",
            "/people/" + p1 + "/safeguarding-notes",
            "/people/" + p1 + "/plan/goals",
            "/people/" + p1 + "/plan/notes",
            "/people/" + p1 + "/plan/wellbeing",
            "/referrals",
            "/referrals/" + r1 + "/accept",
            "/referrals/" + r1 + "/decline",
            "/referrals/" + r1 + "/waitlist",
            "/referrals/" + r1 + "/start",
            "/referrals/" + r1 + "/complete",
            "/referrals/" + r1 + "/did-not-engage",
            "/referrals/" + r1 + "/withdraw",
            "/referrals/" + r1 + "/entered-in-error",
            "/referrals/" + r1 + "/send",
            "/referrals/" + r1 + "/messages",
            "/me/referrals",
            "/me/referrals/" + r2 + "/messages",
            "/organisations",
            "/organisations/mine/staff",
            "/organisations/mine/staff/" + java.util.UUID.randomUUID() + "/deactivate")) {
      Reply reply = api.post(null, path, Map.of());
      checks.add(() -> assertEquals(401, reply.status(), "POST " + path));
    }
    assertAll(checks);
  }

  @Test
  void staffAndOrganisationChangesAnswerAsTheTableSaysAndRefusalsChangeNothing() {
    List<Executable> checks = new ArrayList<>();
    String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
    List<User> adminLast = new ArrayList<>(USERS);
    User olive =
        adminLast.stream().filter(u -> u.username().equals("olive.admin")).findFirst().get();
    adminLast.remove(olive);
    adminLast.add(olive);
    for (User user : adminLast) {
      String email = "matrix." + user.username() + "." + suffix + "@green-minds.example";
      String expected = policy.expect("staff.invite", user.roles(), "none");
      Reply reply =
          api.post(
              user.username(),
              "/organisations/mine/staff",
              Map.of(
                  "firstName",
                  "Matrix",
                  "lastName",
                  "Invite",
                  "email",
                  email,
                  "roles",
                  List.of("vcfse-staff")));
      boolean invited = staffEmails().contains(email);
      checks.add(
          () -> {
            assertEquals(
                status(expected, "staff.invite", user, 201),
                reply.status(),
                user + " staff.invite " + reply);
            assertEquals(expected.equals("allow"), invited, "invited by " + user + "?");
          });
    }
    String invitee = "matrix.olive.admin." + suffix + "@green-minds.example";
    String inviteeId = staffId(invitee);
    for (User user : adminLast) {
      String expected = policy.expect("staff.deactivate", user.roles(), "none");
      Reply reply =
          api.post(user.username(), "/organisations/mine/staff/" + inviteeId + "/deactivate", null);
      boolean stillMember = staffEmails().contains(invitee);
      checks.add(
          () -> {
            assertEquals(
                status(expected, "staff.deactivate", user, 200),
                reply.status(),
                user + " staff.deactivate");
            assertEquals(!expected.equals("allow"), stillMember, "still in after " + user + "?");
          });
    }
    for (User user : USERS) {
      String name = "Matrix Charity " + user.username() + " " + suffix;
      String expected = policy.expect("organisation.onboard", user.roles(), "none");
      Reply reply =
          api.post(
              user.username(),
              "/organisations",
              Map.of(
                  "name",
                  name,
                  "sector",
                  "VCFSE",
                  "charityNumber",
                  suffix,
                  "adminFirstName",
                  "Matrix",
                  "adminLastName",
                  "Admin",
                  "adminEmail",
                  "admin." + user.username() + "." + suffix + "@charity.example"));
      boolean onboarded = organisationNames().contains(name);
      checks.add(
          () -> {
            assertEquals(
                status(expected, "organisation.onboard", user, 201),
                reply.status(),
                user + " organisation.onboard");
            assertEquals(expected.equals("allow"), onboarded, "onboarded by " + user + "?");
          });
    }
    // Each user asks to move the same organisation to the other side (into Northgate PCN's area
    // when in none, out of it when in it): only an allowed change moves it.
    String moved = organisationId("Matrix Charity paula.platform " + suffix);
    for (User user : USERS) {
      String expected = policy.expect("organisation.pcn", user.roles(), "none");
      boolean wasInArea = inNorthgatePcn(moved);
      Map<String, Object> choice = new HashMap<>();
      choice.put("pcnId", wasInArea ? null : NORTHGATE_PCN);
      Reply reply = api.put(user.username(), "/organisations/" + moved + "/pcn", choice);
      boolean nowInArea = inNorthgatePcn(moved);
      checks.add(
          () -> {
            assertEquals(
                status(expected, "organisation.pcn", user, 200),
                reply.status(),
                user + " organisation.pcn " + reply);
            assertEquals(
                expected.equals("allow") != wasInArea, nowInArea, "moved by " + user + "?");
          });
    }
    assertAll(checks);
  }

  private static List<String> staffEmails() {
    List<String> emails = new ArrayList<>();
    api.get("olive.admin", "/organisations/mine/staff")
        .body()
        .forEach(m -> emails.add(m.path("email").asText()));
    return emails;
  }

  private static String staffId(String email) {
    for (JsonNode m : api.get("olive.admin", "/organisations/mine/staff").body()) {
      if (m.path("email").asText().equals(email)) {
        return m.path("id").asText();
      }
    }
    throw new AssertionError(email + " is not in Green Minds' staff");
  }

  private static String organisationId(String name) {
    for (JsonNode o : api.get("paula.platform", "/organisations").body()) {
      if (o.path("name").asText().equals(name)) {
        return o.path("id").asText();
      }
    }
    throw new AssertionError(name + " is not listed");
  }

  private static boolean inNorthgatePcn(String organisationId) {
    for (JsonNode o : api.get("paula.platform", "/organisations").body()) {
      if (o.path("id").asText().equals(organisationId)) {
        return o.path("pcn").path("id").asText().equals(NORTHGATE_PCN);
      }
    }
    throw new AssertionError(organisationId + " is not listed");
  }

  private static List<String> organisationNames() {
    List<String> names = new ArrayList<>();
    api.get("paula.platform", "/organisations")
        .body()
        .forEach(o -> names.add(o.path("name").asText()));
    return names;
  }

  // ---- expectations ----

  private static Executable expect(User user, String operation, String rel, Supplier<Reply> call) {
    return expect(user, operation, rel, call, (expected, reply) -> {});
  }

  /**
   * A person in the answer: whole, or (masked) without who they are; when whole, each sensitive
   * field there exactly when its row allows it.
   */
  private static Executable expectPerson(
      User user, String operation, String rel, Supplier<Reply> call) {
    return expect(
        user,
        operation,
        rel,
        call,
        (expected, reply) -> {
          boolean masked = expected.equals("masked");
          assertEquals(!masked, reply.body().path("shared").asBoolean(), user + " masked?");
          assertEquals(masked, reply.body().path("givenName").isNull(), "a name only if shared");
          if (!masked) {
            assertSensitiveFields(user, rel, reply.body());
          }
        });
  }

  @Test
  void messagesAnswerAsTheTableSaysAndRefusalsWriteNothing() {
    List<Executable> checks = new ArrayList<>();
    for (User user : USERS) {
      for (String referral : List.of(r1, r1Open, r2)) {
        String rel = relationshipToReferral(user, referral);
        String text = "Matrix message by " + user.username() + " on " + referral;
        String expected = policy.expect("referral.message", user.roles(), rel);
        Reply reply =
            api.post(user.username(), "/referrals/" + referral + "/messages", Map.of("text", text));
        boolean written = messagesOf(referral).contains(text);
        checks.add(
            () -> {
              assertEquals(
                  status(expected, "referral.message", user, 201),
                  reply.status(),
                  () -> user + " referral.message (" + rel + "): " + reply);
              assertEquals(expected.equals("allow"), written, "written by " + user + "?");
            });
      }
      String text = "Matrix message of " + user.username() + " as the person";
      String self = user.username().equals(MORGAN) ? "self" : "none";
      String expected = policy.expect("me.referral-message", user.roles(), self);
      Reply reply =
          api.post(user.username(), "/me/referrals/" + r2 + "/messages", Map.of("text", text));
      boolean written = messagesOf(r2).contains(text);
      // A person who is not Morgan has a record of their own (or none), but r2 is not theirs:
      // it is not found among their referrals rather than refused.
      int status = expected.equals("allow") ? 201 : user.isPerson() ? 404 : 403;
      checks.add(
          () -> {
            assertEquals(status, reply.status(), () -> user + " me.referral-message: " + reply);
            assertEquals(status == 201, written, "written by " + user + " as the person?");
          });
    }
    assertAll(checks);
  }

  /** The messages on a referral, as the referrer (who sees them all) reads them. */
  private static List<String> messagesOf(String referral) {
    List<String> messages = new ArrayList<>();
    api.get("lina.link", "/referrals/" + referral)
        .body()
        .path("timeline")
        .forEach(
            entry -> {
              if (entry.path("kind").asText().equals("MESSAGE")) {
                messages.add(entry.path("message").asText());
              }
            });
    return messages;
  }

  /**
   * The FHIR API (/fhir) answers every interaction as its own rows say, which are the rows of the
   * REST requests it mirrors: reads and searches of referrals, people, their plans, care teams and
   * the directory, for every user and relationship, and signed out. First, with the reads of the
   * REST API: later tests change how the organisations stand to the fresh people.
   */
  @Test
  void fhirInteractionsAnswerAsTheTableSays() {
    List<Executable> checks = new ArrayList<>();
    Map<String, String> goals = Map.of(p1, addGoal(p1), p2, addGoal(p2));
    Map<String, String> answers = Map.of(p1, addWellbeing(p1), p2, addWellbeing(p2));
    String p2Consent = firstConsentOf(p2);
    for (User user : USERS) {
      for (String person : List.of(p1, p2)) {
        String nhs = person.equals(p1) ? p1Nhs : p2Nhs;
        String rel = relationship(user, person);
        checks.add(
            expect(
                user,
                "fhir.patient.read",
                rel,
                () -> api.get(user.username(), "/fhir/Patient/" + person),
                (expected, reply) ->
                    assertEquals(person, reply.body().path("id").asText(), reply::toString)));
        checks.add(
            expect(
                user,
                "fhir.patient.search",
                rel,
                () ->
                    api.get(
                        user.username(),
                        "/fhir/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C" + nhs),
                (expected, reply) -> {
                  JsonNode found = reply.body().path("entry").path(0).path("resource");
                  boolean masked =
                      found.path("meta").path("security").toString().contains("MASKED");
                  assertEquals(expected.equals("masked"), masked, user + " " + rel);
                  assertEquals(!masked, found.path("name").isArray(), user + " " + rel);
                }));
        checks.add(
            expect(
                user,
                "fhir.care-plan.read",
                rel,
                () -> api.get(user.username(), "/fhir/CarePlan/" + person),
                (expected, reply) ->
                    assertEquals(person, reply.body().path("id").asText(), reply::toString)));
        checks.add(
            expectNaming(
                user,
                "fhir.care-plan.search",
                rel,
                () -> api.get(user.username(), "/fhir/CarePlan?patient=Patient/" + person),
                (expected, reply) ->
                    assertEquals(
                        person,
                        reply.body().path("entry").path(0).path("resource").path("id").asText(),
                        reply::toString)));
        String goal = goals.get(person);
        checks.add(
            expect(
                user,
                "fhir.goal.read",
                rel,
                () -> api.get(user.username(), "/fhir/Goal/" + goal),
                (expected, reply) ->
                    assertEquals(goal, reply.body().path("id").asText(), reply::toString)));
        checks.add(
            expectNaming(
                user,
                "fhir.goal.search",
                rel,
                () -> api.get(user.username(), "/fhir/Goal?patient=Patient/" + person),
                (expected, reply) -> assertTrue(reply.toString().contains(goal), reply::toString)));
        String answerSet = answers.get(person);
        checks.add(
            expect(
                user,
                "fhir.observation.read",
                rel,
                () -> api.get(user.username(), "/fhir/Observation/" + answerSet),
                (expected, reply) ->
                    assertEquals(answerSet, reply.body().path("id").asText(), reply::toString)));
        checks.add(
            expectNaming(
                user,
                "fhir.observation.search",
                rel,
                () -> api.get(user.username(), "/fhir/Observation?patient=Patient/" + person),
                (expected, reply) ->
                    assertTrue(reply.toString().contains(answerSet), reply::toString)));
        checks.add(
            expect(
                user,
                "fhir.care-team.read",
                rel,
                () -> api.get(user.username(), "/fhir/CareTeam/" + person),
                (expected, reply) ->
                    assertEquals(person, reply.body().path("id").asText(), reply::toString)));
        checks.add(
            expectNaming(
                user,
                "fhir.care-team.search",
                rel,
                () -> api.get(user.username(), "/fhir/CareTeam?patient=Patient/" + person),
                (expected, reply) ->
                    assertEquals(
                        person,
                        reply.body().path("entry").path(0).path("resource").path("id").asText(),
                        reply::toString)));
        checks.add(
            expectNaming(
                user,
                "fhir.consent.search",
                rel,
                () -> api.get(user.username(), "/fhir/Consent?patient=Patient/" + person),
                (expected, reply) ->
                    assertTrue(reply.body().path("entry").size() > 0, reply::toString)));
        checks.add(
            expectNaming(
                user,
                "fhir.audit-event.search",
                rel,
                () -> api.get(user.username(), "/fhir/AuditEvent?patient=Patient/" + person),
                (expected, reply) ->
                    assertTrue(reply.body().path("entry").size() > 0, reply::toString)));
        Reply search =
            api.get(user.username(), "/fhir/ServiceRequest?_count=100&patient=Patient/" + person);
        boolean searches =
            PolicyText.RELATIONSHIPS.stream()
                .anyMatch(
                    r ->
                        !policy
                            .expect("fhir.service-request.search", user.roles(), r)
                            .equals("deny"));
        checks.add(
            () -> {
              assertEquals(searches ? 200 : 403, search.status(), user + " " + search);
              if (search.status() != 200) {
                return;
              }
              for (String referral : List.of(r1, r1Open, r2)) {
                boolean about = person.equals(p1) != referral.equals(r2);
                String row =
                    policy.expect(
                        "fhir.service-request.search",
                        user.roles(),
                        relationshipToReferral(user, referral));
                JsonNode found = null;
                for (JsonNode entry : search.body().path("entry")) {
                  if (entry.path("resource").path("id").asText().equals(referral)) {
                    found = entry.path("resource");
                  }
                }
                assertEquals(
                    about && !row.equals("deny"), found != null, user + " " + referral + " " + row);
                if (found != null) {
                  assertEquals(
                      row.equals("masked"),
                      !found.path("subject").has("reference"),
                      user + " " + referral + " masked?");
                  // a search builds each resource from the page's columns, a read from the
                  // referral's whole view: the same resource, for every cell of the matrix
                  Reply read = api.get(user.username(), "/fhir/ServiceRequest/" + referral);
                  assertEquals(200, read.status(), user + " " + read);
                  assertEquals(read.body(), found, user + " " + referral + " searched and read");
                }
              }
            });
      }
      for (String referral : List.of(r1, r1Open, r2)) {
        String rel = relationshipToReferral(user, referral);
        checks.add(
            expect(
                user,
                "fhir.service-request.read",
                rel,
                () -> api.get(user.username(), "/fhir/ServiceRequest/" + referral),
                (expected, reply) -> {
                  boolean masked = expected.equals("masked");
                  assertEquals(!masked, reply.body().path("subject").has("reference"));
                  assertEquals(masked, !reply.body().has("reasonCode"), "reason withheld");
                }));
        checks.add(
            expect(
                user,
                "fhir.task.read",
                rel,
                () -> api.get(user.username(), "/fhir/Task/" + referral),
                (expected, reply) ->
                    assertEquals(
                        !expected.equals("masked"), reply.body().path("for").has("reference"))));
        String taskRow = policy.expect("fhir.task.search", user.roles(), rel);
        boolean searchesTasks =
            PolicyText.RELATIONSHIPS.stream()
                .anyMatch(r -> !policy.expect("fhir.task.search", user.roles(), r).equals("deny"));
        Reply tasks = api.get(user.username(), "/fhir/Task?focus=ServiceRequest/" + referral);
        checks.add(
            () -> {
              assertEquals(searchesTasks ? 200 : 403, tasks.status(), user + " " + tasks);
              if (tasks.status() == 200) {
                JsonNode found = tasks.body().path("entry").path(0).path("resource");
                assertEquals(
                    !taskRow.equals("deny"), !found.isMissingNode(), user + " " + referral);
                if (!found.isMissingNode()) {
                  assertEquals(
                      taskRow.equals("masked"),
                      !found.path("for").has("reference"),
                      user + " " + referral + " masked?");
                }
              }
            });
        checks.add(
            expect(
                user,
                "fhir.procedure.read",
                rel,
                () -> api.get(user.username(), "/fhir/Procedure/" + referral + "-referred"),
                (expected, reply) ->
                    assertEquals(
                        !expected.equals("masked"),
                        reply.body().path("subject").has("reference"),
                        reply::toString)));
        String eventRow = policy.expect("fhir.procedure.search", user.roles(), rel);
        boolean searchesEvents =
            PolicyText.RELATIONSHIPS.stream()
                .anyMatch(
                    r -> !policy.expect("fhir.procedure.search", user.roles(), r).equals("deny"));
        String about = referral.equals(r2) ? p2 : p1;
        Reply events = api.get(user.username(), "/fhir/Procedure?patient=Patient/" + about);
        checks.add(
            () -> {
              assertEquals(searchesEvents ? 200 : 403, events.status(), user + " " + events);
              if (events.status() == 200) {
                JsonNode found = null;
                for (JsonNode entry : events.body().path("entry")) {
                  if (entry.path("resource").path("id").asText().equals(referral + "-referred")) {
                    found = entry.path("resource");
                  }
                }
                assertEquals(!eventRow.equals("deny"), found != null, user + " " + referral);
                if (found != null) {
                  assertEquals(
                      eventRow.equals("masked"),
                      !found.path("subject").has("reference"),
                      user + " " + referral + " masked?");
                }
              }
            });
      }
      checks.add(
          expect(
              user,
              "fhir.consent.read",
              relationship(user, p2),
              () -> api.get(user.username(), "/fhir/Consent/" + p2Consent),
              (expected, reply) ->
                  assertEquals(p2Consent, reply.body().path("id").asText(), reply::toString)));
      checks.add(
          expect(
              user,
              "fhir.directory.read",
              "none",
              () -> api.get(user.username(), "/fhir/HealthcareService/" + WALKING)));
      checks.add(
          expect(
              user,
              "fhir.directory.read",
              "none",
              () -> api.get(user.username(), "/fhir/Organization/" + MONEY_MATTERS)));
      checks.add(
          expect(
              user,
              "fhir.directory.search",
              "none",
              () -> api.get(user.username(), "/fhir/HealthcareService?name=debt")));
      checks.add(
          expect(
              user,
              "fhir.directory.search",
              "none",
              () -> api.get(user.username(), "/fhir/Organization?name=money")));
      checks.add(
          expect(
              user,
              "fhir.directory.search",
              "none",
              () -> api.get(user.username(), "/fhir/Location?name=a")));
      checks.add(
          expect(user, "fhir.metadata", "none", () -> api.get(user.username(), "/fhir/metadata")));
    }
    String open = policy.expect("fhir.metadata", Set.of(), "none");
    Reply metadata = api.get(null, "/fhir/metadata");
    checks.add(
        () ->
            assertEquals(
                status(open, "fhir.metadata", null, 200),
                metadata.status(),
                "signed out metadata"));
    for (String path :
        List.of(
            "/fhir/Patient/" + p1,
            "/fhir/Patient?identifier=" + p1Nhs,
            "/fhir/ServiceRequest/" + r1,
            "/fhir/ServiceRequest?patient=Patient/" + p1,
            "/fhir/Task/" + r1,
            "/fhir/Task?patient=Patient/" + p1,
            "/fhir/Consent?patient=Patient/" + p1,
            "/fhir/AuditEvent?patient=Patient/" + p1,
            "/fhir/CarePlan/" + p1,
            "/fhir/CarePlan?patient=Patient/" + p1,
            "/fhir/Goal?patient=Patient/" + p1,
            "/fhir/CareTeam/" + p1,
            "/fhir/HealthcareService/" + WALKING,
            "/fhir/HealthcareService?name=debt",
            "/fhir/Organization/" + MONEY_MATTERS,
            "/fhir/Organization?name=money",
            "/fhir/Location?name=a")) {
      Reply reply = api.get(null, path);
      checks.add(() -> assertEquals(401, reply.status(), "signed out " + path));
    }
    assertAll(checks);
  }

  /**
   * A BaRS referral request ({@code POST /fhir/$process-message}) is only a partner system's: every
   * user is refused (and makes nothing); Riverside Surgery's GP system is answered for someone it
   * has no part in (registered by Lina) and for someone in its care team (registered by its GP), as
   * the {@code bars.process-message} row says.
   */
  @Test
  void barsMessagesAnswerAsTheTableSaysAndRefusalsMakeNothing() throws Exception {
    List<Executable> checks = new ArrayList<>();
    for (User user : USERS) {
      String messageId = UUID.randomUUID().toString();
      String rel = relationship(user, p1);
      checks.add(
          expect(
              user,
              "bars.process-message",
              rel,
              () ->
                  api.post(
                      user.username(),
                      BarsRequests.PROCESS_MESSAGE,
                      BarsRequests.request(messageId, p1Nhs, WALKING))));
      checks.add(
          () ->
              assertEquals(
                  0,
                  stack.count("select count(*) from bars_message where message_id = ?", messageId),
                  user.username() + "'s refused message made nothing"));
    }
    User partner = new User(Tokens.PARTNER_SYSTEM, "partner-system", "riverside-surgery");
    String gpsOwn = Demo.freshNhsNumber();
    Map<String, Object> registration = People.registration("Matrix", "Three", "1970-01-01");
    registration.put("nhsNumber", gpsOwn);
    People.register(api, "gary.gp", registration);
    // Someone of its own for "none": a referral it sends makes it the sender, and p1 must stay
    // none.
    String strangerNhs = Demo.freshNhsNumber();
    register(strangerNhs, "Matrix", "Stranger", false);
    for (var about : Map.of(strangerNhs, "none", gpsOwn, "care team").entrySet()) {
      String messageId = UUID.randomUUID().toString();
      checks.add(
          expect(
              partner,
              "bars.process-message",
              about.getValue(),
              () ->
                  api.post(
                      partner.username(),
                      BarsRequests.PROCESS_MESSAGE,
                      BarsRequests.request(messageId, about.getKey(), WALKING)),
              (expected, reply) ->
                  assertEquals("Bundle", reply.body().path("resourceType").asText())));
    }
    // Reading back (fhir.service-request.*, fhir.task.*, fhir.procedure.*): what its
    // organisation sent, as the sender; never another organisation's referral (none). A partner
    // system without system/Task.read or system/Procedure.read is refused those for the scope
    // before any row is looked at.
    Reply acknowledged =
        api.post(
            partner.username(),
            BarsRequests.PROCESS_MESSAGE,
            BarsRequests.request(UUID.randomUUID().toString(), gpsOwn, WALKING));
    assertEquals(200, acknowledged.status(), acknowledged::toString);
    String itsOwn = null;
    for (JsonNode entry : acknowledged.body().path("entry")) {
      if (entry.path("resource").path("resourceType").asText().equals("ServiceRequest")) {
        itsOwn = entry.path("resource").path("id").asText();
      }
    }
    String sent = itsOwn;
    checks.add(
        expect(
            partner,
            "fhir.service-request.read",
            "sender",
            () -> api.get(partner.username(), "/fhir/ServiceRequest/" + sent),
            (expected, reply) -> assertEquals(sent, reply.body().path("id").asText())));
    checks.add(
        expect(
            partner,
            "fhir.service-request.read",
            "none",
            () -> api.get(partner.username(), "/fhir/ServiceRequest/" + r1)));
    Reply search =
        api.get(
            partner.username(),
            "/fhir/ServiceRequest?_count=100&requester=Organization/" + RIVERSIDE_SURGERY);
    String searchRow = policy.expect("fhir.service-request.search", partner.roles(), "sender");
    checks.add(
        () -> {
          assertEquals(
              status(searchRow, "fhir.service-request.search", partner, 200),
              search.status(),
              search::toString);
          assertEquals(
              !searchRow.equals("deny"), search.toString().contains(sent), "its own found");
          assertFalse(search.toString().contains(r1), "another's never");
        });
    for (var about : Map.of(sent, "sender", r1, "none").entrySet()) {
      String referral = about.getKey();
      checks.add(
          expect(
              partner,
              "fhir.task.read",
              about.getValue(),
              () -> api.get(partner.username(), "/fhir/Task/" + referral),
              (expected, reply) -> assertEquals(referral, reply.body().path("id").asText())));
      checks.add(
          expect(
              partner,
              "fhir.procedure.read",
              about.getValue(),
              () -> api.get(partner.username(), "/fhir/Procedure/" + referral + "-referred"),
              (expected, reply) ->
                  assertEquals(referral + "-referred", reply.body().path("id").asText())));
    }
    Reply tasks = api.get(partner.username(), "/fhir/Task?focus=" + sent);
    String taskRow = policy.expect("fhir.task.search", partner.roles(), "sender");
    checks.add(
        () -> {
          assertEquals(
              status(taskRow, "fhir.task.search", partner, 200), tasks.status(), tasks::toString);
          assertEquals(!taskRow.equals("deny"), tasks.toString().contains(sent), "its own task");
        });
    Accounts.referringOnlyPartner(stack, api);
    String referrer = Tokens.PARTNER_WITHOUT_POLLING;
    for (String path : List.of("/fhir/Task/" + sent, "/fhir/Task?focus=" + sent)) {
      Reply task = api.get(referrer, path);
      checks.add(() -> assertEquals(403, task.status(), "no system/Task.read: " + task));
    }
    for (String path :
        List.of(
            "/fhir/Procedure/" + sent + "-referred",
            "/fhir/Procedure?patient:identifier=" + gpsOwn)) {
      Reply event = api.get(referrer, path);
      checks.add(() -> assertEquals(403, event.status(), "no system/Procedure.read: " + event));
    }
    assertAll(checks);
  }

  /** The person's sensitive fields as the field rows say for this user and relationship. */
  private static void assertSensitiveFields(User user, String rel, JsonNode person) {
    boolean notes = policy.expect("field.safeguarding-notes", user.roles(), rel).equals("allow");
    boolean restricted = person.path("restricted").asBoolean();
    boolean address =
        !restricted || policy.expect("field.restricted-address", user.roles(), rel).equals("allow");
    String withheld = person.path("withheld").toString();
    String who = user.username() + " (" + rel + ")";
    assertEquals(notes, person.path("safeguardingNotes").isArray(), who + " shown the notes?");
    assertEquals(!notes, withheld.contains("safeguardingNotes"), who + " " + withheld);
    assertEquals(address, person.path("address").isObject(), who + " shown the address?");
    assertEquals(!address, withheld.contains("\"address\""), who + " " + withheld);
    boolean ethnicity = policy.expect("field.ethnicity", user.roles(), rel).equals("allow");
    assertEquals(ethnicity, person.path("ethnicity").isObject(), who + " shown the ethnicity?");
    assertEquals(!ethnicity, withheld.contains("\"ethnicity\""), who + " " + withheld);
    boolean sex = policy.expect("field.sex", user.roles(), rel).equals("allow");
    assertEquals(sex, person.path("sex").isObject(), who + " shown the sex?");
    assertEquals(!sex, withheld.contains("\"sex\""), who + " " + withheld);
  }

  /**
   * The person states their sex and removes it again, at the version they were shown; no one else
   * has a sex of their own here (403).
   */
  private static Executable mySex(User user, String self) {
    Reply me = api.get(user.username(), "/me");
    String version = me.status() == 200 ? me.body().path("sex").path("version").asText() : "0";
    Map<String, String> ifMatch = Map.of("If-Match", "\"" + version + "\"");
    String expected = policy.expect("me.sex", user.roles(), self);
    Reply stated = api.send(user.username(), "PUT", "/me/sex", Map.of("code", "X"), ifMatch);
    Reply cleared =
        stated.status() == 200
            ? api.send(
                user.username(),
                "DELETE",
                "/me/sex",
                null,
                Map.of(
                    "If-Match", "\"" + stated.body().path("sex").path("version").asText() + "\""))
            : api.send(user.username(), "DELETE", "/me/sex", null, ifMatch);
    return () -> {
      assertEquals(
          status(expected, "me.sex", user, 200), stated.status(), user + " me.sex " + stated);
      assertEquals(
          status(expected, "me.sex", user, 200), cleared.status(), user + " me.sex " + cleared);
      if (stated.status() == 200) {
        assertEquals("X", stated.body().path("sex").path("code").asText());
        assertTrue(cleared.body().path("sex").path("code").isNull(), "removed");
      }
    };
  }

  /**
   * The person states their ethnic group and removes it again, at the version they were shown; no
   * one else has an ethnic group of their own here (403).
   */
  private static Executable myEthnicity(User user, String self) {
    Reply me = api.get(user.username(), "/me");
    String version =
        me.status() == 200 ? me.body().path("ethnicity").path("version").asText() : "0";
    Map<String, String> ifMatch = Map.of("If-Match", "\"" + version + "\"");
    String expected = policy.expect("me.ethnicity", user.roles(), self);
    Reply stated =
        api.send(user.username(), "PUT", "/me/ethnicity", Map.of("category", "Z"), ifMatch);
    Reply cleared =
        stated.status() == 200
            ? api.send(
                user.username(),
                "DELETE",
                "/me/ethnicity",
                null,
                Map.of(
                    "If-Match",
                    "\"" + stated.body().path("ethnicity").path("version").asText() + "\""))
            : api.send(user.username(), "DELETE", "/me/ethnicity", null, ifMatch);
    return () -> {
      assertEquals(
          status(expected, "me.ethnicity", user, 200),
          stated.status(),
          user + " me.ethnicity " + stated);
      assertEquals(
          status(expected, "me.ethnicity", user, 200),
          cleared.status(),
          user + " me.ethnicity " + cleared);
      if (stated.status() == 200) {
        assertEquals("Z", stated.body().path("ethnicity").path("category").asText());
        assertTrue(cleared.body().path("ethnicity").path("category").isNull(), "removed");
      }
    };
  }

  /** A referral in the answer: whole, or (masked) without the person and the reason. */
  private static Executable expectReferral(
      User user, String operation, String rel, Supplier<Reply> call) {
    return expect(
        user,
        operation,
        rel,
        call,
        (expected, reply) -> {
          boolean masked = expected.equals("masked");
          assertEquals(!masked, reply.body().path("person").path("shared").asBoolean());
          assertEquals(masked, reply.body().path("reason").isNull(), "reason withheld when masked");
          if (!masked) {
            assertSensitiveFields(user, rel, reply.body().path("person"));
          }
        });
  }

  /**
   * Sends the request now and returns the check: the status the table expects and, for an answer
   * with a body, what {@code body} says about it.
   */
  private static Executable expect(
      User user,
      String operation,
      String rel,
      Supplier<Reply> call,
      BiConsumer<String, Reply> body) {
    String expected = policy.expect(operation, user.roles(), rel);
    Reply reply = call.get();
    return () -> {
      assertEquals(
          status(expected, operation, user, 200),
          reply.status(),
          () -> user.username() + " " + operation + " (" + rel + "): " + reply);
      if (reply.status() == 200) {
        body.accept(expected, reply);
      }
    };
  }

  /**
   * A FHIR search that names one person: a person the caller may not know of is found as no one is
   * (200, an empty bundle), so the answer does not say they are known here; a role the row does not
   * list is refused (403).
   */
  private static Executable expectNaming(
      User user,
      String operation,
      String rel,
      Supplier<Reply> call,
      BiConsumer<String, Reply> body) {
    String expected = policy.expect(operation, user.roles(), rel);
    boolean hidden = expected.equals("deny") && policy.refusal(operation, user.roles()) == 404;
    int status = expected.equals("deny") && !hidden ? 403 : 200;
    Reply reply = call.get();
    return () -> {
      assertEquals(
          status,
          reply.status(),
          () -> user.username() + " " + operation + " (" + rel + "): " + reply);
      if (hidden) {
        assertEquals(0, reply.body().path("entry").size(), () -> user + " found no one: " + reply);
      } else if (reply.status() == 200) {
        body.accept(expected, reply);
      }
    };
  }

  /** A list answers 200 to a role the table lists for it, whatever its rows; else 403. */
  private static Executable listExpectation(User user, String operation, String path) {
    boolean listed =
        PolicyText.RELATIONSHIPS.stream()
            .anyMatch(rel -> !policy.expect(operation, user.roles(), rel).equals("deny"));
    Reply reply = api.get(user.username(), path);
    return () -> assertEquals(listed ? 200 : 403, reply.status(), user.username() + " " + path);
  }

  /**
   * The status the table expects: the request's own when allowed; when denied, 404 for a role the
   * row lists (its refusal depends on the record, and is answered as a record that does not exist)
   * and 403 for a role it does not (or a caller signed out: {@code user} null).
   */
  /** The id of the first consent FHIR lists for {@code person}, as their care team reads it. */
  private static String firstConsentOf(String person) {
    return api.get(MORGAN, "/fhir/Consent?patient=Patient/" + person)
        .body()
        .path("entry")
        .path(0)
        .path("resource")
        .path("id")
        .asText();
  }

  private static int status(String expected, String operation, User user, int allowed) {
    return expected.equals("deny")
        ? policy.refusal(operation, user == null ? Set.of() : user.roles())
        : allowed;
  }

  private static String shared(JsonNode list, String referral) {
    for (JsonNode r : list) {
      if (r.path("id").asText().equals(referral)) {
        return r.path("person").path("shared").asText();
      }
    }
    return "missing";
  }

  // ---- the fixture ----

  private static String register(String nhs, String given, String family, boolean restricted) {
    Map<String, Object> registration = People.registration(given, family, "1970-01-01");
    registration.put("nhsNumber", nhs);
    registration.put("address", Map.of("lines", List.of("1 Matrix Road"), "postcode", "NG1 1AA"));
    registration.put("restricted", restricted);
    return People.register(api, "lina.link", registration).id();
  }

  private static String refer(String person, String service) {
    return Referrals.send(api, person, service, "Matrix referral");
  }
}
