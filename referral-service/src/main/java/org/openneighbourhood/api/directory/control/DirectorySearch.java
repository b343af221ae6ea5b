package org.openneighbourhood.api.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.directory.entity.Capacity;
import org.openneighbourhood.api.directory.entity.DirectoryQuery;
import org.openneighbourhood.api.directory.entity.Position;

/**
 * The directory's search, in one SQL statement: PostgreSQL full-text search over the weighted
 * {@code search_vector} (name A, categories B, description C; {@code websearch_to_tsquery}, ranked
 * by {@code ts_rank}), the filters, and the distance from a point to each service's nearest place
 * (haversine in plain SQL: no extension needed; a place without its own position takes its
 * postcode's). One page and the total come back together ({@code count(*) over ()}).
 */
@ApplicationScoped
public class DirectorySearch {

  /** The same mean earth radius as {@link Position#kilometresTo}. */
  private static final String KM =
      "6371.0088 * 2 * asin(least(1, sqrt("
          + "power(sin(radians(coalesce(l.latitude, pc.latitude) - ?lat) / 2), 2)"
          + " + cos(radians(?lat)) * cos(radians(coalesce(l.latitude, pc.latitude)))"
          + " * power(sin(radians(coalesce(l.longitude, pc.longitude) - ?lon) / 2), 2))))";

  @PersistenceContext EntityManager em;

  /**
   * Services matching the query, one page of them in its order.
   *
   * @param staleBefore entries last confirmed before this are flagged stale
   * @param today a paused service whose reopening day is today or past takes referrals again
   */
  public Found<ServiceMatch> search(DirectoryQuery query, Instant staleBefore, LocalDate today) {
    List<Object[]> rows = run(query, staleBefore, today, query.size(), query.offset());
    if (rows.isEmpty() && query.page() > 1) {
      // past the last page: no row carries the total, so ask for the first row
      rows = run(query, staleBefore, today, 1, 0);
      long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[TOTAL]).longValue();
      return new Found<>(List.of(), total);
    }
    long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[TOTAL]).longValue();
    return new Found<>(rows.stream().map(DirectorySearch::match).toList(), total);
  }

  private static final int TOTAL = 23;

  /**
   * Each place a matching service is given at (ORUK service_at_location ids with their service's),
   * nearest first when near a point, else by service name; one page and the total.
   */
  public Found<UUID[]> serviceAtLocations(DirectoryQuery query, LocalDate today) {
    Sql sql = new Sql();
    String km = "cast(null as double precision)";
    if (query.near() != null) {
      km =
          KM.replace("?lat", param(sql, query.near().latitude()))
              .replace("?lon", param(sql, query.near().longitude()));
    }
    sql.append("select sl.id, s.id, count(*) over () from service_at_location sl");
    sql.append(" join service s on s.id = sl.service_id");
    sql.append(" join location l on l.id = sl.location_id");
    sql.append(" left join postcode pc on pc.postcode = l.postcode");
    filters(sql, query, today);
    if (query.withinKm() != null) {
      sql.append(" and " + km + " <= ", query.withinKm());
    }
    sql.append(" order by " + km + " nulls last, s.name, s.id, sl.position");
    sql.append(" limit ", query.size());
    sql.append(" offset ", query.offset());
    Query statement = em.createNativeQuery(sql.text());
    for (int i = 0; i < sql.parameters.size(); i++) {
      statement.setParameter(i + 1, sql.parameters.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = statement.getResultList();
    long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[2]).longValue();
    return new Found<>(
        rows.stream().map(row -> new UUID[] {(UUID) row[0], (UUID) row[1]}).toList(), total);
  }

  private List<Object[]> run(
      DirectoryQuery query, Instant staleBefore, LocalDate today, int limit, int offset) {
    Sql sql = new Sql();
    boolean words = query.text() != null;
    Position near = query.near();
    sql.append("select s.id, s.name, s.description, o.id, o.name,");
    sql.append(" (select string_agg(t.name, '|' order by st.position)");
    sql.append(
        "  from service_taxonomy_term st join taxonomy_term t on t.id = st.taxonomy_term_id");
    sql.append("  where st.service_id = s.id),");
    sql.append(" s.capacity, s.reopens_on, s.response_days, s.accepts_referrals,");
    sql.append(" s.accepts_self_referral, s.typical_response_days, s.acceptance_rate,");
    sql.append(" s.decisions_counted, s.min_age, s.max_age, s.last_confirmed_at,");
    sql.append(" s.last_confirmed_at < ", staleBefore);
    sql.append(", place.name, place.postcode, place.km,");
    if (words) {
      sql.append(" ts_rank(s.search_vector, websearch_to_tsquery('english', ", query.text());
      sql.append(")) as rank,");
      sql.append(" lower(s.name) = lower(", query.text());
      sql.append(") as exact,");
    } else {
      sql.append(" 0 as rank, false as exact,");
    }
    sql.append(" count(*) over ()");
    sql.append(" from service s join organisation o on o.id = s.organisation_id");
    sql.append(" left join lateral (select l.name, l.postcode, ");
    if (near != null) {
      sql.append(
          KM.replace("?lat", param(sql, near.latitude()))
              .replace("?lon", param(sql, near.longitude())));
    } else {
      sql.append("cast(null as double precision)");
    }
    sql.append(" as km from service_at_location sl join location l on l.id = sl.location_id");
    sql.append(" left join postcode pc on pc.postcode = l.postcode");
    sql.append(
        " where sl.service_id = s.id order by 3 nulls last, sl.position limit 1) place on true");
    filters(sql, query, today);
    if (query.withinKm() != null) {
      sql.append(" and place.km <= ", query.withinKm());
    }
    sql.append(" order by ");
    sql.append(
        switch (query.effectiveOrder()) {
          case RELEVANCE -> "exact desc, rank desc, place.km nulls last, s.name, s.id";
          case DISTANCE -> "place.km nulls last, exact desc, rank desc, s.name, s.id";
          case NAME, BEST -> "s.name, o.name, s.id";
        });
    sql.append(" limit ", limit);
    sql.append(" offset ", offset);

    Query statement = em.createNativeQuery(sql.text());
    for (int i = 0; i < sql.parameters.size(); i++) {
      statement.setParameter(i + 1, sql.parameters.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = statement.getResultList();
    return rows;
  }

  /** The query's filters on {@code s}, a service (words, category, capacity, ages, owner). */
  private static void filters(Sql sql, DirectoryQuery query, LocalDate today) {
    boolean words = query.text() != null;
    sql.append(" where s.retired_at is null");
    if (words) {
      sql.append(" and s.search_vector @@ websearch_to_tsquery('english', ", query.text());
      sql.append(")");
    }
    if (query.termId() != null) {
      sql.append(
          " and exists (select 1 from service_taxonomy_term st where st.service_id = s.id"
              + " and st.taxonomy_term_id = ",
          query.termId());
      sql.append(")");
    }
    if (query.taxonomyId() != null) {
      sql.append(
          " and exists (select 1 from service_taxonomy_term st join taxonomy_term t"
              + " on t.id = st.taxonomy_term_id where st.service_id = s.id and t.taxonomy_id = ",
          query.taxonomyId());
      sql.append(")");
    }
    if (query.acceptingOnly()) {
      sql.append(" and s.accepts_referrals and (s.capacity = 'ACCEPTING'");
      sql.append(" or (s.capacity = 'PAUSED' and s.reopens_on <= ", today);
      sql.append("))");
    }
    if (query.selfReferralOnly()) {
      sql.append(" and s.accepts_self_referral");
    }
    if (query.youngest() != null) {
      sql.append(" and (s.max_age is null or s.max_age >= ", query.youngest());
      sql.append(")");
    }
    if (query.oldest() != null) {
      sql.append(" and (s.min_age is null or s.min_age <= ", query.oldest());
      sql.append(")");
    }
    if (query.organisationId() != null) {
      sql.append(" and s.organisation_id = ", query.organisationId());
    }
  }

  private static String param(Sql sql, double value) {
    sql.parameters.add(value);
    return "?" + sql.parameters.size();
  }

  private static ServiceMatch match(Object[] row) {
    String categories = (String) row[5];
    return new ServiceMatch(
        (UUID) row[0],
        (String) row[1],
        (String) row[2],
        (UUID) row[3],
        (String) row[4],
        categories == null ? List.of() : Arrays.asList(categories.split("\\|")),
        Capacity.valueOf((String) row[6]),
        localDate(row[7]),
        ((Number) row[8]).intValue(),
        (Boolean) row[9],
        (Boolean) row[10],
        row[11] == null ? null : ((Number) row[11]).doubleValue(),
        row[12] == null ? null : ((Number) row[12]).doubleValue(),
        ((Number) row[13]).intValue(),
        row[14] == null ? null : ((Number) row[14]).intValue(),
        row[15] == null ? null : ((Number) row[15]).intValue(),
        instant(row[16]),
        (Boolean) row[17],
        (String) row[18],
        (String) row[19],
        row[20] == null ? null : ((Number) row[20]).doubleValue());
  }

  static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }

  static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return (Instant) value;
  }

  /** SQL with positional parameters (?1, ?2...) numbered as they are appended. */
  private static final class Sql {
    private final StringBuilder text = new StringBuilder();
    final List<Object> parameters = new ArrayList<>();

    void append(String part) {
      text.append(part);
    }

    void append(String part, Object parameter) {
      parameters.add(parameter);
      text.append(part).append('?').append(parameters.size());
    }

    String text() {
      return text.toString();
    }
  }
}
