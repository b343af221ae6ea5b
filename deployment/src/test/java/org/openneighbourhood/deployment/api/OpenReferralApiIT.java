package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openneighbourhood.deployment.stack.Demo.DEBT_ADVICE;
import static org.openneighbourhood.deployment.stack.Demo.DEBT_DROP_IN;
import static org.openneighbourhood.deployment.stack.Demo.PAT_POSTCODE;
import static org.openneighbourhood.deployment.stack.OrukSchemas.Kind.SERVICE;
import static org.openneighbourhood.deployment.stack.OrukSchemas.Kind.SERVICE_AT_LOCATION;
import static org.openneighbourhood.deployment.stack.OrukSchemas.Kind.SERVICE_AT_LOCATION_LIST_ITEM;
import static org.openneighbourhood.deployment.stack.OrukSchemas.Kind.SERVICE_LIST_ITEM;
import static org.openneighbourhood.deployment.stack.OrukSchemas.Kind.TAXONOMY;
import static org.openneighbourhood.deployment.stack.OrukSchemas.Kind.TAXONOMY_TERM;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.OrukSchemas;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Services;

/**
 * The public Open Referral UK API ({@code /api/openreferral}) against the running stack, signed
 * out: every endpoint's answers valid against the profile's JSON Schemas, paging with {@code page}
 * and {@code per_page}, the filters, and no personal data.
 */
@ExtendWith(RunningStack.class)
@Tag("directory")
class OpenReferralApiIT {

  static Api api;
  static LocalStack stack;

  @BeforeAll
  static void start(LocalStack running) {
    stack = running;
    api = new Api(running);
  }

  /** Signed out: the ORUK API needs no token. */
  private static JsonNode get(String path) {
    Reply reply = api.get(null, "/openreferral" + path);
    assertEquals(200, reply.status(), () -> path + ": " + reply);
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    return reply.body();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("contents").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void everyServicePageAndEveryServiceIsValidOpenReferral() {
    JsonNode first = get("/services?per_page=3");
    OrukSchemas.assertValidPage(SERVICE_LIST_ITEM, first);
    assertTrue(first.get("total_items").asInt() >= 7, first::toString);
    assertEquals(1, first.get("page_number").asInt());
    assertTrue(first.get("first_page").asBoolean());
    int pages = first.get("total_pages").asInt();
    assertEquals((first.get("total_items").asInt() + 2) / 3, pages);
    Set<String> seen = new HashSet<>();
    for (int page = 1; page <= pages; page++) {
      JsonNode contents = get("/services?per_page=3&page=" + page);
      OrukSchemas.assertValidPage(SERVICE_LIST_ITEM, contents);
      assertEquals(page == pages, contents.get("last_page").asBoolean());
      for (String id : ids(contents)) {
        assertTrue(seen.add(id), "each service on one page only: " + id);
        JsonNode service = get("/services/" + id);
        OrukSchemas.assertValid(SERVICE, service);
        assertEquals(id, service.path("id").asText());
      }
    }
    assertEquals(first.get("total_items").asInt(), seen.size());
    JsonNode pastTheEnd = get("/services?per_page=3&page=" + (pages + 1));
    OrukSchemas.assertValidPage(SERVICE_LIST_ITEM, pastTheEnd);
    assertTrue(pastTheEnd.get("empty").asBoolean());
  }

  @Test
  void aServiceCarriesItsPlaceCategoriesTimesCostsAndContactsWithPhones() {
    JsonNode debt = get("/services/" + DEBT_ADVICE);
    assertEquals("Debt advice", debt.path("name").asText());
    assertEquals("active", debt.path("status").asText());
    assertEquals(18, debt.path("minimum_age").asInt());
    assertEquals("Money Matters Advice", debt.path("organization").path("name").asText());
    JsonNode place = debt.path("service_at_locations").get(0).path("location");
    assertEquals("NG1 6AF", place.path("addresses").get(0).path("postal_code").asText());
    assertEquals(
        "Money and debt",
        debt.path("attributes").get(0).path("taxonomy_term").path("name").asText());
    assertEquals("MO,TU,WE,TH,FR", debt.path("schedules").get(0).path("byday").asText());
    assertEquals("09:30:00", debt.path("schedules").get(0).path("opens_at").asText());
    JsonNode free = debt.path("cost_options").get(0);
    assertEquals(0, free.path("amount").asInt(), "an amount of 0: free");
    assertEquals("GBP", free.path("currency").asText());
    assertEquals(3, debt.path("languages").size());
    JsonNode contact = debt.path("contacts").get(0);
    assertEquals("Advice line", contact.path("title").asText());
    assertEquals("Debt advice", contact.path("department").asText());
    assertFalse(contact.has("name"), "the demo's contacts are roles: nobody is named");
    JsonNode line = contact.path("phones").get(0);
    assertEquals("0115 496 0101", line.path("number").asText());
    assertEquals("voice", line.path("type").asText());
    assertEquals(contact.path("id").asText(), line.path("contact_id").asText());
    JsonNode paused = get("/services/00000000-0000-0000-0000-00000000b004");
    assertEquals("temporarily closed", paused.path("status").asText());
  }

  /**
   * What an organisation's admin writes through the API (a named contact with phones, the service's
   * own phones, dated prices) is published as valid Open Referral, HSDS 3's extra fields included,
   * and changes with the entry.
   */
  @Test
  void contactsPhonesAndPricesAnAdminWritesArePublishedAsValidOpenReferral() {
    Map<String, Object> entry = new HashMap<>();
    entry.put("name", "Open Referral tea " + Instant.now().toEpochMilli());
    entry.put("description", "Tea and a chat.");
    entry.put("responseDays", 5);
    entry.put("fees", "Donations welcome");
    entry.put(
        "phones",
        List.of(Map.of("number", "0115 496 0300", "extension", "204", "type", "TEXTPHONE")));
    entry.put(
        "contacts",
        List.of(
            Map.of(
                "name", "Ann Persona",
                "title", "Host",
                "department", "Tea room",
                "email", "tea@open-referral-tea.example.org",
                "phones", List.of(Map.of("number", "07700 900300", "description", "Texts")))));
    entry.put(
        "costOptions",
        List.of(
            Map.of(
                "option", "Adults",
                "amount", 2.5,
                "amountDescription", "per cup",
                "validFrom", "2026-01-01",
                "validTo", "2026-12-31")));
    Reply added = api.post("olive.admin", "/services", entry);
    assertEquals(201, added.status(), added::toString);
    String id = added.body().path("id").asText();
    try {
      JsonNode service = get("/services/" + id);
      OrukSchemas.assertValid(SERVICE, service);
      assertEquals("Donations welcome", service.path("fees").asText());
      JsonNode own = service.path("phones").get(0);
      assertEquals("0115 496 0300", own.path("number").asText());
      assertEquals(204, own.path("extension").asInt());
      assertEquals("textphone", own.path("type").asText());
      JsonNode contact = service.path("contacts").get(0);
      assertEquals("Ann Persona", contact.path("name").asText());
      assertEquals("Host", contact.path("title").asText());
      assertEquals("Tea room", contact.path("department").asText());
      assertEquals(id, contact.path("service_id").asText());
      assertEquals("07700 900300", contact.path("phones").get(0).path("number").asText());
      JsonNode price = service.path("cost_options").get(0);
      assertEquals("2.5", price.path("amount").asText());
      assertEquals("GBP", price.path("currency").asText());
      assertEquals("2026-01-01", price.path("valid_from").asText());
      assertEquals("2026-12-31", price.path("valid_to").asText());
      assertEquals("per cup", price.path("amount_description").asText());

      entry.put("contacts", List.of(Map.of("title", "Host")));
      assertEquals(200, api.put("olive.admin", "/services/" + id, entry).status());
      JsonNode changed = get("/services/" + id);
      OrukSchemas.assertValid(SERVICE, changed);
      assertEquals(
          contact.path("id").asText(),
          changed.path("contacts").get(0).path("id").asText(),
          "the contact changed keeps its id");
      assertFalse(changed.path("contacts").get(0).has("name"));
      assertEquals(0, changed.path("contacts").get(0).path("phones").size());
      assertEquals(1, changed.path("phones").size(), "the service's own phone is kept");
    } finally {
      Services.delete(stack, id);
    }
  }

  @Test
  void servicesAtLocationsArePagedAndNearestFirstNearAPostcode() {
    JsonNode page = get("/service_at_locations?per_page=100");
    OrukSchemas.assertValidPage(SERVICE_AT_LOCATION_LIST_ITEM, page);
    for (String id : ids(page)) {
      OrukSchemas.assertValid(SERVICE_AT_LOCATION, get("/service_at_locations/" + id));
    }
    JsonNode near =
        get(
            "/service_at_locations?search="
                + encode("debt advice")
                + "&postcode="
                + encode(PAT_POSTCODE));
    OrukSchemas.assertValidPage(SERVICE_AT_LOCATION_LIST_ITEM, near);
    List<String> services = new ArrayList<>();
    near.get("contents").forEach(item -> services.add(item.path("service_id").asText()));
    assertEquals(List.of(DEBT_ADVICE, DEBT_DROP_IN), services);
    JsonNode close =
        get("/service_at_locations?postcode=" + encode(PAT_POSTCODE) + "&proximity=1000");
    assertEquals(2, close.get("total_items").asInt(), "Money Matters' two, within a kilometre");
  }

  @Test
  void servicesAreFilteredAsTheProfileSays() {
    JsonNode search = get("/services?search=" + encode("debt advice"));
    OrukSchemas.assertValidPage(SERVICE_LIST_ITEM, search);
    assertEquals(List.of(DEBT_ADVICE, DEBT_DROP_IN), ids(search));
    JsonNode terms = get("/taxonomy_terms?per_page=100");
    String moneyAndDebt = null;
    for (JsonNode term : terms.get("contents")) {
      if (term.path("name").asText().equals("Money and debt")) {
        moneyAndDebt = term.path("id").asText();
      }
    }
    JsonNode byTerm = get("/services?taxonomy_term_id=" + moneyAndDebt);
    assertEquals(4, byTerm.get("total_items").asInt(), byTerm::toString);
    JsonNode children = get("/services?maximum_age=12&per_page=100");
    for (JsonNode service : children.get("contents")) {
      assertTrue(!service.has("minimum_age") || service.get("minimum_age").asInt() <= 12);
    }
    assertTrue(get("/services?minimum_age=18&maximum_age=18").get("total_items").asInt() >= 7);
    Reply badPage = api.get(null, "/openreferral/services?page=0&per_page=1000");
    assertEquals(400, badPage.status());
    assertTrue(
        badPage.hasFieldError("page") && badPage.hasFieldError("per_page"), badPage::toString);
    Reply missing = api.get(null, "/openreferral/services/" + java.util.UUID.randomUUID());
    assertEquals(404, missing.status());
    assertEquals("application/problem+json", missing.contentType());
  }

  @Test
  void taxonomiesAndTermsAreValidOpenReferral() {
    JsonNode taxonomies = get("/taxonomies");
    OrukSchemas.assertValidPage(TAXONOMY, taxonomies);
    for (String id : ids(taxonomies)) {
      JsonNode taxonomy = get("/taxonomies/" + id);
      OrukSchemas.assertValid(TAXONOMY, taxonomy);
      assertTrue(taxonomy.path("taxonomy_terms").size() > 0);
      JsonNode terms = get("/taxonomy_terms?taxonomy_id=" + id + "&per_page=2");
      OrukSchemas.assertValidPage(TAXONOMY_TERM, terms);
      for (String term : ids(terms)) {
        OrukSchemas.assertValid(TAXONOMY_TERM, get("/taxonomy_terms/" + term));
      }
    }
  }

  @Test
  void theSchemasRefuseWhatIsNotOpenReferral() {
    JsonNode service = get("/services/" + DEBT_ADVICE);
    var broken = (com.fasterxml.jackson.databind.node.ObjectNode) service.deepCopy();
    broken.remove("status");
    broken.put("id", "not-a-uuid");
    String violations = OrukSchemas.violations(SERVICE, broken).toString();
    assertTrue(violations.contains("status"), violations);
    assertTrue(violations.contains("/id"), "the check can fail: " + violations);
  }
}
