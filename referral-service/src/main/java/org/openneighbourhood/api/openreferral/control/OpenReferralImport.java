package org.openneighbourhood.api.openreferral.control;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openneighbourhood.api.directory.entity.OpeningTime;
import org.openneighbourhood.api.openreferral.control.OpenReferralFeed.LocationRecord;
import org.openneighbourhood.api.openreferral.control.OpenReferralFeed.OrganisationRecord;
import org.openneighbourhood.api.openreferral.control.OpenReferralFeed.Rejection;
import org.openneighbourhood.api.openreferral.control.OpenReferralFeed.ServiceRecord;
import org.openneighbourhood.api.openreferral.control.OpenReferralFeed.TaxonomyRecord;
import org.openneighbourhood.api.openreferral.control.OpenReferralFeed.TermRecord;

/**
 * Writes a read feed into the directory with plain JDBC (the operator's command runs outside the
 * server): taxonomies and terms, organisations, then each service in a transaction of its own, so
 * one that fails is rejected with the reason and the others are kept. Importing again refreshes:
 * records are matched by id, a service's places, times, contacts, costs, languages and categories
 * are replaced by the feed's.
 *
 * <p>An organisation new to the directory is listed, not onboarded: nobody signs in for it, so its
 * services are signpost only. For an onboarded organisation's service, what the organisation
 * declares in the portal (capacity, how to get in, response days) is never overwritten by a feed.
 */
public final class OpenReferralImport {

  /** Told after each service: how many of how many are done. */
  public interface Progress {
    void serviceDone(int done, int of);
  }

  /** What an import did. */
  public record Result(
      int records,
      int servicesImported,
      int taxonomies,
      int terms,
      int organisations,
      List<Rejection> rejected,
      List<String> notes) {}

  private final Connection db;

  private OpenReferralImport(Connection db) {
    this.db = db;
  }

  /** Writes the feed; commits as it goes (the connection's auto-commit is switched off). */
  public static Result write(OpenReferralFeed feed, Connection db, Progress progress)
      throws SQLException {
    db.setAutoCommit(false);
    return new OpenReferralImport(db).run(feed, progress);
  }

  private Result run(OpenReferralFeed feed, Progress progress) throws SQLException {
    List<Rejection> rejected = new ArrayList<>(feed.rejections());
    List<String> notes = new ArrayList<>(feed.notes());
    int taxonomies = 0;
    for (TaxonomyRecord taxonomy : feed.taxonomies()) {
      if (kept("taxonomy " + taxonomy.id(), () -> taxonomy(taxonomy), rejected)) {
        taxonomies++;
      }
    }
    Set<UUID> terms = new HashSet<>();
    for (TermRecord term : feed.terms()) {
      if (kept("taxonomy term " + term.id(), () -> term(term), rejected)) {
        terms.add(term.id());
      }
    }
    for (TermRecord term : feed.terms()) {
      if (term.parentId() != null && terms.contains(term.id())) {
        if (exists("taxonomy_term", term.parentId())) {
          update("update taxonomy_term set parent_id = ? where id = ?", term.parentId(), term.id());
        } else {
          notes.add(
              "taxonomy term "
                  + term.id()
                  + ": parent "
                  + term.parentId()
                  + " is not in the directory: kept without it");
        }
      }
    }
    db.commit();
    int organisations = 0;
    for (OrganisationRecord organisation : feed.organisations()) {
      if (kept("organization " + organisation.id(), () -> organisation(organisation), rejected)) {
        organisations++;
      }
    }
    int imported = 0;
    int done = 0;
    List<ServiceRecord> services = feed.services();
    for (ServiceRecord service : services) {
      if (kept(
          "service " + service.id() + " (" + service.name() + ")",
          () -> service(service),
          rejected)) {
        imported++;
      }
      progress.serviceDone(++done, services.size());
    }
    return new Result(
        feed.records(), imported, taxonomies, terms.size(), organisations, rejected, notes);
  }

  /** One record's writing. */
  private interface Write {
    void run() throws SQLException;
  }

  /**
   * Writes one record in a transaction of its own: kept, or rolled back and rejected with the
   * reason, so one bad record never takes the others with it.
   */
  private boolean kept(String record, Write write, List<Rejection> rejected) throws SQLException {
    try {
      write.run();
      db.commit();
      return true;
    } catch (SQLException | IllegalArgumentException e) {
      db.rollback();
      rejected.add(new Rejection(record, reason(e)));
      return false;
    }
  }

  private void taxonomy(TaxonomyRecord taxonomy) throws SQLException {
    update(
        "insert into taxonomy (id, name, description, uri, version) values (?, ?, ?, ?, ?)"
            + " on conflict (id) do update set name = excluded.name,"
            + " description = excluded.description, uri = excluded.uri, version = excluded.version",
        taxonomy.id(),
        taxonomy.name(),
        taxonomy.description(),
        taxonomy.uri(),
        taxonomy.version());
  }

  private void term(TermRecord term) throws SQLException {
    UUID taxonomy = term.taxonomyId();
    if (taxonomy == null || !exists("taxonomy", taxonomy)) {
      if (term.taxonomyName() == null) {
        throw new SQLException("unknown taxonomy " + taxonomy);
      }
      // a taxonomy the feed names but does not describe: one per name
      taxonomy =
          taxonomy != null
              ? taxonomy
              : UUID.nameUUIDFromBytes(
                  ("taxonomy:" + term.taxonomyName()).getBytes(StandardCharsets.UTF_8));
      update(
          "insert into taxonomy (id, name, description) values (?, ?, ?) on conflict (id) do nothing",
          taxonomy,
          term.taxonomyName(),
          "Terms of " + term.taxonomyName() + ", from an Open Referral feed");
    }
    update(
        "insert into taxonomy_term (id, taxonomy_id, name, description, code, term_uri)"
            + " values (?, ?, ?, ?, ?, ?) on conflict (id) do update set"
            + " taxonomy_id = excluded.taxonomy_id, name = excluded.name,"
            + " description = excluded.description, code = excluded.code,"
            + " term_uri = excluded.term_uri",
        term.id(),
        taxonomy,
        term.name(),
        term.description(),
        term.code(),
        term.termUri());
    // its services' search text follows a renamed term
    update(
        "update service s set categories_text = coalesce((select string_agg(t.name, ' ' order by"
            + " st.position) from service_taxonomy_term st join taxonomy_term t on t.id ="
            + " st.taxonomy_term_id where st.service_id = s.id), '') where s.id in (select"
            + " service_id from service_taxonomy_term where taxonomy_term_id = ?)",
        term.id());
  }

  private void organisation(OrganisationRecord organisation) throws SQLException {
    if (exists("organisation", organisation.id())) {
      update(
          "update organisation set description = ?, email = ?, website = ?,"
              + " name = case when onboarded then name else ? end where id = ?",
          organisation.description(),
          organisation.email(),
          organisation.website(),
          organisation.name(),
          organisation.id());
      return;
    }
    update(
        "insert into organisation (id, alias, name, sector, description, email, website, onboarded)"
            + " values (?, ?, ?, 'VCFSE', ?, ?, ?, false)",
        organisation.id(),
        "directory-" + organisation.id(),
        organisation.name(),
        organisation.description(),
        organisation.email(),
        organisation.website());
  }

  private void service(ServiceRecord service) throws SQLException {
    if (!exists("organisation", service.organisationId())) {
      throw new SQLException(
          "organization "
              + service.organisationId()
              + " is neither in the feed nor in the directory");
    }
    for (UUID term : service.termIds()) {
      if (!exists("taxonomy_term", term)) {
        throw new SQLException("unknown taxonomy term " + term);
      }
    }
    boolean onboarded = onboarded(service.organisationId());
    Instant now = Instant.now();
    Instant confirmed = service.assured() == null ? now : service.assured();
    Instant modified = service.modified() == null ? now : service.modified();
    String capacity = service.temporarilyClosed() ? "PAUSED" : "ACCEPTING";
    if (exists("service", service.id())) {
      update(
          "update service set organisation_id = ?, name = ?, description = ?, url = ?, email = ?,"
              + " fees = ?, min_age = ?, max_age = ?, eligibility = ?, area = ?,"
              + " last_confirmed_at = greatest(last_confirmed_at, ?), modified_at = ?,"
              + " capacity = case when ? then capacity else ? end,"
              + " reopens_on = case when ? then reopens_on else null end where id = ?",
          service.organisationId(),
          service.name(),
          service.description(),
          service.url(),
          service.email(),
          service.fees(),
          service.minAge(),
          service.maxAge(),
          service.eligibility(),
          service.area(),
          Timestamp.from(confirmed),
          Timestamp.from(modified),
          onboarded,
          capacity,
          onboarded,
          service.id());
    } else {
      update(
          "insert into service (id, organisation_id, name, description, url, email, fees,"
              + " min_age, max_age, eligibility, area, last_confirmed_at, modified_at, capacity,"
              + " response_days, accepts_referrals, accepts_self_referral)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 10, ?, false)",
          service.id(),
          service.organisationId(),
          service.name(),
          service.description(),
          service.url(),
          service.email(),
          service.fees(),
          service.minAge(),
          service.maxAge(),
          service.eligibility(),
          service.area(),
          Timestamp.from(confirmed),
          Timestamp.from(modified),
          capacity,
          onboarded);
    }
    for (String table :
        List.of(
            "service_taxonomy_term",
            "service_schedule",
            "service_contact",
            "service_phone",
            "service_cost_option",
            "service_language",
            "service_at_location")) {
      update("delete from " + table + " where service_id = ?", service.id());
    }
    int position = 0;
    for (UUID term : service.termIds()) {
      update(
          "insert into service_taxonomy_term (service_id, position, taxonomy_term_id) values (?, ?, ?)",
          service.id(),
          position++,
          term);
    }
    update(
        "update service s set categories_text = coalesce((select string_agg(t.name, ' ' order by"
            + " st.position) from service_taxonomy_term st join taxonomy_term t on t.id ="
            + " st.taxonomy_term_id where st.service_id = s.id), '') where s.id = ?",
        service.id());
    position = 0;
    for (var schedule : service.schedules()) {
      // the entity's own rules (a day at least, opening before closing), and its BYDAY form
      OpeningTime checked =
          new OpeningTime(
              schedule.id(),
              schedule.days(),
              schedule.opensAt(),
              schedule.closesAt(),
              schedule.description());
      update(
          "insert into service_schedule (service_id, position, id, by_day, opens_at, closes_at,"
              + " description) values (?, ?, ?, ?, ?, ?, ?)",
          service.id(),
          position++,
          schedule.id(),
          checked.byDay(),
          schedule.opensAt(),
          schedule.closesAt(),
          schedule.description());
    }
    position = 0;
    for (var contact : service.contacts()) {
      update(
          "insert into service_contact (service_id, position, id, name, title, department, email)"
              + " values (?, ?, ?, ?, ?, ?, ?)",
          service.id(),
          position++,
          contact.id(),
          contact.name(),
          contact.title(),
          contact.department(),
          contact.email());
    }
    // the service's own phones, then each contact's, in one list as the service keeps them
    position = 0;
    for (var phone : service.phones()) {
      phone(service.id(), position++, null, phone);
    }
    for (var contact : service.contacts()) {
      for (var phone : contact.phones()) {
        phone(service.id(), position++, contact.id(), phone);
      }
    }
    position = 0;
    for (var cost : service.costs()) {
      update(
          "insert into service_cost_option (service_id, position, id, option, amount,"
              + " amount_description, valid_from, valid_to) values (?, ?, ?, ?, ?, ?, ?, ?)",
          service.id(),
          position++,
          cost.id(),
          cost.option(),
          cost.amount(),
          cost.amountDescription(),
          cost.validFrom(),
          cost.validTo());
    }
    position = 0;
    for (var language : service.languages()) {
      update(
          "insert into service_language (service_id, position, id, name, code) values (?, ?, ?, ?, ?)",
          service.id(),
          position++,
          language.id(),
          language.name(),
          language.code());
    }
    position = 0;
    for (var place : service.places()) {
      location(place.location());
      update(
          "insert into service_at_location (service_id, position, id, location_id) values (?, ?, ?, ?)",
          service.id(),
          position++,
          place.id(),
          place.location().id());
    }
  }

  private void location(LocationRecord location) throws SQLException {
    update(
        "insert into location (id, name, description, address_1, city, state_province, postcode,"
            + " country, latitude, longitude) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " on conflict (id) do update set name = excluded.name,"
            + " description = excluded.description, address_1 = excluded.address_1,"
            + " city = excluded.city, state_province = excluded.state_province,"
            + " postcode = excluded.postcode, country = excluded.country,"
            + " latitude = excluded.latitude, longitude = excluded.longitude",
        location.id(),
        location.name(),
        location.description(),
        location.address1(),
        location.city(),
        location.county(),
        location.postcode(),
        location.country(),
        location.position() == null ? null : location.position().latitude(),
        location.position() == null ? null : location.position().longitude());
  }

  private boolean exists(String table, UUID id) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement("select 1 from " + table + " where id = ?")) {
      select.setObject(1, id);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  private boolean onboarded(UUID organisation) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement("select onboarded from organisation where id = ?")) {
      select.setObject(1, organisation);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() && rows.getBoolean(1);
      }
    }
  }

  private void phone(UUID service, int position, UUID contact, OpenReferralFeed.PhoneRecord phone)
      throws SQLException {
    update(
        "insert into service_phone (service_id, position, id, contact_id, number, extension, type,"
            + " description) values (?, ?, ?, ?, ?, ?, ?, ?)",
        service,
        position,
        phone.id(),
        contact,
        phone.number(),
        phone.extension(),
        phone.type() == null ? null : phone.type().name(),
        phone.description());
  }

  private int update(String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        if (value == null) {
          statement.setNull(i + 1, Types.NULL);
        } else if (value instanceof LocalTime time) {
          statement.setObject(i + 1, time);
        } else {
          statement.setObject(i + 1, value);
        }
      }
      return statement.executeUpdate();
    }
  }

  /** The database's word for why a row was refused, without the row's values. */
  private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");

  /** Why a record was not kept, in words an operator can act on. */
  static String reason(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String first = message.lines().findFirst().orElse(message);
    if (e instanceof SQLException sql && "22001".equals(sql.getSQLState())) {
      // PostgreSQL's "value too long for type character varying(200)" names no field
      Matcher limit = VARCHAR.matcher(first);
      return "a text in it is longer than the directory keeps"
          + (limit.find() ? " (at most " + limit.group(1) + " characters)" : "");
    }
    return first;
  }
}
