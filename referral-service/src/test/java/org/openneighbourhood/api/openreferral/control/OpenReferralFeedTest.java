package org.openneighbourhood.api.openreferral.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openneighbourhood.api.directory.entity.PhoneType;
import org.openneighbourhood.api.openreferral.control.OpenReferralFeed.Rejection;
import org.openneighbourhood.api.openreferral.control.OpenReferralFeed.ServiceRecord;

class OpenReferralFeedTest {

  private static JsonStructure example(String name) throws IOException {
    try (InputStream in =
        OpenReferralFeedTest.class.getResourceAsStream("/oruk/examples/" + name)) {
      return Json.createReader(in).read();
    }
  }

  private static OpenReferralFeed feed(String json) {
    return OpenReferralFeed.read(Json.createReader(new StringReader(json)).read());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "service_full.json",
        "service_list.json",
        "service_at_location_full.json",
        "service_at_location_list.json",
        "organization_full.json",
        "organization_list.json",
        "taxonomy.json",
        "taxonomy_list.json",
        "taxonomy_term.json",
        "taxonomy_term_list.json"
      })
  void everyExampleOfTheProfileIsReadWithoutARejection(String example) throws IOException {
    OpenReferralFeed feed = OpenReferralFeed.read(example(example));
    assertEquals(List.of(), feed.rejections(), example);
    assertEquals(1, feed.records(), example + " holds one record");
    assertTrue(
        feed.services().size()
                + feed.organisations().size()
                + feed.taxonomies().size()
                + feed.terms().size()
            > 0,
        example + " was read");
  }

  @Test
  void aFullServiceIsReadWithEverythingTheDirectoryKeeps() throws IOException {
    OpenReferralFeed feed = OpenReferralFeed.read(example("service_full.json"));
    ServiceRecord counselling = feed.services().get(0);
    assertEquals("Community Counselling", counselling.name());
    assertEquals(12, counselling.minAge());
    assertEquals(100, counselling.maxAge());
    assertEquals(
        UUID.fromString("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"), counselling.organisationId());
    assertEquals(
        Set.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), counselling.schedules().get(0).days());
    assertEquals(LocalTime.of(10, 0), counselling.schedules().get(0).opensAt());
    assertEquals("Reception Manager", counselling.contacts().get(0).title(), "a role, not Ann");
    assertEquals(1, counselling.places().size());
    assertEquals("US", counselling.places().get(0).location().country());
    assertEquals(
        null, counselling.places().get(0).location().position(), "latitude 100 is off the earth");
    assertEquals(1, counselling.termIds().size());
    assertTrue(feed.notes().stream().anyMatch(n -> n.contains("not a place on the earth")));
    assertTrue(feed.notes().stream().anyMatch(n -> n.contains("has no name")), "a bare language");
  }

  @Test
  void contactsWithTheirPhonesAndDatedCostsAreReadAsHsdsGivesThem() {
    OpenReferralFeed feed =
        feed(
            """
            {"id": "6f2c5c1e-0000-4000-8000-000000000001", "name": "Tea", "status": "active",
             "organization_id": "6f2c5c1e-0000-4000-8000-0000000000aa",
             "phones": [{"id": "6f2c5c1e-0000-4000-8000-000000000011", "number": "0115 496 0000",
                         "extension": 204, "type": "voice", "description": "Weekdays"}],
             "contacts": [{"id": "6f2c5c1e-0000-4000-8000-000000000021", "name": "Ann Persona",
                           "title": "Reception Manager", "department": "Front desk",
                           "email": "reception@tea.example.org",
                           "phones": [{"id": "6f2c5c1e-0000-4000-8000-000000000022",
                                       "number": "07700 900123", "type": "text"}]}],
             "cost_options": [{"id": "6f2c5c1e-0000-4000-8000-000000000031",
                               "valid_from": "2026-01-01", "valid_to": "2026-12-31",
                               "option": "Adults", "amount": 5, "currency": "GBP",
                               "amount_description": "per session"}]}
            """);
    assertEquals(List.of(), feed.rejections());
    ServiceRecord tea = feed.services().get(0);
    assertEquals("204", tea.phones().get(0).extension());
    assertEquals(PhoneType.VOICE, tea.phones().get(0).type());
    var contact = tea.contacts().get(0);
    assertEquals("Ann Persona", contact.name());
    assertEquals("Front desk", contact.department());
    assertEquals("reception@tea.example.org", contact.email());
    assertEquals("07700 900123", contact.phones().get(0).number());
    assertEquals(PhoneType.TEXT, contact.phones().get(0).type());
    var cost = tea.costs().get(0);
    assertEquals(LocalDate.of(2026, 1, 1), cost.validFrom());
    assertEquals(LocalDate.of(2026, 12, 31), cost.validTo());
    assertEquals(0, new BigDecimal("5").compareTo(cost.amount()));
  }

  @Test
  void aPriceInAnotherCurrencyRejectsItsService() {
    OpenReferralFeed feed =
        feed(
            """
            {"id": "6f2c5c1e-0000-4000-8000-000000000001", "name": "Tea", "status": "active",
             "organization_id": "6f2c5c1e-0000-4000-8000-0000000000aa",
             "cost_options": [{"id": "6f2c5c1e-0000-4000-8000-000000000031", "amount": 5,
                               "currency": "USD"}]}
            """);
    assertEquals(
        List.of(
            "cost option 6f2c5c1e-0000-4000-8000-000000000031 is in USD: the directory keeps"
                + " prices in GBP"),
        feed.rejections().stream().map(Rejection::reason).toList());
  }

  @Test
  void eachRecordThatCannotBeKeptIsRejectedWithTheReason() {
    OpenReferralFeed feed =
        feed(
            """
            {"contents": [
              {"id": "6f2c5c1e-0000-4000-8000-000000000001", "status": "active",
               "organization_id": "6f2c5c1e-0000-4000-8000-0000000000aa"},
              {"id": "not-a-uuid", "name": "Lunch club", "status": "active"},
              {"id": "6f2c5c1e-0000-4000-8000-000000000003", "name": "Closed club", "status": "defunct"},
              {"id": "6f2c5c1e-0000-4000-8000-000000000004", "name": "Walks", "status": "active",
               "organization_id": "6f2c5c1e-0000-4000-8000-0000000000aa",
               "service_at_locations": [{"id": "6f2c5c1e-0000-4000-8000-000000000041",
                 "location": {"id": "6f2c5c1e-0000-4000-8000-000000000042", "location_type": "physical",
                   "addresses": [{"id": "6f2c5c1e-0000-4000-8000-000000000043", "address_1": "1 Park Road",
                     "city": "Nottingham", "state_province": "", "postal_code": "NOT A CODE",
                     "country": "GB", "address_type": "physical"}]}}]},
              {"id": "6f2c5c1e-0000-4000-8000-000000000005", "name": "Swim", "status": "active",
               "minimum_age": 65, "maximum_age": 18,
               "organization_id": "6f2c5c1e-0000-4000-8000-0000000000aa"},
              {"id": "6f2c5c1e-0000-4000-8000-000000000006", "name": "Drop-in", "status": "active"},
              "a string"
            ]}
            """);
    List<String> reasons = feed.rejections().stream().map(Rejection::reason).toList();
    assertEquals(
        List.of(
            "name is missing",
            "id 'not-a-uuid' is not a UUID",
            "status is 'defunct': only active or temporarily closed services are listed",
            "location 6f2c5c1e-0000-4000-8000-000000000042: 'NOT A CODE' is not a UK postcode",
            "minimum_age 65 is more than maximum_age 18",
            "no organization: give organization or organization_id",
            "not a JSON object"),
        reasons);
    assertEquals(7, feed.records());
    assertTrue(feed.services().isEmpty());
  }

  @Test
  void aControlCharacterInAnyTextRejectsItsRecordNamingTheField() {
    OpenReferralFeed feed =
        feed(
            """
            [{"id": "6f2c5c1e-0000-4000-8000-000000000001", "name": "Tea\\u0000%s",
              "status": "active",
              "organization": {"id": "6f2c5c1e-0000-4000-8000-0000000000aa", "name": "Parks"}},
             {"id": "6f2c5c1e-0000-4000-8000-000000000002", "name": "Walks", "status": "active",
              "description": "Line one\\nline two\\tand a tab",
              "organization": {"id": "6f2c5c1e-0000-4000-8000-0000000000aa", "name": "Parks"}},
             {"id": "6f2c5c1e-0000-4000-8000-000000000003", "name": "Bells", "status": "active",
              "organization": {"id": "6f2c5c1e-0000-4000-8000-0000000000aa", "name": "Parks"},
              "contacts": [{"id": "6f2c5c1e-0000-4000-8000-000000000031",
                "title": "Bell\\u0007"}]}]
            """
                .formatted("and talk ".repeat(20)));
    assertEquals(
        List.of("Line one\nline two\tand a tab"),
        feed.services().stream().map(ServiceRecord::description).toList(),
        "tabs and line breaks are words' own");
    Rejection nul = feed.rejections().get(0);
    assertEquals(
        "name holds a control character (U+0000), which the directory does not keep", nul.reason());
    assertTrue(
        nul.record().startsWith("service 6f2c5c1e-0000-4000-8000-000000000001 (Tea\uFFFDand talk"),
        "shown without the character: " + nul.record());
    assertTrue(nul.record().endsWith("…)"), "a long name is cut short: " + nul.record());
    assertEquals(
        "title holds a control character (U+0007), which the directory does not keep",
        feed.rejections().get(1).reason(),
        "a bell in a contact's title is not");
  }

  @Test
  void anOrganisationWhoseServicesAreNotAListIsKeptWithoutServices() {
    OpenReferralFeed feed =
        feed(
            """
            {"id": "6f2c5c1e-0000-4000-8000-0000000000aa", "name": "Friends of the park",
             "website": "https://example.org", "services": "https://example.org/services"}
            """);
    assertEquals(1, feed.organisations().size());
    assertEquals(List.of(), feed.services());
    assertEquals(List.of(), feed.rejections());
  }

  @Test
  void aServiceAtLocationAddsItsPlaceToTheService() throws IOException {
    OpenReferralFeed feed = OpenReferralFeed.read(example("service_at_location_full.json"));
    assertEquals(List.of(), feed.rejections());
    assertEquals(
        UUID.fromString("e94c9f38-1e8f-4564-91d4-d53501ab1765"),
        feed.services().get(0).places().get(0).id());
  }

  @Test
  void aPostcodeIsKeptInItsOneWrittenForm() {
    OpenReferralFeed feed =
        feed(
            """
            {"id": "6f2c5c1e-0000-4000-8000-000000000007", "name": "Walks", "status": "active",
             "organization": {"id": "6f2c5c1e-0000-4000-8000-0000000000aa", "name": "Parks",
               "description": "Friends of the parks"},
             "service_at_locations": [{"id": "6f2c5c1e-0000-4000-8000-000000000071",
               "location": {"id": "6f2c5c1e-0000-4000-8000-000000000072", "location_type": "physical",
                 "latitude": 52.95, "longitude": -1.15,
                 "addresses": [{"id": "6f2c5c1e-0000-4000-8000-000000000073", "address_1": "1 Park Road",
                   "city": "Nottingham", "state_province": "Nottinghamshire", "postal_code": "ng15ab",
                   "country": "GB", "address_type": "physical"}]}}]}
            """);
    var location = feed.services().get(0).places().get(0).location();
    assertEquals("NG1 5AB", location.postcode());
    assertEquals(52.95, location.position().latitude());
    assertEquals("Parks", feed.organisations().get(0).name());
  }

  @Test
  void aServiceReadTwiceKeepsItsFullRecordAndEachPlaceOnce() throws IOException {
    JsonStructure full = example("service_full.json");
    JsonStructure list = example("service_list.json");
    JsonStructure place = example("service_at_location_full.json");
    JsonStructure placeListed = example("service_at_location_list.json");
    OpenReferralFeed feed =
        OpenReferralFeed.read(
            Json.createArrayBuilder().add(full).add(list).add(place).add(placeListed).build());
    assertEquals(List.of(), feed.rejections());
    assertEquals(1, feed.services().size());
    ServiceRecord counselling = feed.services().get(0);
    assertEquals(1, counselling.schedules().size(), "the list item did not replace the full one");
    assertEquals(1, counselling.places().size(), "the same place once");
    assertEquals(
        "1-30 Main Street",
        counselling.places().get(0).location().address1(),
        "a listed place without its address did not replace the full one");
  }
}
