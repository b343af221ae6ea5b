package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.DEBT_ADVICE;
import static org.openneighbourhood.deployment.stack.Demo.MONEY_MATTERS;
import static org.openneighbourhood.deployment.stack.Demo.PAT;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.local.MailCatcher.Mail;
import org.openneighbourhood.deployment.stack.Accounts;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.People;
import org.openneighbourhood.deployment.stack.Referrals;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Wait;

/**
 * Messages on a referral through the API against the running stack: the referrer, the receiver and
 * the person write them, they show in the timeline in order with who wrote them, nobody else may
 * write one, they are withheld once the person's consent has ended, and the e-mail that tells of
 * one holds only a link.
 */
@ExtendWith(RunningStack.class)
@Tag("referrals")
class ReferralMessagesApiIT {

  private static final String GREEN_MINDS_MAIL = "referrals@green-minds.example";
  private static final String LINA_MAIL = "lina.link@northgate-pcn.example";
  private static final String PAT_MAIL = "pat.person@people.example";

  static LocalStack stack;
  static Api api;

  @BeforeAll
  static void start(LocalStack running) {
    stack = running;
    api = new Api(running);
  }

  @Test
  void theThreePartiesWriteAndEachMessageIsInTheTimelineInOrderWithWhoWroteIt() {
    String id = send(PAT, WALKING);
    assertEquals(201, write("lina.link", id, "  Could you ring Pat on Thursday?  ").status());
    assertEquals(201, write("vera.vcfse", id, "Yes, Thursday morning").status());
    Reply own =
        api.post(
            "pat.person", "/me/referrals/" + id + "/messages", Map.of("text", "Mornings suit"));
    assertEquals(201, own.status(), own::toString);

    JsonNode forReferrer = api.get("lina.link", "/referrals/" + id).body();
    List<JsonNode> messages = messages(forReferrer);
    assertEquals(
        List.of("Could you ring Pat on Thursday?", "Yes, Thursday morning", "Mornings suit"),
        messages.stream().map(m -> m.path("message").asText()).toList(),
        "trimmed, each once, in order");
    assertEquals("Lina Link", messages.get(0).path("by").asText());
    assertEquals("REFERRER", messages.get(0).path("actor").asText());
    assertEquals(
        "Northgate Primary Care Network", messages.get(0).path("organisationName").asText());
    assertEquals("Vera Volunteer", messages.get(1).path("by").asText());
    assertEquals("RECEIVER", messages.get(1).path("actor").asText());
    assertEquals("PERSON", messages.get(2).path("actor").asText());
    assertTrue(messages.get(2).path("organisationName").isNull());
    assertTrue(messages.get(0).path("status").isNull(), "a message is not a status change");
    assertEquals("SEEN", forReferrer.path("status").asText(), "writing changes no status");

    JsonNode forPerson = findIn(api.get("pat.person", "/me/referrals").body(), id);
    assertEquals(3, messages(forPerson).size(), "the person reads them all");
    JsonNode forReceiver = api.get("vera.vcfse", "/referrals/" + id).body();
    assertEquals(
        "Mornings suit", messages(forReceiver).get(2).path("message").asText(), "so does Vera");
    // Writing leaves the referral's version: Vera's answer, made to the version she read before
    // the messages, is not refused as stale.
    Reply accepted =
        api.with("If-Match", "\"" + forReceiver.path("version").asText() + "\"")
            .post("vera.vcfse", "/referrals/" + id + "/accept", Map.of());
    assertEquals(200, accepted.status(), accepted::toString);
  }

  @Test
  void aMessageIsOneToAThousandCharactersAndABadOneIsAFieldProblem() {
    String id = send(PAT, WALKING);
    for (String bad : List.of("", "   \n ", "x".repeat(1001))) {
      Reply refused = write("lina.link", id, bad);
      assertEquals(400, refused.status(), refused::toString);
      assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
      assertTrue(refused.hasFieldError("text"), refused::toString);
    }
    Reply none = api.post("lina.link", "/referrals/" + id + "/messages", Map.of());
    assertEquals(400, none.status(), none::toString);
    assertTrue(none.hasFieldError("text"), none::toString);
    assertEquals(201, write("lina.link", id, "y".repeat(1000)).status());
    assertEquals(1, messages(api.get("lina.link", "/referrals/" + id).body()).size());
  }

  @Test
  void strangersAreRefusedAndADraftTakesNoMessage() {
    String id = send(PAT, WALKING);
    // staff of an organisation with no part in it are answered as if there were no such referral;
    // roles that never write messages are refused as such
    for (String stranger : List.of("mo.money", "gary.gp", "cara.commissioner", "olive.admin")) {
      Reply refused = write(stranger, id, "Not mine to write");
      int status = Set.of("mo.money", "gary.gp").contains(stranger) ? 404 : 403;
      assertEquals(status, refused.status(), stranger + " " + refused);
    }
    Reply peter =
        api.post("peter.person", "/me/referrals/" + id + "/messages", Map.of("text", "Hello"));
    assertEquals(404, peter.status(), "not Peter's referral");
    Reply pat = api.post("pat.person", "/referrals/" + id + "/messages", Map.of("text", "Hello"));
    assertEquals(403, pat.status(), "the person writes through /me");
    assertEquals(0, messages(api.get("lina.link", "/referrals/" + id).body()).size());

    Reply draft =
        api.post(
            "lina.link",
            "/referrals",
            Map.of(
                "personId",
                PAT,
                "serviceId",
                WALKING,
                "reason",
                "Draft",
                "urgency",
                "ROUTINE",
                "draft",
                true));
    assertEquals(201, draft.status(), draft::toString);
    Reply onDraft = write("lina.link", draft.body().path("id").asText(), "Too soon");
    assertEquals(409, onDraft.status(), onDraft::toString);
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyWritesOnce() {
    String id = send(PAT, WALKING);
    String key = UUID.randomUUID().toString();
    Reply first =
        api.with("Idempotency-Key", key)
            .post("lina.link", "/referrals/" + id + "/messages", Map.of("text", "Once only"));
    Reply retry =
        api.with("Idempotency-Key", key)
            .post("lina.link", "/referrals/" + id + "/messages", Map.of("text", "Once only"));
    assertEquals(201, first.status(), first::toString);
    assertEquals(200, retry.status(), retry::toString);
    assertEquals(1, messages(retry.body()).size(), retry::toString);
    Reply reused =
        api.with("Idempotency-Key", key)
            .post("lina.link", "/referrals/" + id + "/messages", Map.of("text", "Something else"));
    assertEquals(422, reused.status(), reused::toString);
    assertEquals(1, messages(api.get("lina.link", "/referrals/" + id).body()).size());
  }

  @Test
  void onceConsentEndsTheReceiverIsShownMessagesWithheldAndWritesNoMore() {
    String username = "mia.messages" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
    People.Registered person =
        People.register(api, "lina.link", People.registration("Mia", "Messages", "1971-02-03"));
    stack.provision(Accounts.person(username, "Mia", "Messages", person.nhsNumber()));
    String id = send(person.id(), DEBT_ADVICE);
    assertEquals(201, write("mo.money", id, "We can see you on Monday").status());
    assertEquals(
        201,
        api.post(username, "/me/referrals/" + id + "/messages", Map.of("text", "Monday is fine"))
            .status());

    Reply withdrawn =
        api.post(username, "/me/consents/organisations/" + MONEY_MATTERS + "/withdraw", null);
    assertEquals(200, withdrawn.status(), withdrawn::toString);

    JsonNode forReceiver = api.get("mo.money", "/referrals/" + id).body();
    List<JsonNode> withheld = messages(forReceiver);
    assertEquals(2, withheld.size(), "that messages were written is still shown");
    for (JsonNode message : withheld) {
      assertTrue(message.path("message").isNull(), message::toString);
    }
    assertFalse(forReceiver.toString().contains("Monday"), forReceiver::toString);
    assertFalse(forReceiver.path("consentActive").asBoolean());
    Reply refused = write("mo.money", id, "Are you still there?");
    assertEquals(404, refused.status(), refused::toString);

    JsonNode forReferrer = api.get("lina.link", "/referrals/" + id).body();
    assertEquals(
        List.of("We can see you on Monday", "Monday is fine"),
        messages(forReferrer).stream().map(m -> m.path("message").asText()).toList(),
        "the referrer's own consent still holds");
    JsonNode forPerson = findIn(api.get(username, "/me/referrals").body(), id);
    assertEquals(2, messages(forPerson).size());
    assertEquals("Monday is fine", messages(forPerson).get(1).path("message").asText());
  }

  @Test
  void theOtherPartiesAreToldThereIsAMessageWithALinkAndNothingMore() {
    Reply chosen =
        api.put("pat.person", "/me/contact", Map.of("email", PAT_MAIL, "emailUpdates", true));
    assertEquals(200, chosen.status(), chosen::toString);
    String id = send(PAT, WALKING);
    String secret = "Pat's key is under the blue pot " + UUID.randomUUID();
    int patBefore = messageMails(PAT_MAIL, null).size();
    assertEquals(201, write("vera.vcfse", id, secret).status());
    Wait.until(() -> !messageMails(LINA_MAIL, id).isEmpty(), "the referrer is told");
    Wait.until(() -> messageMails(PAT_MAIL, null).size() > patBefore, "the person is told");
    Mail toReferrer = messageMails(LINA_MAIL, id).get(0);
    assertTrue(
        toReferrer.links().contains(stack.portalUrl() + "/referrals/referral.xhtml?id=" + id),
        toReferrer::toString);
    assertTrue(messageMails(GREEN_MINDS_MAIL, id).isEmpty(), "not the writer's organisation");

    assertEquals(201, write("lina.link", id, "Thank you").status());
    Wait.until(() -> !messageMails(GREEN_MINDS_MAIL, id).isEmpty(), "the receiver is told");
    Mail toReceiver = messageMails(GREEN_MINDS_MAIL, id).get(0);
    assertTrue(
        toReceiver.links().contains(stack.portalUrl() + "/inbox/referral.xhtml?id=" + id),
        toReceiver::toString);
    assertEquals(1, messageMails(LINA_MAIL, id).size(), "not told of her own message");

    List<Mail> all = new ArrayList<>(messageMails(LINA_MAIL, id));
    all.addAll(messageMails(GREEN_MINDS_MAIL, id));
    all.addAll(messageMails(PAT_MAIL, null));
    for (Mail mail : all) {
      String text = mail.subject() + "\n" + mail.body();
      for (String never :
          List.of("blue pot", "Thank you", "Pat", "Walking", "Green Minds", "9990000018")) {
        assertFalse(text.contains(never), never + " in " + text);
      }
      assertTrue(text.contains("There is a new message on a referral"), text);
      assertTrue(mail.links().stream().anyMatch(link -> link.startsWith(stack.portalUrl())), text);
    }
  }

  // ---- helpers ----

  private static String send(String personId, String service) {
    String id = Referrals.send(api, personId, service, "Messages test");
    // The receiver opens it (SEEN), as it would before writing.
    String receiver = service.equals(DEBT_ADVICE) ? "mo.money" : "vera.vcfse";
    assertEquals(200, api.get(receiver, "/referrals/" + id).status());
    return id;
  }

  private static Reply write(String user, String referral, String text) {
    return api.post(user, "/referrals/" + referral + "/messages", Map.of("text", text));
  }

  private static List<JsonNode> messages(JsonNode referral) {
    List<JsonNode> messages = new ArrayList<>();
    referral
        .path("timeline")
        .forEach(
            entry -> {
              if (entry.path("kind").asText().equals("MESSAGE")) {
                messages.add(entry);
              }
            });
    return messages;
  }

  private static JsonNode findIn(JsonNode list, String id) {
    for (JsonNode row : list) {
      if (row.path("id").asText().equals(id)) {
        return row;
      }
    }
    throw new AssertionError(id + " not in " + list);
  }

  private static List<Mail> messageMails(String address, String referralId) {
    return stack.mail().receivedBy(address).stream()
        .filter(mail -> mail.subject().equals("New message on a referral"))
        .filter(mail -> referralId == null || mail.body().contains(referralId))
        .toList();
  }
}
