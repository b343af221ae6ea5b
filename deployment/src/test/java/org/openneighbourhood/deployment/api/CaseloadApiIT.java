package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Api.PROBLEM;
import static org.openneighbourhood.deployment.stack.Demo.GREEN_MINDS;
import static org.openneighbourhood.deployment.stack.Demo.NORTHGATE_PCN;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Accounts;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.People;
import org.openneighbourhood.deployment.stack.Referrals;
import org.openneighbourhood.deployment.stack.RunningStack;

/**
 * The caseload through the API against the running stack, with real tokens: a link worker's
 * referral waits on its receiver until it is answered; other organisations do not list the person;
 * a person who withdrew their consent leaves the caseload; the pages follow one another by
 * position; a position that is not one is a 400. Each test makes its own person.
 */
@ExtendWith(RunningStack.class)
@Tag("caseload")
class CaseloadApiIT {

  static LocalStack stack;
  static Api api;

  @BeforeAll
  static void start(LocalStack running) {
    stack = running;
    api = new Api(running);
  }

  private static String[] register() {
    String given = "Case" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    People.Registered registered =
        People.register(api, "lina.link", People.registration(given, "Loader", "1961-07-02"));
    return new String[] {registered.id(), registered.nhsNumber(), given};
  }

  private static JsonNode refer(String personId) {
    Reply referred =
        Referrals.trySend(
            api, Referrals.referral(personId, WALKING, "Would like company on walks"));
    assertEquals(201, referred.status(), referred::toString);
    return referred.body();
  }

  /** The person's entry in the user's caseload, following the pages; empty when not listed. */
  static Optional<JsonNode> entryOf(String user, String personId) {
    String path = "/caseload?size=100";
    Set<String> seen = new HashSet<>();
    for (int pages = 0; path != null && pages < 200; pages++) {
      Reply page = api.get(user, path);
      assertEquals(200, page.status(), page::toString);
      assertNotNull(page.header("X-Total-Count"));
      for (JsonNode entry : page.body()) {
        String id = entry.path("person").path("id").asText();
        assertTrue(seen.add(id), "no one twice across pages: " + id);
        if (id.equals(personId)) {
          return Optional.of(entry);
        }
      }
      path = page.link("next");
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> waitingFor(JsonNode entry, String referralId) {
    for (JsonNode waiting : entry.path("waiting")) {
      if (waiting.path("recordId").asText().equals(referralId)) {
        return Optional.of(waiting);
      }
    }
    return Optional.empty();
  }

  @Test
  void aReferralWaitsOnItsReceiverUntilItIsAnswered() {
    String[] person = register();
    JsonNode referral = refer(person[0]);
    String referralId = referral.get("id").asText();

    JsonNode entry = entryOf("lina.link", person[0]).orElseThrow();
    assertEquals(person[2], entry.path("person").path("givenName").asText());
    assertTrue(entry.path("inCareTeam").asBoolean(), "registering put Northgate PCN in it");
    JsonNode waiting = waitingFor(entry, referralId).orElseThrow(() -> new AssertionError(entry));
    assertEquals("REFERRAL_AWAITING_ANSWER", waiting.path("kind").asText());
    assertEquals(GREEN_MINDS, waiting.path("onWhomId").asText());
    assertEquals("Green Minds Wellbeing", waiting.path("onWhomName").asText());
    assertFalse(waiting.path("onYou").asBoolean());
    assertEquals(referral.path("answerBy").asText(), waiting.path("dueOn").asText());
    assertFalse(waiting.path("overdue").asBoolean());

    Reply accepted =
        api.atVersionOf("vera.vcfse", referralId)
            .post("vera.vcfse", "/referrals/" + referralId + "/accept", null);
    assertEquals(200, accepted.status(), accepted::toString);
    JsonNode after = entryOf("lina.link", person[0]).orElseThrow();
    assertTrue(waitingFor(after, referralId).isEmpty(), "answered: waits on no one: " + after);
  }

  @Test
  void onlyTheOrganisationsThatSupportThePersonListThem() {
    String[] person = register();
    refer(person[0]);
    assertTrue(entryOf("gary.gp", person[0]).isEmpty(), "Riverside Surgery is not involved");
    assertEquals(403, api.get("vera.vcfse", "/caseload").status(), "VCFSE staff have none");
    assertEquals(403, api.get("pat.person", "/caseload").status());
  }

  @Test
  void someoneWhoWithdrewTheirConsentLeavesTheCaseload() {
    String[] person = register();
    refer(person[0]);
    String username = "case." + person[2].toLowerCase(java.util.Locale.ROOT);
    stack.provision(Accounts.person(username, person[2], "Loader", person[1]));
    Reply withdrawn =
        api.post(username, "/me/consents/organisations/" + NORTHGATE_PCN + "/withdraw", null);
    assertEquals(200, withdrawn.status(), withdrawn::toString);
    assertTrue(entryOf("lina.link", person[0]).isEmpty(), "left out, not masked");
  }

  @Test
  void aPositionThatIsNotOneIsABadRequest() {
    Reply reply = api.get("lina.link", "/caseload?after=not-a-place");
    assertEquals(400, reply.status(), reply::toString);
    assertEquals(PROBLEM + "validation", reply.problemType());
    assertTrue(reply.hasFieldError("after"), reply::toString);
    Reply tooBig = api.get("lina.link", "/caseload?size=101");
    assertEquals(400, tooBig.status());
    assertTrue(tooBig.hasFieldError("size"), tooBig::toString);
  }
}
