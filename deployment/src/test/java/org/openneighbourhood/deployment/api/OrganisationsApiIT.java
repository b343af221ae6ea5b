package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Api.PROBLEM;
import static org.openneighbourhood.deployment.stack.Demo.GREEN_MINDS;
import static org.openneighbourhood.deployment.stack.Demo.NORTHGATE_PCN;
import static org.openneighbourhood.deployment.stack.Demo.RIVERSIDE_SURGERY;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.local.MailCatcher;
import org.openneighbourhood.deployment.stack.Accounts;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.RunningStack;

/**
 * Organisations and their people through the API, against the real Keycloak: the organisation a
 * user acts for is checked against their memberships on every request; admins invite and deactivate
 * staff; a platform admin onboards an organisation. Invitations are read from the SMTP server
 * Keycloak really sent them to.
 */
@ExtendWith(RunningStack.class)
@Tag("organisations")
class OrganisationsApiIT {

  static LocalStack stack;
  static Api api;

  @BeforeAll
  static void connect(LocalStack running) {
    stack = running;
    api = new Api(running);
  }

  @Test
  void someoneInSeveralOrganisationsActsForOneOfTheirsAndOnlyTheirs() {
    Reply mine = api.get("liam.link", "/organisations/mine");
    assertEquals(200, mine.status(), mine::toString);
    assertEquals(List.of("green-minds", "northgate-pcn"), aliases(mine.body()));

    Reply unchosen = api.get("liam.link", "/referrals/inbox");
    assertEquals(403, unchosen.status());
    assertEquals(PROBLEM + "no-acting-organisation", unchosen.problemType());

    assertEquals(200, api.actingFor("green-minds").get("liam.link", "/referrals/inbox").status());
    assertEquals(200, api.actingFor("northgate-pcn").get("liam.link", "/referrals/sent").status());
    Reply notTheirs = api.actingFor("money-matters").get("liam.link", "/referrals/inbox");
    assertEquals(403, notTheirs.status());
    assertEquals(PROBLEM + "forbidden", notTheirs.problemType());
  }

  @Test
  void aServiceTokenKeycloakStopsTakingIsReplacedInsteadOfFailingRequests()
      throws InterruptedException {
    assertEquals(200, api.get("lina.link", "/referrals/sent").status(), "the API holds a token");
    // "Not before" counts whole seconds: the token the API holds must be from an earlier one.
    Thread.sleep(1_100);
    stack.refuseRealmTokensIssuedUntilNow();
    try {
      Reply after = api.get("lina.link", "/referrals/sent");
      assertEquals(200, after.status(), "memberships read with a fresh token: " + after);
    } finally {
      stack.acceptRealmTokensAgain();
    }
  }

  /**
   * Keycloak's own admin-cli client takes no passwords in the realm: a password grant with a real
   * user's right password through it is refused, so passwords are typed into Keycloak's page only.
   */
  @Test
  void theRealmsAdminCliTakesNoPasswords() throws Exception {
    java.net.http.HttpResponse<String> answer =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(stack.tokenEndpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            "grant_type=password&client_id=admin-cli&username=lina.link"
                                + "&password=demo-password"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertTrue(answer.statusCode() == 400 || answer.statusCode() == 401, answer::body);
    assertTrue(answer.body().contains("unauthorized_client"), answer::body);
  }

  @Test
  void deactivationEndsWhatTheTokenStillClaimsAndTheAccountCannotSignInAgain() {
    String username = "max.member." + suffix();
    stack.provision(Accounts.staffMember(username, "green-minds"));
    Api asMax = api.actingFor("green-minds");
    assertEquals(200, asMax.get(username, "/referrals/inbox").status(), "a member works");

    String id = Accounts.staffId(api, username + "@green-minds.example");
    Reply deactivated =
        api.post("olive.admin", "/organisations/mine/staff/" + id + "/deactivate", null);
    assertEquals(200, deactivated.status(), deactivated::toString);
    assertFalse(deactivated.body().path("active").asBoolean(), "their only organisation: disabled");

    Reply sameToken = asMax.get(username, "/referrals/inbox");
    assertEquals(401, sameToken.status(), "the token's session ended with the deactivation");
    assertEquals(PROBLEM + "session-ended", sameToken.problemType());
    assertFalse(api.tokens().canSignIn(username), "a deactivated account cannot sign in");
  }

  @Test
  void anAdminCannotDeactivateThemselvesOrSomeoneFromAnotherOrganisation() {
    String olive = Accounts.staffId(api, "olive.admin@green-minds.example");
    Reply self =
        api.post("olive.admin", "/organisations/mine/staff/" + olive + "/deactivate", null);
    assertEquals(400, self.status(), self::toString);
    assertTrue(self.hasFieldError("userId"));
    Reply stranger =
        api.post(
            "olive.admin",
            "/organisations/mine/staff/00000000-0000-0000-0000-000000000000/deactivate",
            null);
    assertEquals(404, stranger.status(), stranger::toString);
    Reply notAnId =
        api.post("olive.admin", "/organisations/mine/staff/..%2F..%2Fusers/deactivate", null);
    assertEquals(404, notAnId.status(), notAnId::toString);
  }

  @Test
  void anInvitationIsEmailedWithALinkToSetAPasswordAndRolesFollowTheKindOfOrganisation() {
    String email = "nia.new." + suffix() + "@green-minds.example";
    Reply invited =
        api.post(
            "olive.admin",
            "/organisations/mine/staff",
            Map.of(
                "firstName",
                "Nia",
                "lastName",
                "New",
                "email",
                email,
                "roles",
                List.of("vcfse-staff")));
    assertEquals(201, invited.status(), invited::toString);
    assertTrue(invited.body().path("invited").asBoolean(), "waiting for a password");
    assertEquals(List.of("vcfse-staff"), texts(invited.body().path("roles")));

    List<MailCatcher.Mail> mail = stack.mail().receivedBy(email);
    assertEquals(1, mail.size(), "one invitation");
    assertTrue(
        mail.get(0).links().stream().anyMatch(l -> l.contains("/login-actions/action-token")),
        mail.get(0)::toString);

    Map<String, Object> nullRole = new HashMap<>();
    nullRole.put("firstName", "Nia");
    nullRole.put("lastName", "Null");
    nullRole.put("email", "nia.null." + suffix() + "@green-minds.example");
    nullRole.put("roles", Arrays.asList("vcfse-staff", null));
    Reply refused = api.post("olive.admin", "/organisations/mine/staff", nullRole);
    assertEquals(400, refused.status(), refused::toString);
    assertTrue(refused.hasFieldError("roles"), refused::toString);

    Reply gpRole =
        api.post(
            "olive.admin",
            "/organisations/mine/staff",
            Map.of(
                "firstName",
                "Gil",
                "lastName",
                "GP",
                "email",
                "gil." + email,
                "roles",
                List.of("gp-staff")));
    assertEquals(400, gpRole.status());
    assertTrue(gpRole.hasFieldError("roles"), "a VCFSE cannot hand out gp-staff");
    Reply platform =
        api.post(
            "olive.admin",
            "/organisations/mine/staff",
            Map.of(
                "firstName",
                "Pia",
                "lastName",
                "P",
                "email",
                "pia." + email,
                "roles",
                List.of("platform-admin")));
    assertEquals(400, platform.status());
    Reply badEmail =
        api.post(
            "olive.admin",
            "/organisations/mine/staff",
            Map.of(
                "firstName", "", "lastName", "X", "email", "not-an-address", "roles", List.of()));
    assertEquals(400, badEmail.status());
    assertEquals("application/problem+json", badEmail.contentType());
    assertTrue(badEmail.hasFieldError("email"));
    assertTrue(badEmail.hasFieldError("firstName"));
    assertTrue(stack.mail().receivedBy("gil." + email).isEmpty(), "nothing sent when refused");
  }

  @Test
  void aPlatformAdminOnboardsAGpPracticeByItsOdsCodeWithItsFirstAdmin() {
    String suffix = suffix();
    String name = "Hillside Surgery " + suffix;
    String admin = "hana.hill." + suffix + "@hillside.example";
    Reply onboarded =
        api.post(
            "paula.platform",
            "/organisations",
            Map.of(
                "name",
                name,
                "sector",
                "GP_PRACTICE",
                "odsCode",
                "y" + suffix.substring(0, 5),
                "adminFirstName",
                "Hana",
                "adminLastName",
                "Hill",
                "adminEmail",
                admin));
    assertEquals(201, onboarded.status(), onboarded::toString);
    assertEquals("Y" + suffix.substring(0, 5), onboarded.body().path("odsCode").asText());
    assertTrue(names(api.get("lina.link", "/organisations").body()).contains(name));
    assertEquals(1, stack.mail().receivedBy(admin).size(), "the first admin is invited");

    Reply again =
        api.post(
            "paula.platform",
            "/organisations",
            Map.of(
                "name", name.toUpperCase(),
                "sector", "GP_PRACTICE",
                "odsCode", "Y12345",
                "adminFirstName", "A",
                "adminLastName", "B",
                "adminEmail", "other." + admin));
    assertEquals(400, again.status());
    assertTrue(again.hasFieldError("name"), "the same name twice");
  }

  @Test
  void onboardingRefusesIdentifiersTheKindOfOrganisationNeeds() {
    Map<String, Object> practice =
        Map.of(
            "name", "Nowhere Surgery " + suffix(),
            "sector", "GP_PRACTICE",
            "odsCode", "12",
            "adminFirstName", "A",
            "adminLastName", "B",
            "adminEmail", "a.b." + suffix() + "@nowhere.example");
    Reply badOds = api.post("paula.platform", "/organisations", practice);
    assertEquals(400, badOds.status(), badOds::toString);
    assertTrue(badOds.hasFieldError("odsCode"));

    Map<String, Object> charity =
        Map.of(
            "name", "Nameless Charity " + suffix(),
            "sector", "VCFSE",
            "adminFirstName", "A",
            "adminLastName", "B",
            "adminEmail", "c.d." + suffix() + "@nameless.example");
    Reply noNumber = api.post("paula.platform", "/organisations", charity);
    assertEquals(400, noNumber.status());
    assertTrue(noNumber.hasFieldError("charityNumber"));
    assertFalse(names(api.get("lina.link", "/organisations").body()).contains(charity.get("name")));

    Map<String, Object> oddName = new HashMap<>(practice);
    oddName.put("odsCode", "Y" + suffix().substring(0, 5));
    oddName.put("adminFirstName", "A=B");
    oddName.put("adminLastName", "50% \\ off");
    Reply refusedName = api.post("paula.platform", "/organisations", oddName);
    assertEquals(400, refusedName.status(), "a field error, not Keycloak's refusal as a 503");
    assertTrue(refusedName.hasFieldError("adminFirstName"), refusedName::toString);
    assertTrue(refusedName.hasFieldError("adminLastName"), refusedName::toString);
    Reply invited =
        api.actingFor("green-minds")
            .post(
                "olive.admin",
                "/organisations/mine/staff",
                Map.of(
                    "firstName",
                    "Per%cent",
                    "lastName",
                    "Worker",
                    "email",
                    "per.cent." + suffix() + "@green-minds.example",
                    "roles",
                    List.of("vcfse-staff")));
    assertEquals(400, invited.status(), invited::toString);
    assertTrue(invited.hasFieldError("firstName"), invited::toString);
  }

  @Test
  void aPracticeIsOnboardedIntoItsPcnsAreaWhichThePlatformAdminChangesLater() {
    Reply areas = api.get("cara.commissioner", "/organisations/areas");
    assertEquals(200, areas.status(), areas::toString);
    assertTrue(names(areas.body()).contains("Northgate Primary Care Network"), areas::toString);
    assertFalse(names(areas.body()).contains("Riverside Surgery"), "areas are PCNs only");
    assertEquals(NORTHGATE_PCN, pcnOf("Riverside Surgery").path("id").asText(), "demo practice");
    assertEquals(
        "Northgate Primary Care Network", pcnOf("Green Minds Wellbeing").path("name").asText());
    assertTrue(
        pcnOf("Northgate Primary Care Network").path("id").isMissingNode(),
        "a PCN is an area itself");

    String suffix = suffix();
    String practice = "Brookside Surgery " + suffix;
    Map<String, Object> request = new HashMap<>(practiceNamed(practice, suffix));
    request.put("pcnId", NORTHGATE_PCN);
    Reply onboarded = api.post("paula.platform", "/organisations", request);
    assertEquals(201, onboarded.status(), onboarded::toString);
    assertEquals(NORTHGATE_PCN, onboarded.body().path("pcn").path("id").asText());
    assertEquals(
        "Northgate Primary Care Network", onboarded.body().path("pcn").path("name").asText());
    assertEquals(NORTHGATE_PCN, pcnOf(practice).path("id").asText(), "listed in its area");

    String southside = "Southside PCN " + suffix;
    Reply pcn =
        api.post(
            "paula.platform",
            "/organisations",
            Map.of(
                "name",
                southside,
                "sector",
                "PCN",
                "odsCode",
                "U" + suffix.substring(0, 5),
                "adminFirstName",
                "Sol",
                "adminLastName",
                "South",
                "adminEmail",
                "sol.south." + suffix + "@southside.example"));
    assertEquals(201, pcn.status(), pcn::toString);
    String southsideId = pcn.body().path("id").asText();
    assertTrue(
        names(api.get("paula.platform", "/organisations/areas").body()).contains(southside),
        "a new PCN is a new area");

    String id = onboarded.body().path("id").asText();
    Reply moved =
        api.put("paula.platform", "/organisations/" + id + "/pcn", Map.of("pcnId", southsideId));
    assertEquals(200, moved.status(), moved::toString);
    assertEquals(southside, moved.body().path("pcn").path("name").asText());
    assertEquals(southsideId, pcnOf(practice).path("id").asText());

    Map<String, Object> none = new HashMap<>();
    none.put("pcnId", null);
    Reply left = api.put("paula.platform", "/organisations/" + id + "/pcn", none);
    assertEquals(200, left.status(), left::toString);
    assertTrue(left.body().path("pcn").path("id").isMissingNode(), left::toString);
    assertTrue(pcnOf(practice).path("id").isMissingNode(), "in no area now");
  }

  @Test
  void anAreaIsOnlyEverAPcnsAndAnythingElseIsAFieldError() {
    String suffix = suffix();
    String riverside = RIVERSIDE_SURGERY;
    for (String pcnId : List.of(riverside, UUID.randomUUID().toString(), "nonsense")) {
      String name = "Nowhere Surgery " + suffix + " " + pcnId.substring(0, 4);
      Map<String, Object> request = new HashMap<>(practiceNamed(name, suffix));
      request.put("pcnId", pcnId);
      Reply refused = api.post("paula.platform", "/organisations", request);
      assertEquals(400, refused.status(), refused::toString);
      assertEquals("application/problem+json", refused.contentType());
      assertTrue(refused.hasFieldError("pcnId"), refused::toString);
      assertFalse(names(api.get("paula.platform", "/organisations").body()).contains(name));
    }
    Reply notAPcn =
        api.post(
            "paula.platform",
            "/organisations",
            Map.of(
                "name",
                "Sheltered Surgery " + suffix,
                "sector",
                "GP_PRACTICE",
                "odsCode",
                "Y" + suffix.substring(0, 5),
                "pcnId",
                riverside,
                "adminFirstName",
                "A",
                "adminLastName",
                "B",
                "adminEmail",
                "a.b." + suffix + "@sheltered.example"));
    assertEquals(400, notAPcn.status(), notAPcn::toString);
    assertTrue(
        notAPcn.body().toString().contains("Riverside Surgery is not a primary care network"),
        notAPcn::toString);
    Reply pcnInAnArea =
        api.post(
            "paula.platform",
            "/organisations",
            Map.of(
                "name",
                "Inner PCN " + suffix,
                "sector",
                "PCN",
                "odsCode",
                "U" + suffix.substring(0, 5),
                "pcnId",
                NORTHGATE_PCN,
                "adminFirstName",
                "A",
                "adminLastName",
                "B",
                "adminEmail",
                "c.d." + suffix + "@inner.example"));
    assertEquals(400, pcnInAnArea.status(), pcnInAnArea::toString);
    assertTrue(pcnInAnArea.hasFieldError("pcnId"), pcnInAnArea::toString);

    Reply intoAPractice =
        api.put(
            "paula.platform", "/organisations/" + GREEN_MINDS + "/pcn", Map.of("pcnId", riverside));
    assertEquals(400, intoAPractice.status(), intoAPractice::toString);
    assertTrue(intoAPractice.hasFieldError("pcnId"), intoAPractice::toString);
    assertEquals(NORTHGATE_PCN, pcnOf("Green Minds Wellbeing").path("id").asText(), "unchanged");

    Reply nobody =
        api.put(
            "paula.platform",
            "/organisations/" + UUID.randomUUID() + "/pcn",
            Map.of("pcnId", NORTHGATE_PCN));
    assertEquals(404, nobody.status(), nobody::toString);
    assertEquals(PROBLEM + "not-found", nobody.problemType());
  }

  /** The pcn of the organisation named so in the list (null or absent when in no area). */
  private static JsonNode pcnOf(String name) {
    for (JsonNode o : api.get("paula.platform", "/organisations").body()) {
      if (o.path("name").asText().equals(name)) {
        return o.path("pcn");
      }
    }
    throw new AssertionError(name + " is not listed");
  }

  private static Map<String, Object> practiceNamed(String name, String suffix) {
    return Map.of(
        "name",
        name,
        "sector",
        "GP_PRACTICE",
        "odsCode",
        "Y" + suffix.substring(0, 5),
        "adminFirstName",
        "Bea",
        "adminLastName",
        "Brook",
        "adminEmail",
        "bea.brook." + suffix + "@" + name.replaceAll("[^A-Za-z0-9]", "") + ".example");
  }

  private static List<String> aliases(JsonNode organisations) {
    List<String> aliases = new ArrayList<>();
    organisations.forEach(o -> aliases.add(o.path("alias").asText()));
    return aliases;
  }

  private static List<String> names(JsonNode organisations) {
    List<String> names = new ArrayList<>();
    organisations.forEach(o -> names.add(o.path("name").asText()));
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }

  private static String suffix() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
  }
}
