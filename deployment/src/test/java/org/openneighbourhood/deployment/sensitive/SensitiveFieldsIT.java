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

  /**
   * The ethnic group: the person states, changes and removes it at the version they were shown; the
   * GP in the care team records it only with the person's agreement, and is named with it; the
   * sender and the receiver are never shown it; a stale version, a missing one and a bad code are
   * problem details that change nothing.
   */
  @Test
  void theEthnicGroupIsThePersonsToGiveAndStaffRecordItOnlyWithTheirAgreement() {
    String casey = Canary.PERSON_USER;
    JsonNode before = ok(api.get(casey, "/me")).body().path("ethnicity");
    long version = before.path("version").asLong();

    Reply stated = api.send(casey, "PUT", "/me/ethnicity", Map.of("category", "n"), at(version));
    JsonNode mine = ok(stated).body().path("ethnicity");
    assertEquals("N", mine.path("category").asText());
    assertEquals("African", mine.path("label").asText());
    assertEquals("BLACK", mine.path("group").asText());
    assertEquals("PERSON", mine.path("source").asText());
    assertEquals(version + 1, mine.path("version").asLong());

    Reply stale = api.send(casey, "PUT", "/me/ethnicity", Map.of("category", "A"), at(version));
    assertEquals(412, stale.status(), stale::toString);
    assertTrue(stale.contentType().startsWith("application/problem+json"), stale::toString);
    Reply unversioned = api.put(casey, "/me/ethnicity", Map.of("category", "A"));
    assertEquals(428, unversioned.status(), unversioned::toString);
    for (String bad : List.of("Q", "", "CANARY-ETHNICITY")) {
      Reply refused =
          api.send(casey, "PUT", "/me/ethnicity", Map.of("category", bad), at(version + 1));
      assertEquals(400, refused.status(), bad + ": " + refused);
      assertTrue(refused.hasFieldError("category"), refused::toString);
      assertFalse(refused.toString().contains("CANARY-ETHNICITY"), "no echo");
    }
    Reply notJson = api.send(casey, "PUT", "/me/ethnicity", "{\"category\": N", at(version + 1));
    assertEquals(400, notJson.status(), notJson::toString);
    assertEquals("N", ok(api.get(casey, "/me")).body().path("ethnicity").path("category").asText());

    Reply rather =
        api.send(casey, "PUT", "/me/ethnicity", Map.of("category", "Z"), at(version + 1));
    assertEquals("NOT_STATED", ok(rather).body().path("ethnicity").path("group").asText());
    Reply removed = api.send(casey, "DELETE", "/me/ethnicity", null, at(version + 2));
    JsonNode cleared = ok(removed).body().path("ethnicity");
    assertTrue(cleared.path("category").isNull(), "not recorded, which is not 'not stated'");
    assertEquals(version + 3, cleared.path("version").asLong());

    Reply unagreed =
        api.send(
            "gary.gp",
            "PUT",
            person() + "/ethnicity",
            Map.of("category", "H", "personAgreed", false),
            at(version + 3));
    assertEquals(400, unagreed.status(), unagreed::toString);
    assertTrue(unagreed.hasFieldError("personAgreed"), unagreed::toString);
    Reply noAgreementNorCode =
        api.send(
            "gary.gp", "PUT", person() + "/ethnicity", Map.of("category", "Q"), at(version + 3));
    assertTrue(noAgreementNorCode.hasFieldError("personAgreed"), noAgreementNorCode::toString);
    assertTrue(noAgreementNorCode.hasFieldError("category"), noAgreementNorCode::toString);
    assertTrue(ok(api.get("gary.gp", person())).body().path("ethnicity").path("category").isNull());

    for (String user : List.of("lina.link", "vera.vcfse", casey)) {
      Reply refused =
          api.send(
              user,
              "PUT",
              person() + "/ethnicity",
              Map.of("category", "H", "personAgreed", true),
              at(version + 3));
      // A link worker outside the care team is refused for how they stand to this person: the
      // answer a person who does not exist would get. The others' roles may never record it.
      int status = user.equals("lina.link") ? 404 : 403;
      assertEquals(status, refused.status(), user + ": " + refused);
    }
    Reply recorded =
        api.send(
            "gary.gp",
            "PUT",
            person() + "/ethnicity",
            Map.of("category", "H", "personAgreed", true),
            at(version + 3));
    JsonNode byGary = ok(recorded).body().path("ethnicity");
    assertEquals("STAFF_WITH_AGREEMENT", byGary.path("source").asText());
    assertEquals("Gary Green", byGary.path("recordedBy").asText());
    assertEquals("Riverside Surgery", byGary.path("recorderOrganisation").asText());
    assertEquals("H", ok(api.get(casey, "/me")).body().path("ethnicity").path("category").asText());
    boolean logged = false;
    for (JsonNode entry : ok(api.get(casey, "/me/access-log")).body()) {
      if (entry.path("operation").asText().equals("person.ethnicity")) {
        assertTrue(entry.path("purpose").asText().contains("agreement"), entry::toString);
        logged = true;
      }
    }
    assertTrue(logged, "the person's access log says Gary recorded it with their agreement");
  }

  /**
   * The sex, like the ethnic group: the person states it (X: they would rather not say) and removes
   * it at the version they were shown, apart from their ethnic group's; the GP in the care team
   * records it only with the person's agreement; a stale version, a missing one and a bad code are
   * problem details that change nothing; the sender and the receiver are never shown it.
   */
  @Test
  void theSexIsThePersonsToGiveAndStaffRecordItOnlyWithTheirAgreement() {
    String casey = Canary.PERSON_USER;
    JsonNode me = ok(api.get(casey, "/me")).body();
    long version = me.path("sex").path("version").asLong();
    long ethnicityVersion = me.path("ethnicity").path("version").asLong();

    Reply stated = api.send(casey, "PUT", "/me/sex", Map.of("code", "2"), at(version));
    JsonNode mine = ok(stated).body().path("sex");
    assertEquals("2", mine.path("code").asText());
    assertEquals("Female", mine.path("label").asText());
    assertEquals("PERSON", mine.path("source").asText());
    assertEquals(version + 1, mine.path("version").asLong());
    assertEquals(
        ethnicityVersion,
        ok(stated).body().path("ethnicity").path("version").asLong(),
        "a version of its own");

    Reply stale = api.send(casey, "PUT", "/me/sex", Map.of("code", "1"), at(version));
    assertEquals(412, stale.status(), stale::toString);
    assertTrue(stale.contentType().startsWith("application/problem+json"), stale::toString);
    Reply unversioned = api.put(casey, "/me/sex", Map.of("code", "1"));
    assertEquals(428, unversioned.status(), unversioned::toString);
    for (String bad : List.of("M", "", "0", "CANARY-SEX")) {
      Reply refused = api.send(casey, "PUT", "/me/sex", Map.of("code", bad), at(version + 1));
      assertEquals(400, refused.status(), bad + ": " + refused);
      assertTrue(refused.hasFieldError("code"), refused::toString);
      assertFalse(refused.toString().contains("CANARY-SEX"), "no echo");
    }
    assertEquals("2", ok(api.get(casey, "/me")).body().path("sex").path("code").asText());

    Reply rather = api.send(casey, "PUT", "/me/sex", Map.of("code", "x"), at(version + 1));
    assertEquals("Not known", ok(rather).body().path("sex").path("label").asText());
    Reply removed = api.send(casey, "DELETE", "/me/sex", null, at(version + 2));
    JsonNode cleared = ok(removed).body().path("sex");
    assertTrue(cleared.path("code").isNull(), "not recorded, which is not 'not known'");
    assertEquals(version + 3, cleared.path("version").asLong());

    Reply noAgreementNorCode =
        api.send("gary.gp", "PUT", person() + "/sex", Map.of("code", "7"), at(version + 3));
    assertEquals(400, noAgreementNorCode.status(), noAgreementNorCode::toString);
    assertTrue(noAgreementNorCode.hasFieldError("personAgreed"), noAgreementNorCode::toString);
    assertTrue(noAgreementNorCode.hasFieldError("code"), noAgreementNorCode::toString);
    assertTrue(ok(api.get("gary.gp", person())).body().path("sex").path("code").isNull());
    for (String user : List.of("lina.link", "vera.vcfse", casey)) {
      Reply refused =
          api.send(
              user,
              "PUT",
              person() + "/sex",
              Map.of("code", "9", "personAgreed", true),
              at(version + 3));
      assertEquals(user.equals("lina.link") ? 404 : 403, refused.status(), user + ": " + refused);
    }
    Reply recorded =
        api.send(
            "gary.gp",
            "PUT",
            person() + "/sex",
            Map.of("code", "9", "personAgreed", true),
            at(version + 3));
    JsonNode byGary = ok(recorded).body().path("sex");
    assertEquals("STAFF_WITH_AGREEMENT", byGary.path("source").asText());
    assertEquals("Gary Green", byGary.path("recordedBy").asText());
    assertEquals("Riverside Surgery", byGary.path("recorderOrganisation").asText());
    assertEquals("9", ok(api.get(casey, "/me")).body().path("sex").path("code").asText());
    boolean logged = false;
    for (JsonNode entry : ok(api.get(casey, "/me/access-log")).body()) {
      if (entry.path("operation").asText().equals("person.sex")) {
        assertTrue(entry.path("purpose").asText().contains("agreement"), entry::toString);
        logged = true;
      }
    }
    assertTrue(logged, "the person's access log says Gary recorded it with their agreement");
  }

  private static Map<String, String> at(long version) {
    return Map.of("If-Match", "\"" + version + "\"");
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
    assertTrue(person.path("ethnicity").isNull(), user + ": ethnic group withheld");
    assertTrue(person.path("sex").isNull(), user + ": sex withheld");
    assertEquals(
        "[\"address\",\"safeguardingNotes\",\"ethnicity\",\"sex\"]",
        person.path("withheld").toString(),
        user);
  }
}
