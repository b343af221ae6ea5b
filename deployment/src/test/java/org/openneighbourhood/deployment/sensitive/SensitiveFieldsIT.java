package org.openneighbourhood.deployment.sensitive;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.RunningStack;

/**
 * The sensitive fields through the API with real tokens, on the canary person. Ordered first, so
 * that the canary is seeded before every other end-to-end class runs and {@link CanaryIT}, last,
 * checks all their answers, pages and the servers' logs for it.
 */
@Order(1)
@ExtendWith({RunningStack.class, CanaryFixture.class})
@Tag("access")
class SensitiveFieldsIT {

  static Api api;
  static Canary canary;

  @BeforeAll
  static void seed(LocalStack stack, Canary seeded) {
    api = new Api(stack);
    canary = seeded;
  }

  private static String person() {
    return "/people/" + canary.personId();
  }

  @Test
  void theCareTeamsGpIsShownTheAddressAndTheNotes() {
    JsonNode gary = ok(api.get("gary.gp", person())).body();
    assertEquals(canary.addressLine(), gary.path("address").path("lines").get(0).asText());
    assertEquals(canary.postcode(), gary.path("address").path("postcode").asText());
    assertTrue(gary.path("safeguardingNotes").get(0).path("text").asText().contains(canary.note()));
    assertEquals("Gary Green", gary.path("safeguardingNotes").get(0).path("writtenBy").asText());
    assertEquals(
        "Riverside Surgery",
        gary.path("safeguardingNotes").get(0).path("organisationName").asText());
    assertEquals(0, gary.path("withheld").size(), gary::toString);
  }

  @Test
  void aLinkWorkerWhoSentTheReferralAndTheVcfseReceivingItGetThePersonWithoutThem() {
    List<Executable> checks = new ArrayList<>();
    for (String user : List.of("lina.link", "vera.vcfse")) {
      checks.add(() -> assertWithheldBoth(user, ok(api.get(user, person())).body()));
      checks.add(
          () ->
              assertWithheldBoth(
                  user,
                  ok(api.get(user, "/referrals/" + canary.referralId())).body().path("person")));
    }
    checks.add(
        () -> {
          JsonNode inbox = ok(api.get("vera.vcfse", "/referrals/inbox?size=100")).body();
          boolean listed = false;
          for (JsonNode referral : inbox) {
            if (referral.path("id").asText().equals(canary.referralId())) {
              assertWithheldBoth("vera.vcfse", referral.path("person"));
              listed = true;
            }
          }
          assertTrue(listed, "the canary referral is in Green Minds' inbox");
        });
    checks.add(
        () -> {
          for (JsonNode referral : ok(api.get("lina.link", "/referrals/sent?size=100")).body()) {
            if (referral.path("id").asText().equals(canary.referralId())) {
              assertWithheldBoth("lina.link", referral.path("person"));
            }
          }
        });
    assertAll(checks);
  }

  @Test
  void thePersonIsShownTheirOwnAddressButNotTheNotes() {
    JsonNode me = ok(api.get(Canary.PERSON_USER, "/me")).body();
    assertEquals(canary.addressLine(), me.path("address").path("lines").get(0).asText());
    assertTrue(me.path("safeguardingNotes").isNull());
    assertEquals("[\"safeguardingNotes\"]", me.path("withheld").toString());
    JsonNode referral = ok(api.get(Canary.PERSON_USER, "/me/referrals")).body().get(0);
    assertEquals(
        canary.postcode(), referral.path("person").path("address").path("postcode").asText());
    assertTrue(referral.path("person").path("safeguardingNotes").isNull());
  }

  @Test
  void thePersonsAccessLogSaysSomeoneAddedToTheirRecordNotWhat() {
    List<String> log = new ArrayList<>();
    ok(api.get(Canary.PERSON_USER, "/me/access-log"))
        .body()
        .forEach(entry -> log.add(entry.path("description").asText()));
    assertTrue(log.contains("Gary Green at Riverside Surgery added to your record"), log::toString);
    assertFalse(log.toString().toLowerCase().contains("safeguarding"), log::toString);
  }

  @Test
  void othersAreRefusedThePersonAltogether() {
    // staff who may read people, but not this one, are answered as if there were no such person
    for (String user : List.of("mo.money", "sam.social", "olive.admin", "pat.person")) {
      int status = Set.of("mo.money", "sam.social").contains(user) ? 404 : 403;
      assertEquals(status, api.get(user, person()).status(), user);
    }
    assertEquals(401, api.get(null, person()).status());
  }

  @Test
  void onlyTheCareTeamAddsNotesAndRefusalsChangeNothing() {
    Map<String, String> attempt = Map.of("text", "Copied: " + canary.note());
    for (String user : List.of("vera.vcfse", "lina.link", "mo.money", "pat.person")) {
      Reply refused = api.post(user, person() + "/safeguarding-notes", attempt);
      int status = user.equals("lina.link") ? 404 : 403; // Lina's organisation only sent a referral
      assertEquals(status, refused.status(), user + ": " + refused.status());
    }
    assertEquals(1, ok(api.get("gary.gp", person())).body().path("safeguardingNotes").size());
  }

  @Test
  void badInputIsRefusedByFieldWithoutRepeatingIt() {
    Reply tooLong =
        api.post(
            "gary.gp",
            person() + "/safeguarding-notes",
            Map.of("text", canary.note() + " " + "x".repeat(4000)));
    assertEquals(400, tooLong.status());
    assertTrue(tooLong.hasFieldError("text"), tooLong::toString);
    assertFalse(tooLong.body().toString().contains(canary.note()), "no echo of the note");

    Reply blank = api.post("gary.gp", person() + "/safeguarding-notes", Map.of("text", "  "));
    assertTrue(blank.hasFieldError("text"), blank::toString);

    for (String user : List.of("gary.gp", "vera.vcfse")) {
      Reply malformed =
          api.post(user, person() + "/safeguarding-notes", "{\"text\": " + canary.note() + "}");
      assertEquals(400, malformed.status(), user);
      assertFalse(malformed.body().toString().contains(canary.note()), "no echo for " + user);
    }

    Reply badPostcode =
        api.post(
            "sam.social",
            "/people",
            Map.of(
                "nhsNumber",
                Demo.freshNhsNumber(),
                "givenName",
                "Bad",
                "familyName",
                "Postcode",
                "dateOfBirth",
                "1990-01-01",
                "consentToRecord",
                true,
                "address",
                Map.of("lines", List.of(canary.addressLine()), "postcode", "CANARY-POSTCODE"),
                "restricted",
                true));
    assertEquals(400, badPostcode.status());
    assertTrue(badPostcode.hasFieldError("address.postcode"), badPostcode::toString);
    assertFalse(badPostcode.body().toString().contains("CANARY-"), "no echo of the address");
    assertEquals(
        1,
        ok(api.get("gary.gp", person())).body().path("safeguardingNotes").size(),
        "nothing refused was stored");
  }

  private static Reply ok(Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    return reply;
  }

  private static void assertWithheldBoth(String user, JsonNode person) {
    assertTrue(person.path("shared").asBoolean(), user + ": the person is shared");
    assertEquals("Casey", person.path("givenName").asText(), user);
    assertTrue(person.path("restricted").asBoolean(), user + " knows the record is restricted");
    assertTrue(person.path("address").isNull(), user + ": address withheld");
    assertTrue(person.path("safeguardingNotes").isNull(), user + ": notes withheld");
    assertEquals("[\"address\",\"safeguardingNotes\"]", person.path("withheld").toString(), user);
  }
}
