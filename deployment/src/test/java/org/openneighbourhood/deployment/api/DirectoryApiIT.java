package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.ALLOTMENT;
import static org.openneighbourhood.deployment.stack.Demo.BENEFITS_CHECK;
import static org.openneighbourhood.deployment.stack.Demo.CREDIT_UNION;
import static org.openneighbourhood.deployment.stack.Demo.DEBT_ADVICE;
import static org.openneighbourhood.deployment.stack.Demo.DEBT_DROP_IN;
import static org.openneighbourhood.deployment.stack.Demo.MONEY_MATTERS;
import static org.openneighbourhood.deployment.stack.Demo.PAT_POSTCODE;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.local.MailCatcher.Mail;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Services;
import org.openneighbourhood.deployment.stack.Stale;

/**
 * Finding services and keeping entries true, through the API against the running stack with the
 * demo directory: relevance, filters, distance from a postcode (the demo's sample of the ONS
 * Postcode Directory), stale entries and the one-click confirmation, and entry edits by the
 * organisation's admin only.
 */
@ExtendWith(RunningStack.class)
@Tag("directory")
class DirectoryApiIT {

  private static final String MONEY_MATTERS_MAIL = "referrals@money-matters.example";

  static LocalStack stack;
  static Api api;

  @BeforeAll
  static void start(LocalStack running) {
    stack = running;
    api = new Api(running);
  }

  private static Reply search(String user, String query) {
    return api.get(user, "/services/search?" + query);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * The demo's services found, in order: other tests add services of their own (an organisation's
   * admin adds one, the hostile-input suite adds many), which these tests know nothing of.
   */
  private static List<String> ids(Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    List<String> ids = new ArrayList<>();
    reply.body().forEach(service -> ids.add(service.path("id").asText()));
    return ids.stream().filter(Demo::isDemoService).toList();
  }

  private static JsonNode found(Reply reply, String id) {
    for (JsonNode service : reply.body()) {
      if (service.path("id").asText().equals(id)) {
        return service;
      }
    }
    throw new AssertionError(id + " not found in " + reply);
  }

  @Test
  void debtAdviceNearAPostcodeComesNearestFirstWithCapacityAndResponseFigures() {
    Reply reply =
        search("lina.link", "q=" + encode("debt advice") + "&postcode=" + encode("ng15ab"));
    assertEquals(List.of(DEBT_ADVICE, DEBT_DROP_IN), ids(reply), "both debt advice services");
    assertEquals("2", reply.header("X-Total-Count"));
    double previous = 0;
    for (JsonNode service : reply.body()) {
      double km = service.path("distanceKm").asDouble();
      assertTrue(km >= previous, "nearest first: " + reply);
      previous = km;
    }
    JsonNode moneyMatters = reply.body().get(0);
    assertEquals(0.4, moneyMatters.path("distanceKm").asDouble(), 0.1);
    assertEquals("NG1 6AF", moneyMatters.path("placePostcode").asText());
    assertEquals("ACCEPTING", moneyMatters.path("capacity").asText());
    assertEquals(10, moneyMatters.path("responseDays").asInt());
    assertTrue(moneyMatters.path("acceptsReferrals").asBoolean());
    assertEquals(1.8, reply.body().get(1).path("distanceKm").asDouble(), 0.15);
    assertFalse(reply.body().get(1).path("acceptsReferrals").asBoolean(), "signpost only");
  }

  @Test
  void withoutWordsNearAPostcodeEveryServiceWithAPlaceIsOrderedByDistance() {
    Reply reply = search("lina.link", "postcode=" + encode(PAT_POSTCODE) + "&size=100");
    List<String> ids = ids(reply);
    assertEquals(7, ids.size(), reply::toString);
    assertEquals(
        List.of(BENEFITS_CHECK, DEBT_ADVICE),
        ids.subList(0, 2),
        "Money Matters' centre is on Pat's doorstep; one place, so by name");
    assertEquals(CREDIT_UNION, ids.get(ids.size() - 1), "the credit union is furthest");
    Reply within = search("lina.link", "postcode=" + encode(PAT_POSTCODE) + "&within=1");
    assertEquals(List.of(BENEFITS_CHECK, DEBT_ADVICE), ids(within), "within a kilometre");
  }

  @Test
  void aServiceNamedAsSearchedRanksFirstAndTheNameOutweighsTheCategories() {
    List<String> debtAdvice = ids(search("lina.link", "q=" + encode("Debt advice")));
    assertEquals(DEBT_ADVICE, debtAdvice.get(0), "the exact name first");
    assertEquals(DEBT_DROP_IN, debtAdvice.get(1));
    List<String> debt = ids(search("lina.link", "q=debt"));
    assertTrue(debt.contains(BENEFITS_CHECK), "in the Money and debt category");
    int benefits = debt.indexOf(BENEFITS_CHECK);
    for (String named : List.of(DEBT_ADVICE, DEBT_DROP_IN, CREDIT_UNION)) {
      assertTrue(debt.indexOf(named) >= 0 && debt.indexOf(named) < benefits, debt.toString());
    }
    assertEquals(List.of(), ids(search("lina.link", "q=" + encode("knitting circle"))));
  }

  @Test
  void filtersNarrowTheResults() {
    String moneyAndDebt = categoryId("Money and debt");
    List<String> inCategory = ids(search("lina.link", "category=" + moneyAndDebt));
    assertEquals(
        List.of(BENEFITS_CHECK, DEBT_ADVICE, DEBT_DROP_IN, CREDIT_UNION).stream().sorted().toList(),
        inCategory.stream().sorted().toList());
    List<String> accepting = ids(search("lina.link", "accepting=true&size=100"));
    assertFalse(accepting.contains(BENEFITS_CHECK), "paused");
    assertFalse(accepting.contains(ALLOTMENT), "waiting list");
    assertFalse(accepting.contains(DEBT_DROP_IN), "signpost only");
    assertTrue(accepting.contains(DEBT_ADVICE));
    assertEquals(List.of(WALKING), ids(search("lina.link", "selfReferral=true")));
    List<String> forTen = ids(search("lina.link", "age=10&size=100"));
    assertFalse(forTen.contains(DEBT_ADVICE), "adults only");
    assertTrue(forTen.contains(WALKING), "no age limit");
    Reply paged = search("lina.link", "size=2&page=2");
    assertEquals(2, paged.body().size());
    assertTrue(Integer.parseInt(paged.header("X-Total-Count")) >= 7, paged::toString);
    String links = String.valueOf(paged.headers().get("Link")) + paged.headers().get("link");
    assertTrue(links.contains("rel=\"next\""), links);
    assertTrue(links.contains("rel=\"prev\""), links);
  }

  @Test
  void oneOrganisationsServicesAreListedWithoutTheRestOfTheDirectory() {
    Reply mine = api.get("mo.money", "/services?organisation=" + MONEY_MATTERS);
    assertEquals(200, mine.status(), mine::toString);
    List<String> ids = new ArrayList<>();
    mine.body()
        .forEach(
            service -> {
              ids.add(service.path("id").asText());
              assertEquals(MONEY_MATTERS, service.path("organisationId").asText(), "its own only");
            });
    assertTrue(ids.containsAll(List.of(BENEFITS_CHECK, DEBT_ADVICE)), ids::toString);
    assertTrue(ids.indexOf(BENEFITS_CHECK) < ids.indexOf(DEBT_ADVICE), "by name");

    Reply bad = api.get("mo.money", "/services?organisation=money-matters");
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.hasFieldError("organisation"), bad::toString);
  }

  @Test
  void itsAdminSaysWhereAndWhenTheServiceRunsAndItIsFoundThere() {
    String places = "/services/" + ALLOTMENT + "/places";
    String times = "/services/" + ALLOTMENT + "/opening-times";
    JsonNode placesBefore = api.get("lina.link", places).body();
    JsonNode timesBefore = api.get("lina.link", times).body();
    assertEquals("NG2 3HE", placesBefore.path(0).path("postcode").asText(), placesBefore::toString);
    try {
      Reply bad =
          api.put(
              "olive.admin",
              places,
              List.of(Map.of("address", " ", "city", "Nottingham", "postcode", "NG1")));
      assertEquals(400, bad.status(), bad::toString);
      assertTrue(bad.hasFieldError("places[0].address"), bad::toString);
      assertTrue(bad.hasFieldError("places[0].postcode"), bad::toString);
      assertEquals(placesBefore, api.get("lina.link", places).body(), "nothing changed");

      Map<String, String> near =
          Map.of(
              "name", "Community garden",
              "address", "1 Station Street",
              "city", "Nottingham",
              "postcode", "ng1 5ab");
      assertEquals(403, api.put("vera.vcfse", places, List.of(near)).status(), "staff, not admin");
      assertEquals(403, api.put("mo.money", places, List.of(near)).status(), "another's");
      Reply moved = api.put("olive.admin", places, List.of(near));
      assertEquals(200, moved.status(), moved::toString);
      assertEquals("NG1 5AB", moved.body().path(0).path("postcode").asText(), "written one way");
      JsonNode found = search("lina.link", "q=allotment&postcode=" + encode(PAT_POSTCODE)).body();
      assertEquals(ALLOTMENT, found.path(0).path("id").asText(), found::toString);
      assertEquals(0.0, found.path(0).path("distanceKm").asDouble(), 0.05, "at Pat's postcode");
      assertEquals("Community garden", found.path(0).path("place").asText());

      Reply badTimes =
          api.put(
              "olive.admin",
              times,
              List.of(
                  Map.of("days", List.of(), "opensAt", "25:00", "closesAt", "10:00"),
                  Map.of("days", List.of("SATURDAY"), "opensAt", "14:00", "closesAt", "09:00"),
                  Map.of("days", List.of("FUNDAY"))));
      assertEquals(400, badTimes.status(), badTimes::toString);
      for (String field :
          List.of(
              "openingTimes[0].days",
              "openingTimes[0].opensAt",
              "openingTimes[1].closesAt",
              "openingTimes[2].days")) {
        assertTrue(badTimes.hasFieldError(field), field + " in " + badTimes);
      }
      Reply opened =
          api.put(
              "olive.admin",
              times,
              List.of(
                  Map.of(
                      "days",
                      List.of("saturday", "WEDNESDAY"),
                      "opensAt",
                      "9:30",
                      "closesAt",
                      "12:00",
                      "description",
                      "Bring boots.")));
      assertEquals(200, opened.status(), opened::toString);
      JsonNode entry = api.get("lina.link", "/services/" + ALLOTMENT).body();
      assertEquals(
          "Wednesday, Saturday 09:30 to 12:00. Bring boots.",
          entry.path("openingTimes").path(0).asText());
      assertTrue(
          entry.path("places").path(0).asText().startsWith("Community garden, 1 Station Street"),
          entry.path("places")::toString);
      assertFalse(entry.path("stale").asBoolean(), "saying where and when confirms the entry");
    } finally {
      assertEquals(200, api.put("olive.admin", places, placesBefore).status());
      assertEquals(200, api.put("olive.admin", times, timesBefore).status());
    }
    assertEquals(placesBefore, api.get("lina.link", places).body(), "put back");
  }

  @Test
  void aBadOrUnknownPostcodeIsToldAtTheField() {
    Reply bad = search("lina.link", "postcode=" + encode("not a postcode"));
    assertEquals(400, bad.status(), bad::toString);
    assertTrue(bad.hasFieldError("postcode"), bad::toString);
    Reply unknown = search("lina.link", "postcode=" + encode("ZZ9 9ZZ"));
    assertEquals(400, unknown.status(), unknown::toString);
    assertTrue(unknown.toString().contains("We do not know where ZZ9 9ZZ is"), unknown::toString);
    Reply notANumber = search("lina.link", "age=ten&within=far");
    assertTrue(notANumber.hasFieldError("age") && notANumber.hasFieldError("within"));
    assertEquals(401, api.get(null, "/services/search?q=debt").status(), "signed in only");
  }

  @Test
  void anEntryNotConfirmedForSixMonthsIsFlaggedUntilItsOrganisationConfirmsIt() throws Exception {
    Stale.make(stack, ALLOTMENT);
    Reply allotment = api.get("lina.link", "/services/" + ALLOTMENT);
    assertTrue(allotment.body().path("stale").asBoolean(), "not confirmed for seven months");
    assertTrue(found(search("lina.link", "q=allotment"), ALLOTMENT).path("stale").asBoolean());

    Stale.make(stack, BENEFITS_CHECK);
    assertTrue(
        api.get("lina.link", "/services/" + BENEFITS_CHECK).body().path("stale").asBoolean());
    assertEquals(
        403,
        api.post("vera.vcfse", "/services/" + BENEFITS_CHECK + "/confirm", null).status(),
        "another organisation");
    assertEquals(
        403, api.post("lina.link", "/services/" + BENEFITS_CHECK + "/confirm", null).status());
    Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
    Reply confirmed = api.post("mo.money", "/services/" + BENEFITS_CHECK + "/confirm", null);
    assertEquals(200, confirmed.status(), confirmed::toString);
    assertFalse(confirmed.body().path("stale").asBoolean());
    assertTrue(Instant.parse(confirmed.body().path("lastConfirmedAt").asText()).isAfter(before));
    assertFalse(found(search("lina.link", "q=benefits"), BENEFITS_CHECK).path("stale").asBoolean());
  }

  @Test
  void aStaleEntrysOrganisationIsAskedOnceByEmailAndAgainOnlyAfterItGoesStaleAgain()
      throws Exception {
    String subject = "Is Debt advice still running?";
    long before = asked(subject); // the shared stack's mailbox may hold an earlier ask
    Stale.make(stack, DEBT_DROP_IN); // St Mark's has no referrals address: the page shows it
    Stale.make(stack, CREDIT_UNION);
    Stale.make(stack, DEBT_ADVICE);
    await(() -> asked(subject) == before + 1, "Money Matters is asked");
    Mail mail =
        stack.mail().receivedBy(MONEY_MATTERS_MAIL).stream()
            .filter(m -> m.subject().equals(subject))
            .reduce((first, second) -> second)
            .orElseThrow();
    assertTrue(mail.body().contains("/services/capacity.xhtml"), mail::toString);
    Thread.sleep(5_000); // a few runs of the scheduled work
    assertEquals(before + 1, asked(subject), () -> "once per time it goes stale: " + asks());
    assertEquals(200, api.post("mo.money", "/services/" + DEBT_ADVICE + "/confirm", null).status());
    Stale.make(stack, DEBT_ADVICE);
    await(() -> asked(subject) == before + 2, "asked again after going stale again");
    assertEquals(200, api.post("mo.money", "/services/" + DEBT_ADVICE + "/confirm", null).status());
  }

  /**
   * An organisation's admin adds a service with its languages, and when it stops takes it out of
   * the directory: it is no longer found, listed, offered to partners or referred to, and its entry
   * no longer changes; staff who are not its admin, and other organisations, may not retire it.
   */
  @Test
  void aServiceThatHasStoppedIsTakenOutOfTheDirectoryByItsAdmin() throws Exception {
    String name = "Retiring walks " + java.util.concurrent.ThreadLocalRandom.current().nextInt();
    Map<String, Object> entry = new HashMap<>();
    entry.put("name", name);
    entry.put("description", "Short walks for people getting back on their feet.");
    entry.put("categoryIds", List.of(categoryOtherThanMoneyAndDebt()));
    entry.put("responseDays", 5);
    entry.put("languages", List.of("English", " Polish ", "polish", "British  Sign Language"));
    Reply added = api.post("olive.admin", "/services", entry);
    assertEquals(201, added.status(), added::toString);
    String id = added.body().path("id").asText();
    try {
      List<String> spoken = List.of("English", "Polish", "British Sign Language");
      assertEquals(spoken, languages(added.body()), "each named once, tidied");
      entry.remove("languages");
      entry.put("description", "Short walks, twice a week.");
      Reply edited = api.put("olive.admin", "/services/" + id, entry);
      assertEquals(200, edited.status(), edited::toString);
      assertEquals(spoken, languages(edited.body()), "left out, the languages are kept");
      entry.put("languages", List.of("English", "<b>Polish</b>"));
      Reply bad = api.put("olive.admin", "/services/" + id, entry);
      assertEquals(400, bad.status(), bad::toString);
      assertTrue(bad.hasFieldError("languages"), bad::toString);
      assertTrue(idsFound("q=" + encode(name)).contains(id), "found before it is retired");

      assertEquals(
          403, api.post("vera.vcfse", "/services/" + id + "/retire", null).status(), "not admin");
      assertEquals(
          403, api.post("mo.money", "/services/" + id + "/retire", null).status(), "another org");
      Reply retired = api.post("olive.admin", "/services/" + id + "/retire", null);
      assertEquals(200, retired.status(), retired::toString);
      String retiredAt = retired.body().path("retiredAt").asText();
      assertFalse(retiredAt.isEmpty(), retired::toString);
      Reply again = api.post("olive.admin", "/services/" + id + "/retire", null);
      assertEquals(retiredAt, again.body().path("retiredAt").asText(), "retiring again: no change");

      assertFalse(idsFound("q=" + encode(name)).contains(id), "no longer found");
      Reply list = api.get("lina.link", "/services?organisation=" + Demo.GREEN_MINDS);
      list.body().forEach(s -> assertFalse(s.path("id").asText().equals(id), "listed"));
      Reply shown = api.get("lina.link", "/services/" + id);
      assertEquals(retiredAt, shown.body().path("retiredAt").asText(), "still shown, retired");
      assertEquals(404, api.get(null, "/openreferral/services/" + id).status(), "not to partners");

      Reply change = api.put("olive.admin", "/services/" + id, Map.of("name", name));
      assertEquals(409, change.status(), change::toString);
      assertEquals("urn:neighbourhood:problem:service-retired", change.problemType());
      Reply confirm = api.post("olive.admin", "/services/" + id + "/confirm", null);
      assertEquals(409, confirm.status(), confirm::toString);

      Reply referral =
          api.post(
              "lina.link",
              "/referrals",
              Map.of(
                  "personId",
                  Demo.PAT,
                  "serviceId",
                  id,
                  "reason",
                  "Pat would like to walk with others.",
                  "urgency",
                  "ROUTINE",
                  "consentToShare",
                  true));
      assertEquals(409, referral.status(), referral::toString);
      assertEquals("urn:neighbourhood:problem:service-not-accepting", referral.problemType());
      assertTrue(referral.toString().contains("no longer runs"), referral::toString);
    } finally {
      Services.delete(stack, id);
    }
  }

  private static List<String> languages(JsonNode service) {
    List<String> names = new ArrayList<>();
    service.path("languages").forEach(language -> names.add(language.asText()));
    return names;
  }

  /** Every service found, not only the demo's. */
  private static List<String> idsFound(String query) {
    Reply reply = search("lina.link", query);
    assertEquals(200, reply.status(), reply::toString);
    List<String> ids = new ArrayList<>();
    reply.body().forEach(service -> ids.add(service.path("id").asText()));
    return ids;
  }

  private static String categoryOtherThanMoneyAndDebt() {
    for (JsonNode category : api.get("olive.admin", "/services/categories").body()) {
      if (!category.path("name").asText().equals("Money and debt")) {
        return category.path("id").asText();
      }
    }
    throw new AssertionError("no category but Money and debt");
  }

  private static long asked(String subject) {
    return stack.mail().receivedBy(MONEY_MATTERS_MAIL).stream()
        .filter(m -> m.subject().equals(subject))
        .count();
  }

  /** The outbox's record of each ask about Debt advice, to tell a second ask from a second send. */
  private static String asks() {
    List<String> rows = new ArrayList<>();
    try (Connection db = stack.connectToDatabase();
        PreparedStatement query =
            db.prepareStatement(
                "select event_key, created_at, sent_at, attempts, last_error from notification"
                    + " where event_key like ? order by created_at")) {
      query.setString(1, "service-stale:" + DEBT_ADVICE + ":%");
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          rows.add(
              row.getString(1)
                  + " created "
                  + row.getObject(2)
                  + ", sent "
                  + row.getObject(3)
                  + " after "
                  + row.getInt(4)
                  + " attempts ("
                  + row.getString(5)
                  + ")");
        }
      }
    } catch (SQLException e) {
      rows.add("the outbox could not be read: " + e);
    }
    return rows.toString();
  }

  private static void await(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "gave up waiting: " + what);
      Thread.sleep(250);
    }
  }

  @Test
  void onlyTheOrganisationsAdminEditsItsEntryAndBadInputChangesNothing() {
    JsonNode walking = api.get("olive.admin", "/services/" + WALKING).body();
    Map<String, Object> entry = entryOf(walking);
    entry.put("name", "");
    entry.put("minAge", 60);
    entry.put("maxAge", 18);
    entry.put("url", "walking.example");
    Reply refused = api.put("olive.admin", "/services/" + WALKING, entry);
    assertEquals(400, refused.status(), refused::toString);
    assertTrue(refused.hasFieldError("name") && refused.hasFieldError("maxAge"));
    assertTrue(refused.hasFieldError("url"));
    assertEquals(
        walking.path("name"), api.get("lina.link", "/services/" + WALKING).body().path("name"));
    Map<String, Object> nullCategory = entryOf(walking);
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    nullCategory.put("categoryIds", withNull);
    Reply noCategory = api.put("olive.admin", "/services/" + WALKING, nullCategory);
    assertEquals(400, noCategory.status(), noCategory::toString);
    assertTrue(noCategory.hasFieldError("categoryIds"), noCategory::toString);

    Map<String, Object> better = entryOf(walking);
    better.put("eligibility", "Anyone who can walk for half an hour, at their own pace.");
    for (String other : List.of("vera.vcfse", "mo.money", "lina.link")) {
      assertEquals(403, api.put(other, "/services/" + WALKING, better).status(), other);
    }
    Reply edited = api.put("olive.admin", "/services/" + WALKING, better);
    assertEquals(200, edited.status(), edited::toString);
    assertEquals(
        "Anyone who can walk for half an hour, at their own pace.",
        edited.body().path("eligibility").asText());
    assertEquals(walking.path("categoryIds"), edited.body().path("categoryIds"));
    assertFalse(edited.body().path("stale").asBoolean());
  }

  /**
   * An organisation's admin adds a service without an operator: it is found at once and can be
   * referred to; bad input is told field by field and adds nothing; only an admin may add one, and
   * only for the organisation they act for.
   */
  @Test
  void anOrganisationsAdminAddsAServiceThatIsFoundAtOnce() {
    String name = "Seed swap " + Instant.now().toEpochMilli();
    Reply empty = api.post("olive.admin", "/services", Map.of());
    assertEquals(400, empty.status(), empty::toString);
    assertTrue(empty.hasFieldError("name") && empty.hasFieldError("description"), empty::toString);

    String category = categoryId("Gardening");
    Map<String, Object> entry = new HashMap<>();
    entry.put("name", name);
    entry.put("description", "Bring seeds, take seeds: first Saturday of the month.");
    entry.put("categoryIds", List.of(category));
    entry.put("responseDays", 5);
    entry.put("acceptsReferrals", true);
    entry.put("acceptsSelfReferral", false);
    for (String other : List.of("vera.vcfse", "lina.link", "cara.commissioner")) {
      assertEquals(403, api.post(other, "/services", entry).status(), other);
    }
    assertTrue(
        search(name).isEmpty(), "nothing was added by the refused or the bad requests: " + name);

    Reply added = api.post("olive.admin", "/services", entry);
    assertEquals(201, added.status(), added::toString);
    String id = added.body().path("id").asText();
    assertTrue(added.header("Location").endsWith("/services/" + id), added.header("Location"));
    assertEquals(
        "00000000-0000-0000-0000-00000000a004", added.body().path("organisationId").asText());
    assertEquals("ACCEPTING", added.body().path("capacity").asText());
    assertFalse(added.body().path("stale").asBoolean(), "confirmed as it is added");
    assertEquals(List.of(id), search(name), "found by its name at once");
  }

  /**
   * An admin gives a service's phones, its contacts with theirs and its prices as Open Referral UK
   * models them: each problem is named by the item's place in its list, a list left out is kept,
   * and hostile lists (too long, a null inside) are refused by name.
   */
  @Test
  void contactsPhonesAndPricesAreCheckedItemByItemAndShown() {
    Map<String, Object> entry = new HashMap<>();
    entry.put("name", "Phone friends " + Instant.now().toEpochMilli());
    entry.put("description", "A weekly call for people who live alone.");
    entry.put("categoryIds", List.of(categoryId("Gardening")));
    entry.put("responseDays", 5);
    entry.put("phones", List.of(Map.of("number", "0115 496 0200", "type", "VOICE")));
    Map<String, Object> reception = new HashMap<>();
    reception.put("title", "Coordinator");
    reception.put("department", "Befriending");
    reception.put(
        "phones",
        List.of(Map.of("number", "07700 900200", "extension", "12", "description", "Weekdays")));
    Map<String, Object> named = new HashMap<>();
    named.put("name", "Ann Persona");
    named.put("email", "ann@phone-friends.example.org");
    Map<String, Object> free = new HashMap<>();
    free.put("option", "Everyone");
    free.put("amount", 0);
    Map<String, Object> lunch = new HashMap<>();
    lunch.put("amount", 3.5);
    lunch.put("amountDescription", "per lunch");
    lunch.put("validFrom", "2026-04-01");
    lunch.put("validTo", "2027-03-31");
    entry.put("contacts", List.of(reception, named));
    entry.put("costOptions", List.of(free, lunch));
    Reply added = api.post("olive.admin", "/services", entry);
    assertEquals(201, added.status(), added::toString);
    String id = added.body().path("id").asText();
    try {
      JsonNode shown = api.get("lina.link", "/services/" + id).body();
      assertEquals("0115 496 0200", shown.path("phones").get(0).path("number").asText());
      JsonNode first = shown.path("contacts").get(0);
      assertEquals("Befriending", first.path("department").asText());
      assertEquals("12", first.path("phones").get(0).path("extension").asText());
      assertEquals("Ann Persona", shown.path("contacts").get(1).path("name").asText());
      assertEquals(0, shown.path("costOptions").get(0).path("amount").decimalValue().signum());
      assertEquals("2027-03-31", shown.path("costOptions").get(1).path("validTo").asText());
      assertEquals("GBP", shown.path("costOptions").get(1).path("currency").asText());

      Map<String, Object> bad = new HashMap<>(entry);
      Map<String, Object> badPhone = new HashMap<>(reception);
      badPhone.put("phones", List.of(Map.of("number", "call us")));
      Map<String, Object> badEmail = new HashMap<>(named);
      badEmail.put("email", "ann at phone friends");
      Map<String, Object> negative = new HashMap<>(free);
      negative.put("amount", -1);
      bad.put("contacts", List.of(badPhone, badEmail));
      bad.put("costOptions", List.of(negative));
      Reply refused = api.put("olive.admin", "/services/" + id, bad);
      assertEquals(400, refused.status(), refused::toString);
      for (String field :
          List.of("contacts[0].phones[0].number", "contacts[1].email", "costOptions[0].amount")) {
        assertTrue(refused.hasFieldError(field), field + ": " + refused);
      }
      Map<String, Object> longName = new HashMap<>(named);
      longName.put("name", "A".repeat(201));
      bad.put("contacts", List.of(reception, longName));
      bad.put("costOptions", List.of(free));
      Reply tooLong = api.put("olive.admin", "/services/" + id, bad);
      assertEquals(400, tooLong.status(), tooLong::toString);
      assertTrue(tooLong.hasFieldError("contacts[1].name"), tooLong::toString);
      List<Object> withNull = new ArrayList<>();
      withNull.add(reception);
      withNull.add(null);
      bad.put("contacts", withNull);
      Reply nullInside = api.put("olive.admin", "/services/" + id, bad);
      assertEquals(400, nullInside.status(), nullInside::toString);
      assertTrue(nullInside.hasFieldError("contacts[1]"), nullInside::toString);
      bad.put("contacts", java.util.Collections.nCopies(11, reception));
      Reply tooMany = api.put("olive.admin", "/services/" + id, bad);
      assertEquals(400, tooMany.status(), tooMany::toString);
      assertTrue(tooMany.hasFieldError("contacts"), tooMany::toString);
      assertEquals(shown, api.get("lina.link", "/services/" + id).body(), "nothing changed");

      Map<String, Object> leftOut = new HashMap<>(entry);
      leftOut.remove("contacts");
      leftOut.remove("costOptions");
      leftOut.put("phones", List.of());
      Reply kept = api.put("olive.admin", "/services/" + id, leftOut);
      assertEquals(200, kept.status(), kept::toString);
      assertEquals(0, kept.body().path("phones").size(), "an empty list says there are none");
      assertEquals(shown.path("contacts"), kept.body().path("contacts"), "left out: kept");
      assertEquals(shown.path("costOptions"), kept.body().path("costOptions"), "left out: kept");
    } finally {
      Services.delete(stack, id);
    }
  }

  private static List<String> search(String words) {
    Reply found =
        api.get(
            "lina.link", "/services/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    assertEquals(200, found.status(), found::toString);
    List<String> ids = new ArrayList<>();
    found
        .body()
        .forEach(
            match -> {
              if (match.path("name").asText().equals(words)) {
                ids.add(match.path("id").asText());
              }
            });
    return ids;
  }

  private static Map<String, Object> entryOf(JsonNode service) {
    Map<String, Object> entry = new HashMap<>();
    for (String text :
        List.of("name", "description", "eligibility", "area", "fees", "url", "email")) {
      entry.put(text, service.path(text).isNull() ? null : service.path(text).asText());
    }
    for (String number : List.of("minAge", "maxAge", "responseDays")) {
      entry.put(number, service.path(number).isNull() ? null : service.path(number).asInt());
    }
    entry.put("acceptsReferrals", service.path("acceptsReferrals").asBoolean());
    entry.put("acceptsSelfReferral", service.path("acceptsSelfReferral").asBoolean());
    List<String> categories = new ArrayList<>();
    service.path("categoryIds").forEach(id -> categories.add(id.asText()));
    entry.put("categoryIds", categories);
    return entry;
  }

  static String categoryId(String name) {
    for (JsonNode category : api.get("lina.link", "/services/categories").body()) {
      if (category.path("name").asText().equals(name)) {
        return category.path("id").asText();
      }
    }
    throw new AssertionError("no category " + name);
  }
}
