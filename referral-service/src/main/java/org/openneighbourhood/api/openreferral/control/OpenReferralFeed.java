package org.openneighbourhood.api.openreferral.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.openneighbourhood.api.directory.entity.CostOption;
import org.openneighbourhood.api.directory.entity.OpeningTime;
import org.openneighbourhood.api.directory.entity.PhoneNumber;
import org.openneighbourhood.api.directory.entity.PhoneType;
import org.openneighbourhood.api.directory.entity.Position;
import org.openneighbourhood.api.directory.entity.Postcode;
import org.openneighbourhood.api.problem.entity.TextLimits;
import org.openneighbourhood.api.time.entity.London;

/**
 * An Open Referral UK feed read into what the directory keeps, record by record, with the reason
 * each record that cannot be kept is rejected. A feed is the JSON the ORUK API answers with: a page
 * ({@code contents}), an array, or one record; records are services (full or list items), services
 * at locations, organisations with their services, taxonomies with their terms, and taxonomy terms,
 * each recognised by the fields only it has. Parsing only: {@link OpenReferralImport} writes what
 * was read.
 */
public final class OpenReferralFeed {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /** A taxonomy as the feed gives it. */
  public record TaxonomyRecord(
      UUID id, String name, String description, String uri, String version) {}

  /** A term; its taxonomy by id, or by name when the feed gives only the name. */
  public record TermRecord(
      UUID id,
      String name,
      String description,
      String code,
      UUID parentId,
      String termUri,
      UUID taxonomyId,
      String taxonomyName) {}

  public record OrganisationRecord(
      UUID id, String name, String description, String email, String website) {}

  public record LocationRecord(
      UUID id,
      String name,
      String description,
      String address1,
      String city,
      String county,
      String postcode,
      String country,
      Position position) {}

  public record ScheduleRecord(
      UUID id, Set<DayOfWeek> days, LocalTime opensAt, LocalTime closesAt, String description) {}

  public record ContactRecord(
      UUID id,
      String name,
      String title,
      String department,
      String email,
      List<PhoneRecord> phones) {}

  public record PhoneRecord(
      UUID id, String number, String extension, PhoneType type, String description) {}

  public record CostRecord(
      UUID id,
      String option,
      BigDecimal amount,
      String amountDescription,
      LocalDate validFrom,
      LocalDate validTo) {}

  public record LanguageRecord(UUID id, String name, String code) {}

  public record PlaceRecord(UUID id, LocationRecord location) {}

  public record ServiceRecord(
      UUID id,
      OrganisationRecord organisation,
      UUID organisationId,
      String name,
      String description,
      boolean temporarilyClosed,
      String url,
      String email,
      List<PhoneRecord> phones,
      String fees,
      Integer minAge,
      Integer maxAge,
      String eligibility,
      String area,
      Instant assured,
      Instant modified,
      List<ScheduleRecord> schedules,
      List<ContactRecord> contacts,
      List<CostRecord> costs,
      List<LanguageRecord> languages,
      List<PlaceRecord> places,
      List<UUID> termIds) {}

  /** A record left out, and why, in words an operator can act on. */
  public record Rejection(String record, String reason) {}

  private final List<TaxonomyRecord> taxonomies = new ArrayList<>();
  private final Map<UUID, TermRecord> terms = new LinkedHashMap<>();
  private final Map<UUID, OrganisationRecord> organisations = new LinkedHashMap<>();
  private final Map<UUID, ServiceRecord> services = new LinkedHashMap<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private int records;

  private OpenReferralFeed() {}

  /** Reads a whole feed; what cannot be kept is in {@link #rejections()}. */
  public static OpenReferralFeed read(JsonStructure json) {
    OpenReferralFeed feed = new OpenReferralFeed();
    feed.add(json);
    return feed;
  }

  private void add(JsonValue value) {
    if (value instanceof JsonArray array) {
      array.forEach(this::add);
    } else if (value instanceof JsonObject object) {
      if (object.containsKey("contents") && object.get("contents") instanceof JsonArray items) {
        items.forEach(this::add);
      } else {
        record(object);
      }
    } else {
      records++;
      rejections.add(new Rejection("record " + records, "not a JSON object"));
    }
  }

  private void record(JsonObject json) {
    records++;
    try {
      if (json.containsKey("service") && json.containsKey("location")) {
        serviceAtLocation(json);
      } else if (json.containsKey("status")) {
        service(json, null);
      } else if (json.containsKey("services") || json.containsKey("organization_identifiers")) {
        organisationWithServices(json);
      } else if (json.containsKey("taxonomy_terms") || json.containsKey("version")) {
        taxonomy(json);
      } else if (json.containsKey("term")
          || json.containsKey("taxonomy")
          || json.containsKey("taxonomy_id")
          || json.containsKey("parent_id")
          || json.containsKey("term_uri")) {
        term(json, "taxonomy term " + label(json));
      } else if (json.containsKey("website") || json.containsKey("logo")) {
        organisation(json);
      } else {
        throw new Rejected(
            "not a record this directory knows: expected a service, service at location,"
                + " organization, taxonomy or taxonomy term");
      }
    } catch (Rejected rejected) {
      rejections.add(new Rejection(kindOf(json) + " " + label(json), rejected.getMessage()));
    }
  }

  private void organisationWithServices(JsonObject json) {
    OrganisationRecord organisation = organisation(json);
    // as every list of the feed: anything but a list of objects holds no services
    for (JsonObject service : objects(json, "services")) {
      try {
        service(service, organisation);
      } catch (Rejected rejected) {
        rejections.add(new Rejection("service " + label(service), rejected.getMessage()));
      }
    }
  }

  private void serviceAtLocation(JsonObject json) {
    JsonObject service = object(json, "service");
    JsonObject place =
        Json.createObjectBuilder()
            .add("id", json.get("id") == null ? JsonValue.NULL : json.get("id"))
            .add("location", json.get("location"))
            .build();
    JsonObject withPlace =
        Json.createObjectBuilder(service)
            .add("service_at_locations", Json.createArrayBuilder().add(place))
            .build();
    ServiceRecord known = services.get(uuid(service, "id").orElse(null));
    if (known != null) {
      // the same service, at this place too
      services.put(known.id(), withPlaces(known, union(known.places(), places(withPlace))));
      return;
    }
    service(withPlace, null);
  }

  /**
   * Each place once; read twice (a list item after the full service), the later wins unless it has
   * no address where the earlier had one.
   */
  private static List<PlaceRecord> union(List<PlaceRecord> earlier, List<PlaceRecord> later) {
    Map<UUID, PlaceRecord> byId = new LinkedHashMap<>();
    earlier.forEach(place -> byId.put(place.id(), place));
    for (PlaceRecord place : later) {
      PlaceRecord before = byId.get(place.id());
      boolean poorer =
          before != null
              && before.location().address1() != null
              && place.location().address1() == null;
      if (!poorer) {
        byId.put(place.id(), place);
      }
    }
    return List.copyOf(byId.values());
  }

  /** Whether a service record is a full one (with its related records), not a list item. */
  private static boolean isFull(JsonObject json) {
    return FULL_ONLY.stream().anyMatch(json::containsKey);
  }

  private static final List<String> FULL_ONLY =
      List.of(
          "schedules",
          "service_areas",
          "service_at_locations",
          "languages",
          "cost_options",
          "contacts",
          "attributes",
          "phones");

  private static ServiceRecord withPlaces(ServiceRecord s, List<PlaceRecord> places) {
    return new ServiceRecord(
        s.id(),
        s.organisation(),
        s.organisationId(),
        s.name(),
        s.description(),
        s.temporarilyClosed(),
        s.url(),
        s.email(),
        s.phones(),
        s.fees(),
        s.minAge(),
        s.maxAge(),
        s.eligibility(),
        s.area(),
        s.assured(),
        s.modified(),
        s.schedules(),
        s.contacts(),
        s.costs(),
        s.languages(),
        places,
        s.termIds());
  }

  private ServiceRecord service(JsonObject json, OrganisationRecord parent) {
    UUID id = requiredId(json);
    String name = text(json, "name").orElseThrow(() -> new Rejected("name is missing"));
    String status =
        text(json, "status")
            .orElseThrow(() -> new Rejected("status is missing"))
            .toLowerCase(Locale.ROOT);
    if (!status.equals("active") && !status.equals("temporarily closed")) {
      throw new Rejected(
          "status is '" + status + "': only active or temporarily closed services are listed");
    }
    OrganisationRecord organisation = parent;
    if (organisation == null && json.get("organization") instanceof JsonObject nested) {
      organisation = organisation(nested);
    }
    UUID organisationId =
        organisation != null
            ? organisation.id()
            : uuid(json, "organization_id")
                .orElseThrow(
                    () -> new Rejected("no organization: give organization or organization_id"));
    String url = text(json, "url").orElse(null);
    if (url != null && !url.matches("^https?://\\S+$")) {
      throw new Rejected("url '" + url + "' is not a web address");
    }
    String email = text(json, "email").orElse(null);
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new Rejected("email '" + email + "' is not an e-mail address");
    }
    Integer minAge = age(json, "minimum_age");
    Integer maxAge = age(json, "maximum_age");
    if (minAge != null && maxAge != null && minAge > maxAge) {
      throw new Rejected("minimum_age " + minAge + " is more than maximum_age " + maxAge);
    }
    List<UUID> termIds = new ArrayList<>();
    for (JsonObject attribute : objects(json, "attributes")) {
      JsonObject term = attribute.get("taxonomy_term") instanceof JsonObject t ? t : null;
      UUID termId =
          term != null
              ? term(term, "taxonomy term of service " + id).id()
              : uuid(attribute, "taxonomy_term_id")
                  .orElseThrow(() -> new Rejected("an attribute has no taxonomy term"));
      if (!termIds.contains(termId)) {
        termIds.add(termId);
      }
    }
    List<String> areas = new ArrayList<>();
    for (JsonObject area : objects(json, "service_areas")) {
      text(area, "service_area").or(() -> text(area, "name")).ifPresent(areas::add);
    }
    List<PhoneRecord> phones = phones(json, "service " + id);
    ServiceRecord record =
        new ServiceRecord(
            id,
            organisation,
            organisationId,
            name,
            text(json, "description").orElse(""),
            status.equals("temporarily closed"),
            url,
            email,
            phones,
            text(json, "fees").orElse(null),
            minAge,
            maxAge,
            text(json, "eligibility_description").orElse(null),
            areas.isEmpty() ? null : String.join("; ", areas),
            date(json, "assured_date"),
            dateTime(json, "last_modified"),
            schedules(json, id),
            contacts(json),
            costs(json),
            languages(json, id),
            places(json),
            termIds);
    ServiceRecord earlier = services.get(id);
    if (earlier != null) {
      if (!isFull(json)) {
        return earlier; // a list item adds nothing to the service already read
      }
      record = withPlaces(record, union(earlier.places(), record.places()));
    }
    services.put(id, record);
    return record;
  }

  private List<ScheduleRecord> schedules(JsonObject json, UUID service) {
    List<ScheduleRecord> schedules = new ArrayList<>();
    for (JsonObject schedule : objects(json, "schedules")) {
      UUID id = requiredId(schedule);
      Optional<Set<DayOfWeek>> days = OpeningTime.days(text(schedule, "byday").orElse(null));
      if (days.isEmpty()) {
        notes.add(
            "service " + service + ": schedule " + id + " names no weekly days (byday): left out");
        continue;
      }
      LocalTime opens = time(schedule, "opens_at");
      LocalTime closes = time(schedule, "closes_at");
      if (opens != null && closes != null && !opens.isBefore(closes)) {
        throw new Rejected("schedule " + id + " closes before it opens");
      }
      schedules.add(
          new ScheduleRecord(
              id, days.get(), opens, closes, text(schedule, "description").orElse(null)));
    }
    return schedules;
  }

  private List<ContactRecord> contacts(JsonObject json) {
    List<ContactRecord> contacts = new ArrayList<>();
    for (JsonObject contact : objects(json, "contacts")) {
      UUID id = requiredId(contact);
      String email = text(contact, "email").orElse(null);
      if (email != null && !EMAIL.matcher(email).matches()) {
        throw new Rejected("contact " + id + ": email '" + email + "' is not an e-mail address");
      }
      String name = shortText(contact, "name", "contact " + id);
      String title = shortText(contact, "title", "contact " + id);
      String department = shortText(contact, "department", "contact " + id);
      if (name == null && title == null && department == null) {
        title = "Contact"; // ORUK requires only the id; the directory shows every contact by a word
      }
      contacts.add(
          new ContactRecord(id, name, title, department, email, phones(contact, "contact " + id)));
    }
    return contacts;
  }

  /**
   * The phones of a service or contact. A number too long to be one is left out with a note; a type
   * the directory does not know is left out of the phone, with a note.
   */
  private List<PhoneRecord> phones(JsonObject json, String owner) {
    List<PhoneRecord> phones = new ArrayList<>();
    for (JsonObject phone : objects(json, "phones")) {
      UUID id = requiredId(phone);
      Optional<String> number = text(phone, "number");
      if (number.isEmpty() || number.get().length() > PhoneNumber.LONGEST) {
        notes.add(owner + ": phone " + id + " has no number of 40 characters or fewer: left out");
        continue;
      }
      String extension = null;
      if (phone.get("extension") instanceof JsonNumber digits && digits.isIntegral()) {
        extension = digits.bigDecimalValue().toPlainString();
      } else {
        extension = text(phone, "extension").orElse(null);
      }
      if (extension != null && !extension.matches("[1-9][0-9]{0,5}")) {
        notes.add(owner + ": phone " + id + " has an extension that is not a number: left out");
        extension = null;
      }
      PhoneType type = null;
      Optional<String> typed = text(phone, "type");
      if (typed.isPresent()) {
        try {
          type = PhoneType.valueOf(typed.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
          notes.add(owner + ": phone " + id + " is of a type the directory does not know");
        }
      }
      phones.add(
          new PhoneRecord(
              id, number.get(), extension, type, shortText(phone, "description", "phone " + id)));
    }
    return phones;
  }

  /** A short text (a name, a title): refused when longer than the directory keeps. */
  private static String shortText(JsonObject json, String field, String owner) {
    String text = text(json, field).orElse(null);
    if (text != null && text.length() > TextLimits.SHORT) {
      throw new Rejected(
          owner + ": " + field + " is longer than " + TextLimits.SHORT + " characters");
    }
    return text;
  }

  private List<CostRecord> costs(JsonObject json) {
    List<CostRecord> costs = new ArrayList<>();
    for (JsonObject cost : objects(json, "cost_options")) {
      BigDecimal amount =
          cost.get("amount") instanceof JsonNumber number ? number.bigDecimalValue() : null;
      String label = "cost option " + label(cost);
      if (amount != null && amount.signum() < 0) {
        throw new Rejected(label + " has a negative amount");
      }
      if (amount != null
          && (amount.compareTo(MOST_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2)) {
        throw new Rejected(label + " has an amount that is not pounds and pence up to 99,999,999");
      }
      String currency = text(cost, "currency").orElse(CostOption.CURRENCY);
      if (!currency.equalsIgnoreCase(CostOption.CURRENCY)) {
        throw new Rejected(label + " is in " + currency + ": the directory keeps prices in GBP");
      }
      LocalDate from = day(cost, "valid_from", label);
      LocalDate to = day(cost, "valid_to", label);
      if (from != null && to != null && to.isBefore(from)) {
        throw new Rejected(label + " ends (valid_to) before it starts (valid_from)");
      }
      costs.add(
          new CostRecord(
              requiredId(cost),
              shortText(cost, "option", label),
              amount,
              shortText(cost, "amount_description", label),
              from,
              to));
    }
    return costs;
  }

  private static final BigDecimal MOST_AMOUNT = new BigDecimal("99999999.99");

  private static LocalDate day(JsonObject json, String field, String owner) {
    return text(json, field)
        .map(
            day -> {
              try {
                LocalDate date = LocalDate.parse(day);
                if (date.getYear() < 1900 || date.getYear() > 9999) {
                  throw new Rejected(owner + ": " + field + " '" + day + "' is not a likely date");
                }
                return date;
              } catch (DateTimeParseException notADate) {
                throw new Rejected(owner + ": " + field + " '" + day + "' is not a date");
              }
            })
        .orElse(null);
  }

  private List<LanguageRecord> languages(JsonObject json, UUID service) {
    List<LanguageRecord> languages = new ArrayList<>();
    for (JsonObject language : objects(json, "languages")) {
      UUID id = requiredId(language);
      Optional<String> name = text(language, "name");
      if (name.isEmpty()) {
        notes.add("service " + service + ": language " + id + " has no name: left out");
        continue;
      }
      languages.add(new LanguageRecord(id, name.get(), text(language, "code").orElse(null)));
    }
    return languages;
  }

  private List<PlaceRecord> places(JsonObject json) {
    List<PlaceRecord> places = new ArrayList<>();
    for (JsonObject place : objects(json, "service_at_locations")) {
      UUID id = requiredId(place);
      JsonObject location = object(place, "location");
      places.add(new PlaceRecord(id, location(location)));
    }
    return places;
  }

  private LocationRecord location(JsonObject json) {
    UUID id = requiredId(json);
    JsonObject address = null;
    for (JsonObject candidate : objects(json, "addresses")) {
      String type = text(candidate, "address_type").orElse("physical");
      if (address == null || type.equals("physical")) {
        address = candidate;
      }
    }
    String country = "GB";
    String postcode = null;
    String line = null;
    String city = null;
    String county = null;
    if (address != null) {
      country = text(address, "country").map(c -> c.toUpperCase(Locale.ROOT)).orElse("GB");
      if (country.equals("UK")) {
        country = "GB";
      }
      if (country.length() != 2) {
        throw new Rejected(
            "location " + id + ": country '" + country + "' is not a two-letter code");
      }
      line = text(address, "address_1").orElse(null);
      city = text(address, "city").orElse(null);
      county = text(address, "state_province").orElse(null);
      String typed = text(address, "postal_code").orElse(null);
      if (country.equals("GB")) {
        if (typed != null) {
          postcode =
              Postcode.parse(typed)
                  .map(Postcode::value)
                  .orElseThrow(
                      () ->
                          new Rejected(
                              "location " + id + ": '" + typed + "' is not a UK postcode"));
        }
      } else if (typed != null) {
        postcode = typed.length() <= 8 ? typed : null;
      }
    }
    Position position = null;
    if (json.get("latitude") instanceof JsonNumber lat
        && json.get("longitude") instanceof JsonNumber lon) {
      try {
        position = new Position(lat.doubleValue(), lon.doubleValue());
      } catch (IllegalArgumentException offTheEarth) {
        notes.add(
            "location "
                + id
                + ": latitude "
                + lat
                + ", longitude "
                + lon
                + " is not a place on the earth: position left out");
      }
    }
    return new LocationRecord(
        id,
        text(json, "name").orElse(null),
        text(json, "description").orElse(null),
        line,
        city,
        county,
        postcode,
        country,
        position);
  }

  private OrganisationRecord organisation(JsonObject json) {
    UUID id = requiredId(json);
    String name =
        text(json, "name").orElseThrow(() -> new Rejected("organization name is missing"));
    String email = text(json, "email").filter(e -> EMAIL.matcher(e).matches()).orElse(null);
    String website = text(json, "website").filter(w -> w.matches("^https?://\\S+$")).orElse(null);
    OrganisationRecord record =
        new OrganisationRecord(id, name, text(json, "description").orElse(null), email, website);
    organisations.put(id, record);
    return record;
  }

  private void taxonomy(JsonObject json) {
    UUID id = requiredId(json);
    String name = text(json, "name").orElseThrow(() -> new Rejected("name is missing"));
    taxonomies.add(
        new TaxonomyRecord(
            id,
            name,
            text(json, "description").orElse(name),
            text(json, "uri").orElse(null),
            text(json, "version").orElse(null)));
    for (JsonObject term : objects(json, "taxonomy_terms")) {
      try {
        JsonObject withTaxonomy =
            term.containsKey("taxonomy_id")
                ? term
                : Json.createObjectBuilder(term).add("taxonomy_id", id.toString()).build();
        term(withTaxonomy, "taxonomy term " + label(term));
      } catch (Rejected rejected) {
        rejections.add(new Rejection("taxonomy term " + label(term), rejected.getMessage()));
      }
    }
  }

  private TermRecord term(JsonObject json, String what) {
    UUID id = requiredId(json);
    String name = text(json, "name").orElseThrow(() -> new Rejected(what + ": name is missing"));
    UUID taxonomyId = uuid(json, "taxonomy_id").orElse(null);
    String taxonomyName = text(json, "taxonomy").orElse(null);
    if (taxonomyId == null && taxonomyName == null) {
      throw new Rejected(what + ": no taxonomy (taxonomy_id or taxonomy)");
    }
    String code = text(json, "term").filter(term -> !term.equals(name)).orElse(null);
    TermRecord record =
        new TermRecord(
            id,
            name,
            text(json, "description").orElse(name),
            code,
            uuid(json, "parent_id").orElse(null),
            text(json, "term_uri").orElse(null),
            taxonomyId,
            taxonomyName);
    terms.putIfAbsent(id, record);
    return record;
  }

  // ---- reading fields ----

  private static UUID requiredId(JsonObject json) {
    Optional<String> text = text(json, "id");
    if (text.isEmpty()) {
      throw new Rejected("id is missing");
    }
    try {
      return UUID.fromString(text.get());
    } catch (IllegalArgumentException notAUuid) {
      throw new Rejected("id '" + text.get() + "' is not a UUID");
    }
  }

  private static Optional<UUID> uuid(JsonObject json, String field) {
    Optional<String> text = text(json, field);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(text.get()));
    } catch (IllegalArgumentException notAUuid) {
      throw new Rejected(field + " '" + text.get() + "' is not a UUID");
    }
  }

  /**
   * A field's text, stripped; refused when it holds a control character other than a tab or a line
   * break (PostgreSQL cannot store a NUL, and none belongs in a directory's words).
   */
  private static Optional<String> text(JsonObject json, String field) {
    Optional<String> text = anyText(json, field);
    text.ifPresent(
        value -> {
          int control = firstControl(value);
          if (control >= 0) {
            throw new Rejected(
                String.format(
                    "%s holds a control character (U+%04X), which the directory does not keep",
                    field, control));
          }
        });
    return text;
  }

  private static Optional<String> anyText(JsonObject json, String field) {
    return json.get(field) instanceof JsonString string && !string.getString().isBlank()
        ? Optional.of(string.getString().strip())
        : Optional.empty();
  }

  /** The first control character but tab, line feed and carriage return, or -1. */
  static int firstControl(String value) {
    return value
        .chars()
        .filter(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
        .findFirst()
        .orElse(-1);
  }

  private static JsonObject object(JsonObject json, String field) {
    if (json.get(field) instanceof JsonObject object) {
      return object;
    }
    throw new Rejected(field + " is missing");
  }

  private static List<JsonObject> objects(JsonObject json, String field) {
    if (!(json.get(field) instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
  }

  private static Integer age(JsonObject json, String field) {
    if (!(json.get(field) instanceof JsonNumber number)) {
      return null;
    }
    double years = number.doubleValue();
    if (years < 0 || years > 150 || years != Math.rint(years)) {
      throw new Rejected(field + " " + number + " is not an age in whole years from 0 to 150");
    }
    return (int) years;
  }

  private static Instant date(JsonObject json, String field) {
    return text(json, field)
        .map(
            day -> {
              try {
                return LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day)
                    .atStartOfDay(London.ZONE)
                    .toInstant();
              } catch (DateTimeParseException notADate) {
                throw new Rejected(field + " '" + day + "' is not a date (yyyy-mm-dd)");
              }
            })
        .orElse(null);
  }

  private static Instant dateTime(JsonObject json, String field) {
    return text(json, field)
        .map(
            moment -> {
              try {
                return OffsetDateTime.parse(moment).toInstant();
              } catch (DateTimeParseException notADateTime) {
                throw new Rejected(field + " '" + moment + "' is not a date and time");
              }
            })
        .orElse(null);
  }

  private static LocalTime time(JsonObject json, String field) {
    return text(json, field)
        .map(
            time -> {
              try {
                return LocalTime.parse(time);
              } catch (DateTimeParseException notATime) {
                throw new Rejected(field + " '" + time + "' is not a time (hh:mm:ss)");
              }
            })
        .orElse(null);
  }

  /**
   * How a rejection names the record: its id and name as the feed has them, fit for a terminal
   * (control characters shown as U+FFFD, a long name cut short).
   */
  private static String label(JsonObject json) {
    Optional<String> id = anyText(json, "id").map(OpenReferralFeed::printable);
    Optional<String> name = anyText(json, "name").map(OpenReferralFeed::printable);
    return id.orElse("(no id)") + name.map(n -> " (" + n + ")").orElse("");
  }

  private static final int LABEL_CHARACTERS = 80;

  private static String printable(String text) {
    String shown =
        text.codePoints()
            .map(c -> Character.isISOControl(c) ? '\uFFFD' : c)
            .limit(LABEL_CHARACTERS)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return text.codePointCount(0, text.length()) > LABEL_CHARACTERS ? shown + "…" : shown;
  }

  private static String kindOf(JsonObject json) {
    if (json.containsKey("service") && json.containsKey("location")) {
      return "service at location";
    }
    if (json.containsKey("status")) {
      return "service";
    }
    return "record";
  }

  public List<TaxonomyRecord> taxonomies() {
    return List.copyOf(taxonomies);
  }

  public List<TermRecord> terms() {
    return List.copyOf(terms.values());
  }

  public List<OrganisationRecord> organisations() {
    return List.copyOf(organisations.values());
  }

  public List<ServiceRecord> services() {
    return List.copyOf(services.values());
  }

  public List<Rejection> rejections() {
    return List.copyOf(rejections);
  }

  /** What was read but left out of a kept record (a language with no name, a bad position). */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** Records the feed held, rejected ones included. */
  public int records() {
    return records;
  }

  /** A record that cannot be kept, with the reason. */
  static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Rejected(String reason) {
      super(reason, null, false, false);
    }
  }
}
