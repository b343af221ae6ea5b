package org.openneighbourhood.api.openreferral.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.openneighbourhood.api.directory.entity.Capacity;
import org.openneighbourhood.api.directory.entity.CostOption;
import org.openneighbourhood.api.directory.entity.Language;
import org.openneighbourhood.api.directory.entity.Location;
import org.openneighbourhood.api.directory.entity.OpeningTime;
import org.openneighbourhood.api.directory.entity.Phone;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.directory.entity.ServiceAtLocation;
import org.openneighbourhood.api.directory.entity.ServiceContact;
import org.openneighbourhood.api.directory.entity.Taxonomy;
import org.openneighbourhood.api.directory.entity.TaxonomyTerm;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.time.entity.London;

/**
 * Directory entries as Open Referral UK objects (the {@code compiled/*.json} schemas of the UK
 * profile). Absent values are left out, never null. Records the directory keeps as columns of a
 * service (its area, a phone) get ids derived from the service's, so an export imported and
 * exported again is the same. Besides the profile's fields, HSDS 3.0 fields the profile leaves open
 * are filled where the directory has them: {@code eligibility_description}, a language's {@code
 * name} and {@code code}, a contact's {@code department}, {@code email} and {@code phones}, a
 * phone's {@code extension} and {@code type}, a cost option's {@code currency}.
 */
public final class OpenReferralJson {

  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneId.of("UTC"));

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private OpenReferralJson() {}

  /** A page of an ORUK list (the openapi.json {@code Page} schema with {@code contents}). */
  public static JsonObject page(List<JsonObject> contents, long total, int page, int perPage) {
    long pages = total == 0 ? 0 : (total + perPage - 1) / perPage;
    JsonArrayBuilder items = Json.createArrayBuilder();
    contents.forEach(items::add);
    return Json.createObjectBuilder()
        .add("total_items", total)
        .add("total_pages", pages)
        .add("page_number", page)
        .add("size", contents.size())
        .add("first_page", page == 1)
        .add("last_page", page >= pages)
        .add("empty", contents.isEmpty())
        .add("contents", items)
        .build();
  }

  /** The service's one-to-one fields and its organisation (a {@code service_list.json} item). */
  public static JsonObjectBuilder serviceSummary(Service service, LocalDate today) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    json.add("id", service.id().toString());
    json.add("organization_id", service.organisation().id().toString());
    json.add("name", service.name());
    json.add("description", service.description());
    put(json, "url", service.url());
    put(json, "email", service.email());
    json.add("status", status(service, today));
    put(json, "fees", service.fees());
    service.minAge().ifPresent(age -> json.add("minimum_age", age));
    service.maxAge().ifPresent(age -> json.add("maximum_age", age));
    json.add("assured_date", assuredDate(service.lastConfirmedAt()));
    json.add("last_modified", MILLIS.format(service.modifiedAt().truncatedTo(ChronoUnit.MILLIS)));
    put(json, "eligibility_description", service.eligibility());
    json.add("organization", organisation(service.organisation()));
    return json;
  }

  /** The service with everything about it (a {@code service.json}). */
  public static JsonObject service(Service service, LocalDate today) {
    JsonObjectBuilder json = serviceSummary(service, today);
    json.add("schedules", array(service.openingTimes(), OpenReferralJson::schedule));
    JsonArrayBuilder areas = Json.createArrayBuilder();
    service
        .area()
        .ifPresent(
            area ->
                areas.add(
                    Json.createObjectBuilder()
                        .add("id", derived(service.id(), "service_area").toString())
                        .add("name", area)
                        .add("service_area", area)));
    json.add("service_areas", areas);
    json.add(
        "service_at_locations",
        array(service.locations(), at -> serviceAtLocation(at, true).build()));
    json.add("languages", array(service.languages(), OpenReferralJson::language));
    json.add("cost_options", array(service.costOptions(), OpenReferralJson::costOption));
    json.add("contacts", array(service.contacts(), contact -> contact(service, contact)));
    json.add("attributes", array(service.terms(), term -> attribute(service.id(), term)));
    json.add("phones", array(service.phones(), OpenReferralJson::phone));
    return json.build();
  }

  /** A {@code service_at_location_list.json} item: the place and the service's summary. */
  public static JsonObject serviceAtLocationSummary(
      Service service, ServiceAtLocation at, LocalDate today) {
    return serviceAtLocation(at, false)
        .add("service_id", service.id().toString())
        .add("service", serviceSummary(service, today))
        .build();
  }

  /** A {@code service_at_location.json}: the place with its address, and the whole service. */
  public static JsonObject serviceAtLocation(
      Service service, ServiceAtLocation at, LocalDate today) {
    return serviceAtLocation(at, true)
        .add("service_id", service.id().toString())
        .add("service", service(service, today))
        .build();
  }

  public static JsonObject taxonomy(Taxonomy taxonomy, List<TaxonomyTerm> terms) {
    JsonObjectBuilder json = taxonomySummary(taxonomy);
    if (terms != null) {
      json.add("taxonomy_terms", array(terms, OpenReferralJson::taxonomyTerm));
    }
    return json.build();
  }

  public static JsonObjectBuilder taxonomySummary(Taxonomy taxonomy) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", taxonomy.id().toString())
            .add("name", taxonomy.name())
            .add("description", taxonomy.description());
    put(json, "uri", taxonomy.uri());
    put(json, "version", taxonomy.version());
    return json;
  }

  public static JsonObject taxonomyTerm(TaxonomyTerm term) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", term.id().toString())
            .add("name", term.name())
            .add("description", term.description());
    term.parentId().ifPresent(parent -> json.add("parent_id", parent.toString()));
    json.add("taxonomy", term.taxonomy().name());
    json.add("taxonomy_id", term.taxonomy().id().toString());
    put(json, "term_uri", term.termUri());
    json.add("term", term.code().orElse(term.name()));
    return json.build();
  }

  /**
   * ORUK's status: a paused service (not yet reopened) is temporarily closed. The directory holds
   * no inactive or defunct services: those are not imported.
   */
  static String status(Service service, LocalDate today) {
    return service.capacity() == Capacity.PAUSED && !service.acceptsReferrals(today)
        ? "temporarily closed"
        : "active";
  }

  /** The day, in London, the entry was last confirmed (ORUK's {@code assured_date}). */
  static String assuredDate(Instant confirmedAt) {
    return confirmedAt.atZone(London.ZONE).toLocalDate().toString();
  }

  /** The id of a record the directory keeps inside a service (its area, its phone). */
  public static UUID derived(UUID owner, String what) {
    return UUID.nameUUIDFromBytes((owner + "/" + what).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject organisation(Organisation organisation) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", organisation.id().toString())
            .add("name", organisation.name())
            .add("description", organisation.description().orElse(organisation.name()));
    put(json, "email", organisation.email());
    put(json, "website", organisation.website());
    return json.build();
  }

  private static JsonObjectBuilder serviceAtLocation(ServiceAtLocation at, boolean withAddress) {
    Location location = at.location();
    JsonObjectBuilder place =
        Json.createObjectBuilder()
            .add("id", location.id().toString())
            .add("location_type", "physical");
    put(place, "name", location.name());
    put(place, "description", location.description());
    location
        .position()
        .ifPresent(
            position ->
                place.add("latitude", position.latitude()).add("longitude", position.longitude()));
    if (withAddress && location.hasAddress()) {
      place.add(
          "addresses",
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("id", derived(location.id(), "address").toString())
                      .add("address_1", location.address1().orElseThrow())
                      .add("city", location.city().orElseThrow())
                      .add("state_province", location.county().orElse(""))
                      .add("postal_code", location.postalCode().orElseThrow())
                      .add("country", location.country())
                      .add("address_type", "physical")));
    }
    return Json.createObjectBuilder()
        .add("id", at.id().toString())
        .add("location_id", location.id().toString())
        .add("location", place);
  }

  private static JsonObject schedule(OpeningTime time) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", time.id().toString())
            .add("freq", "WEEKLY")
            .add("interval", 1)
            .add("byday", time.byDay());
    time.opensAt().ifPresent(at -> json.add("opens_at", TIME.format(at)));
    time.closesAt().ifPresent(at -> json.add("closes_at", TIME.format(at)));
    put(json, "description", time.description());
    return json.build();
  }

  private static JsonObject language(Language language) {
    JsonObjectBuilder json =
        Json.createObjectBuilder().add("id", language.id().toString()).add("name", language.name());
    put(json, "code", language.code());
    return json.build();
  }

  /**
   * A cost option: the amount in pounds (0 when free; ORUK's examples give whole numbers as such),
   * the HSDS {@code currency}, and the days the price holds.
   */
  private static JsonObject costOption(CostOption cost) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("id", cost.id().toString());
    cost.validFrom().ifPresent(day -> json.add("valid_from", day.toString()));
    cost.validTo().ifPresent(day -> json.add("valid_to", day.toString()));
    put(json, "option", cost.option());
    cost.amount()
        .map(OpenReferralJson::plain)
        .ifPresent(amount -> json.add("amount", amount).add("currency", cost.currency()));
    put(json, "amount_description", cost.amountDescription());
    return json.build();
  }

  private static BigDecimal plain(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** A contact with the profile's name and title, and HSDS 3's department, email and phones. */
  private static JsonObject contact(Service service, ServiceContact contact) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("id", contact.id().toString());
    json.add("service_id", service.id().toString());
    put(json, "name", contact.name());
    put(json, "title", contact.title());
    put(json, "department", contact.department());
    put(json, "email", contact.email());
    json.add("phones", array(service.phonesOf(contact), OpenReferralJson::phone));
    return json.build();
  }

  /** A phone: the profile's number and description, and HSDS 3's extension and type. */
  private static JsonObject phone(Phone phone) {
    JsonObjectBuilder json =
        Json.createObjectBuilder().add("id", phone.id().toString()).add("number", phone.number());
    phone.contactId().ifPresent(contact -> json.add("contact_id", contact.toString()));
    phone.extension().ifPresent(digits -> json.add("extension", Integer.parseInt(digits)));
    phone.type().ifPresent(type -> json.add("type", type.oruk()));
    put(json, "description", phone.description());
    return json.build();
  }

  private static JsonObject attribute(UUID serviceId, TaxonomyTerm term) {
    return Json.createObjectBuilder()
        .add("id", derived(serviceId, "attribute/" + term.id()).toString())
        .add("link_id", serviceId.toString())
        .add("link_type", "service")
        .add("taxonomy_term_id", term.id().toString())
        .add("taxonomy_term", taxonomyTerm(term))
        .build();
  }

  private static <T> JsonArrayBuilder array(List<T> items, Function<T, JsonObject> json) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    items.forEach(item -> array.add(json.apply(item)));
    return array;
  }

  private static void put(JsonObjectBuilder json, String name, Optional<String> value) {
    value.ifPresent(text -> json.add(name, text));
  }
}
