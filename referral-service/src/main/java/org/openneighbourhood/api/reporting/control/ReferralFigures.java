package org.openneighbourhood.api.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openneighbourhood.api.reporting.entity.AgeBand;
import org.openneighbourhood.api.reporting.entity.Answer;
import org.openneighbourhood.api.reporting.entity.CategoryCapacity;
import org.openneighbourhood.api.reporting.entity.CellCount;
import org.openneighbourhood.api.reporting.entity.Deprivation;
import org.openneighbourhood.api.reporting.entity.Dimension;
import org.openneighbourhood.api.reporting.entity.Ethnicity;
import org.openneighbourhood.api.reporting.entity.Outcome;
import org.openneighbourhood.api.reporting.entity.Period;
import org.openneighbourhood.api.reporting.entity.PersonHeadings;
import org.openneighbourhood.api.reporting.entity.ReferralReport;
import org.openneighbourhood.api.reporting.entity.ReferringSector;
import org.openneighbourhood.api.reporting.entity.ReportedSex;
import org.openneighbourhood.api.reporting.entity.Scope;
import org.openneighbourhood.api.reporting.entity.ServicesNow;
import org.openneighbourhood.api.reporting.entity.Tally;
import org.openneighbourhood.api.reporting.entity.Waiting;

/**
 * The referrals a report counts, as tallies, read from the counts kept ahead of time ({@code
 * report_tally}, kept by {@link ReportAggregate}): a few rows a month per service and heading, so a
 * report over years of referrals never reads the referrals themselves, and no referral is ever read
 * into the service. One statement, so every table of a report counts the same referrals.
 *
 * <p>What is counted is defined by {@link #statement}, the same count straight from the referrals
 * (tests check that the two agree and read its plan). A service's category is its first (services
 * may have several; counting a referral under each would count it more than once, and the totals
 * would no longer be referrals). Filtering by a category takes the referrals to services that have
 * it in any place. The month is the one the referral was sent in, in London. The first answer
 * (accept, waitlist or decline, whichever came first) is on time when it came before the response
 * deadline. The age is the person's in whole years on the day the referral was sent; whether they
 * use the portal is whether their own record was ever read or changed by them through /me (the
 * access log's own operations, allowed). The deprivation decile is that of the LSOA of the postcode
 * on the person's record now (V27's {@code postcode.lsoa11}/{@code lsoa21} and {@code
 * deprivation}), null when not known; the ethnic group that of the category on their record now,
 * and the sex that on their record now.
 */
@ApplicationScoped
public class ReferralFigures {

  /**
   * The referrals of the period, counted by what is on their own row (found by the time they were
   * sent, V20's indexes); then their services' first categories and their referrers' sectors,
   * joined to those few counts rather than to every referral.
   */
  private static final String SQL_HEAD =
      """
      with counted as (
          select to_char(r.sent_at at time zone 'Europe/London', 'YYYY-MM') as month,
                 r.service_id,
                 r.referring_organisation_id,
                 r.status,
                 r.decline_reason,
                 case when r.decided_at is null then 'NONE'
                      when r.decided_at < r.respond_by then 'ON_TIME'
                      else 'LATE' end as answer,
                 date_part('year', age(cast(r.sent_at at time zone 'Europe/London' as date),
                                       (select p.date_of_birth from person p
                                        where p.id = r.person_id))) as age,
                 exists (select 1 from audit_event a
                         where a.person_id = r.person_id and a.operation like 'me.%'
                           and a.outcome = 'ALLOWED') as uses_portal,
                 (select d.imd_decile from person p
                  join postcode pc on pc.postcode = p.postcode
                  join deprivation d on d.lsoa in (pc.lsoa11, pc.lsoa21)
                  where p.id = r.person_id limit 1) as imd_decile,
                 (select p.ethnic_category from person p where p.id = r.person_id) as ethnic,
                 (select p.sex from person p where p.id = r.person_id) as sex,
                 count(*) as referrals
          from referral r
          where r.sent_at >= :start and r.sent_at < :end and r.status <> 'DRAFT'
      """;

  /**
   * Each counted service's first category (services may have several: a referral is counted under
   * its service's first, once), for both statements' {@code counted} rows.
   */
  private static final String FIRST_CATEGORY =
      """
      first_category as (
          select distinct on (st.service_id) st.service_id, t.id as term_id, t.name as term_name
          from service_taxonomy_term st
          join taxonomy_term t on t.id = st.taxonomy_term_id
          where st.service_id in (select service_id from counted)
          order by st.service_id, st.position)
      """;

  private static final String SQL_TAIL =
      """
          group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
      """
          + FIRST_CATEGORY
          + """
      select c.month, cast(fc.term_id as varchar), fc.term_name, o.sector, c.status,
             c.decline_reason, c.answer, c.age, c.uses_portal, c.imd_decile, c.ethnic, c.sex,
             sum(c.referrals)
      from counted c
      left join first_category fc on fc.service_id = c.service_id
      left join organisation o on o.id = c.referring_organisation_id
      group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
      """;

  /**
   * The kept counts of the period's months, summed over what a report does not count by (the
   * receiving organisation, the service beyond its first category), with the same columns as {@link
   * #statement}'s; the headings kept without nulls ('' and 0) are null again.
   */
  private static final String KEPT_HEAD =
      """
      with counted as (
          select to_char(t.month, 'YYYY-MM') as month, t.service_id, t.sector, t.status,
                 t.decline_reason, t.answer, t.age_band, t.uses_portal, t.imd_decile,
                 t.ethnic_group, t.sex, sum(t.referrals) as referrals
          from report_tally t
          where t.month >= :from and t.month <= :to
      """;

  private static final String KEPT_TAIL =
      """
          group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
      """
          + FIRST_CATEGORY
          + """
      select c.month, cast(fc.term_id as varchar), fc.term_name, nullif(c.sector, ''), c.status,
             nullif(c.decline_reason, ''), c.answer, c.age_band, c.uses_portal,
             nullif(c.imd_decile, 0), c.ethnic_group, c.sex, sum(c.referrals)
      from counted c
      left join first_category fc on fc.service_id = c.service_id
      group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
      """;

  /**
   * The kept cells of every table for the period's months (V34's {@code report_cell}), for the
   * whole area or a category's referrals, with the name of any category a heading is: public so
   * that tests can read its plan.
   */
  public static final String CELLS =
      """
      select c.layout, c.row_code, c.column_code, rt.name, ct.name, sum(c.referrals)
      from report_cell c
      left join taxonomy_term rt on cast(rt.id as varchar) = c.row_code
      left join taxonomy_term ct on cast(ct.id as varchar) = c.column_code
      where c.area = cast(:area as varchar) and c.category = cast(:category as varchar)
        and c.month >= :from and c.month <= :to
      group by 1, 2, 3, 4, 5
      """;

  /**
   * The referrals reminded under each heading of each equity dimension, from the kept cells of the
   * tables of what happened by that dimension (their rows are its headings): rows of the table's
   * id, the heading's code and the count.
   */
  private static final String REMINDED_BY_HEADING_CELLS =
      "select c.layout, c.row_code, sum(c.reminded) from report_cell c"
          + " where c.area = cast(:area as varchar) and c.category = cast(:category as varchar)"
          + " and c.month >= :from and c.month <= :to and c.layout in ("
          + PersonHeadings.DIMENSIONS.stream()
              .map(d -> "'" + ReferralReport.outcomesTableId(d) + "'")
              .collect(Collectors.joining(", "))
          + ") group by 1, 2";

  @PersistenceContext EntityManager em;

  /**
   * The period's cells of every report table, from the cells kept by month: a few hundred rows a
   * month, whatever the number of referrals, as they stood at the last refresh (a report catches up
   * first, see {@link ReportAggregate#catchUp}). For a report of the whole area or of a category;
   * one of a receiving organisation reads {@link #tallies}.
   *
   * @param scope the report's filters, without a receiving organisation
   */
  public List<CellCount> cells(Period period, Scope scope) {
    if (scope.organisation() != null) {
      throw new IllegalArgumentException("The cells are kept for every receiving organisation");
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        cellKeys(em.createNativeQuery(CELLS), scope)
            .setParameter("from", period.from().atDay(1))
            .setParameter("to", period.to().atDay(1))
            .getResultList();
    List<CellCount> cells = new ArrayList<>();
    for (Object[] row : rows) {
      String table = (String) row[0];
      List<Dimension> dimensions = ReferralReport.dimensions(table);
      cells.add(
          new CellCount(
              table,
              dimensions.get(0).heading((String) row[1], (String) row[3]),
              dimensions.get(1).heading((String) row[2], (String) row[4]),
              ((Number) row[5]).longValue()));
    }
    return cells;
  }

  /**
   * The period's tallies from the kept counts: as they stood at the last refresh (a report catches
   * up first, see {@link ReportAggregate#catchUp}).
   *
   * @param scope the report's filters
   */
  public List<Tally> tallies(Period period, Scope scope) {
    Query query = ReportFilters.bind(em.createNativeQuery(kept(scope)), scope);
    query.setParameter("from", period.from().atDay(1));
    query.setParameter("to", period.to().atDay(1));
    return read(query, true);
  }

  /**
   * The same tallies counted straight from the referrals ({@link #statement}): what the kept counts
   * must always equal after a refresh, reading every referral of the period to say so. Tests
   * compare the two; a report never reads it.
   */
  public List<Tally> countedDirectly(Period period, Scope scope) {
    Query query = ReportFilters.bind(em.createNativeQuery(statement(scope)), scope);
    query.setParameter("start", period.start());
    query.setParameter("end", period.end());
    return read(query, false);
  }

  /**
   * The rows of either statement as tallies: the kept counts hold the age band, the ethnic group
   * and the sex as counted; the direct count has the exact age, the category's code and the sex's
   * code (each a varchar(1), which the driver answers as a Character).
   */
  private static List<Tally> read(Query query, boolean kept) {
    List<Tally> tallies = new ArrayList<>();
    for (Object[] row : rows(query)) {
      tallies.add(
          new Tally(
              YearMonth.parse((String) row[0]),
              (String) row[1],
              (String) row[2],
              ReferringSector.of((String) row[3]),
              Outcome.of((String) row[4], (String) row[5]),
              Answer.valueOf((String) row[6]),
              kept ? AgeBand.valueOf((String) row[7]) : AgeBand.of(((Number) row[7]).intValue()),
              (Boolean) row[8],
              Deprivation.of(row[9] == null ? null : ((Number) row[9]).intValue()),
              kept
                  ? Ethnicity.valueOf((String) row[10])
                  : Ethnicity.of(row[10] == null ? null : row[10].toString()),
              kept
                  ? ReportedSex.valueOf((String) row[11])
                  : ReportedSex.of(row[11] == null ? null : row[11].toString()),
              ((Number) row[12]).longValue()));
    }
    return tallies;
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query query) {
    return query.getResultList();
  }

  /**
   * The statement over the kept counts, with {@code :from} and {@code :to} the months' first days,
   * filtered as the scope asks (its values bound by {@link ReportFilters#bind}).
   */
  public static String kept(Scope scope) {
    return KEPT_HEAD
        + ReportFilters.where("t.service_id", "t.receiving_organisation_id", "t.area", scope)
        + "\n"
        + KEPT_TAIL;
  }

  /**
   * The count straight from the referrals, with named parameters {@code :start}, {@code :end} and,
   * when filtered, {@code :category} and {@code :organisation}: public so that tests can read its
   * plan (EXPLAIN).
   */
  public static String statement(Scope scope) {
    return SQL_HEAD + ReportFilters.onReferrals(scope) + "\n" + SQL_TAIL;
  }

  /**
   * The services taking referrals now (not retired, not signpost only), optionally in a category,
   * of one organisation and of organisations in one area, by their first category: how many by
   * their declared capacity, how many are at their declared most open referrals (waiting for an
   * answer or taken on), the most they declared between them and how many declared none, and the
   * days they were paused in the period (to now, when it has not ended), from V39's history of
   * their capacity (kept since V39: before it, a service's history starts with its capacity then).
   */
  public List<CategoryCapacity> servicesByCategory(Period period, Scope scope, Instant now) {
    String sql =
        "with s as (select s.id, s.capacity, s.max_open_referrals,"
            + " (select st.taxonomy_term_id from service_taxonomy_term st"
            + "  where st.service_id = s.id order by st.position limit 1) as category,"
            // open referrals counted only for a service that declared a most, as before V39
            + " case when s.max_open_referrals is not null then"
            + " (select count(*) from referral o where o.service_id = s.id and o.status in"
            + "  ('SENT', 'SEEN', 'WAITLISTED', 'ACCEPTED', 'IN_PROGRESS')) end as open"
            + " from service s where s.retired_at is null and s.accepts_referrals"
            + ReportFilters.where(
                "s.id", "s.organisation_id", ReportFilters.areaOf("s.organisation_id"), scope)
            + "), spans as (select h.service_id, h.capacity,"
            + " greatest(h.changed_at, cast(:start as timestamptz)) as since,"
            + " least(coalesce(lead(h.changed_at) over (partition by h.service_id"
            + "  order by h.changed_at, h.id), cast(:stop as timestamptz)),"
            + "  cast(:stop as timestamptz)) as until"
            + " from service_capacity_change h where h.service_id in (select id from s)),"
            + " paused as (select p.service_id,"
            + " sum(extract(epoch from (p.until - p.since))) / 86400.0 as days"
            + " from spans p where p.capacity = 'PAUSED' and p.until > p.since"
            + " group by p.service_id)"
            + " select cast(s.category as varchar), t.name,"
            + " count(*) filter (where s.capacity = 'ACCEPTING'),"
            + " count(*) filter (where s.capacity = 'WAITLIST'),"
            + " count(*) filter (where s.capacity = 'PAUSED'),"
            + " count(*) filter (where s.max_open_referrals is not null"
            + "  and s.open >= s.max_open_referrals),"
            + " coalesce(sum(s.max_open_referrals), 0),"
            + " count(*) filter (where s.max_open_referrals is null),"
            + " coalesce(sum(p.days), 0)"
            + " from s left join taxonomy_term t on t.id = s.category"
            + " left join paused p on p.service_id = s.id"
            + " group by 1, 2";
    Instant stop = period.end().isBefore(now) ? period.end() : now;
    Query query =
        ReportFilters.bind(em.createNativeQuery(sql), scope)
            .setParameter("start", period.start())
            .setParameter("stop", stop.isBefore(period.start()) ? period.start() : stop);
    List<CategoryCapacity> categories = new ArrayList<>();
    for (Object[] row : rows(query)) {
      categories.add(
          new CategoryCapacity(
              Dimension.CATEGORY.heading(
                  row[0] == null ? Dimension.NO_CATEGORY_CODE : (String) row[0], (String) row[1]),
              new ServicesNow(
                  ((Number) row[2]).longValue(),
                  ((Number) row[3]).longValue(),
                  ((Number) row[4]).longValue(),
                  ((Number) row[5]).longValue()),
              ((Number) row[6]).longValue(),
              ((Number) row[7]).longValue(),
              ((Number) row[8]).doubleValue()));
    }
    return categories;
  }

  /**
   * Of the referrals sent in the period (filtered as the report is), those on a waiting list now,
   * the median days they have waited so far (since they were first put on it), and how many had
   * their service reminded to answer before the deadline; both also by every equity heading. The
   * counts are kept ({@code report_cell}, or {@code report_tally} when filtered by a receiver); the
   * medians read the referrals on a waiting list now only, from V38's index on them with when each
   * was first put on it (or by the receiver's index when filtered by one), and, by heading, the
   * referrals on a waiting list as last counted ({@code report_referral}, from V40's index on them
   * with when each was first put on it and its headings: the same referrals as the kept count).
   */
  public Waiting waiting(Period period, Scope scope, Instant now) {
    Query counts;
    Query reminded;
    if (scope.organisation() == null) {
      counts =
          cellKeys(
                  em.createNativeQuery(
                      "select coalesce(sum(c.referrals) filter (where c.layout = :outcomes"
                          + " and c.row_code = :waitlisted), 0),"
                          + " coalesce(sum(c.reminded) filter (where c.layout = :first), 0)"
                          + " from report_cell c where c.area = cast(:area as varchar)"
                          + " and c.category = cast(:category as varchar)"
                          + " and c.month >= :from and c.month <= :to"),
                  scope)
              .setParameter("outcomes", tableWithRows(Dimension.OUTCOME))
              .setParameter("waitlisted", Outcome.WAITLISTED.name())
              .setParameter("first", ReferralReport.tableIds().get(0));
      reminded = cellKeys(em.createNativeQuery(REMINDED_BY_HEADING_CELLS), scope);
    } else {
      counts =
          ReportFilters.bind(
              em.createNativeQuery(
                  "select coalesce(sum(t.referrals) filter (where t.status = 'WAITLISTED'), 0),"
                      + " coalesce(sum(t.reminded), 0) from report_tally t"
                      + " where t.month >= :from and t.month <= :to"
                      + ReportFilters.where(
                          "t.service_id", "t.receiving_organisation_id", "t.area", scope)),
              scope);
      reminded =
          ReportFilters.bind(
              em.createNativeQuery(
                  byEachHeading(
                      "sum(f.reminded)",
                      "from report_tally f where f.month >= :from and f.month <= :to"
                          + ReportFilters.where(
                              "f.service_id", "f.receiving_organisation_id", "f.area", scope))),
              scope);
    }
    Object[] kept =
        (Object[])
            counts
                .setParameter("from", period.from().atDay(1))
                .setParameter("to", period.to().atDay(1))
                .getSingleResult();
    String waitlisted =
        " where r.status = 'WAITLISTED' and r.sent_at >= :start and r.sent_at < :end"
            + ReportFilters.onReferrals(scope);
    Object days =
        onWaitingList(
                em.createNativeQuery("select " + waited("r") + " from referral r" + waitlisted),
                period,
                scope,
                now)
            .getSingleResult();
    Map<Dimension, Map<String, Double>> medians = new EnumMap<>(Dimension.class);
    byHeading(
        ReportFilters.bind(
                em.createNativeQuery(
                    byEachHeading(
                        waited("f"),
                        "from report_referral f where f.status = 'WAITLISTED'"
                            + " and f.month >= :from and f.month <= :to"
                            + ReportFilters.where(
                                "f.service_id", "f.receiving_organisation_id", "f.area", scope))),
                scope)
            .setParameter("from", period.from().atDay(1))
            .setParameter("to", period.to().atDay(1))
            .setParameter("now", now),
        (dimension, code, value) ->
            medians
                .computeIfAbsent(dimension, d -> new HashMap<>())
                .put(code, ((Number) value).doubleValue()));
    Map<Dimension, Map<String, Long>> remindedByHeading = new EnumMap<>(Dimension.class);
    PersonHeadings.DIMENSIONS.forEach(d -> remindedByHeading.put(d, new HashMap<>()));
    HeadingValue remind =
        (dimension, code, value) -> {
          long count = ((Number) value).longValue();
          if (count > 0) {
            remindedByHeading.get(dimension).merge(code, count, Long::sum);
          }
        };
    reminded.setParameter("from", period.from().atDay(1)).setParameter("to", period.to().atDay(1));
    if (scope.organisation() == null) {
      for (Object[] row : rows(reminded)) {
        remind.accept(ReferralReport.dimensions((String) row[0]).get(0), (String) row[1], row[2]);
      }
    } else {
      byHeading(reminded, remind);
    }
    return new Waiting(
        ((Number) kept[0]).longValue(),
        days == null ? null : ((Number) days).doubleValue(),
        ((Number) kept[1]).longValue(),
        medians,
        remindedByHeading);
  }

  /**
   * A statement of {@code value} under each heading of each equity dimension, from rows as {@code
   * f} with the kept headings' columns ({@code report_tally}, {@code report_referral}): the five
   * headings' codes, whether each was grouped by (0) or not (1), then the value.
   */
  private static String byEachHeading(String value, String from) {
    List<String> codes = PersonHeadings.DIMENSIONS.stream().map(ReportAggregate::code).toList();
    return "select "
        + String.join(", ", codes)
        + ", "
        + codes.stream().map(c -> "grouping(" + c + ")").collect(Collectors.joining(", "))
        + ", "
        + value
        + " "
        + from
        + " group by grouping sets ("
        + codes.stream().map(c -> "(" + c + ")").collect(Collectors.joining(", "))
        + ")";
  }

  /** A value under one heading of an equity dimension. */
  private interface HeadingValue {
    void accept(Dimension dimension, String code, Object value);
  }

  /** Reads the rows of a statement of {@link #byEachHeading}, those without a value left out. */
  private static void byHeading(Query query, HeadingValue each) {
    int dimensions = PersonHeadings.DIMENSIONS.size();
    for (Object[] row : rows(query)) {
      for (int d = 0; d < dimensions; d++) {
        if (((Number) row[dimensions + d]).intValue() == 0 && row[2 * dimensions] != null) {
          each.accept(PersonHeadings.DIMENSIONS.get(d), (String) row[d], row[2 * dimensions]);
        }
      }
    }
  }

  /** Binds what the statements of referrals on a waiting list now ask for. */
  /**
   * The median days since the rows as {@code alias} were first put on a waiting list, to {@code
   * :now}.
   */
  private static String waited(String alias) {
    return "percentile_cont(0.5) within group (order by"
        + " extract(epoch from (cast(:now as timestamptz) - "
        + alias
        + ".waitlisted_at)) / 86400.0)";
  }

  private static Query onWaitingList(Query query, Period period, Scope scope, Instant now) {
    return ReportFilters.bind(query, scope)
        .setParameter("start", period.start())
        .setParameter("end", period.end())
        .setParameter("now", now);
  }

  /**
   * Binds which kept cells a report of the whole area or of a category reads: {@code :area} and
   * {@code :category}, each '' for all.
   */
  private static Query cellKeys(Query query, Scope scope) {
    return query
        .setParameter("area", scope.area() == null ? "" : scope.area().toString())
        .setParameter("category", scope.category() == null ? "" : scope.category().toString());
  }

  /** The first report table counting referrals down by this dimension. */
  private static String tableWithRows(Dimension rows) {
    return ReferralReport.tableIds().stream()
        .filter(table -> ReferralReport.dimensions(table).get(0) == rows)
        .findFirst()
        .orElseThrow();
  }

  /** Whether a category with this id exists. */
  public boolean isCategory(UUID id) {
    return !em.createNativeQuery("select 1 from taxonomy_term where id = :id")
        .setParameter("id", id)
        .getResultList()
        .isEmpty();
  }

  /** Whether an organisation with this id exists. */
  public boolean isOrganisation(UUID id) {
    return !em.createNativeQuery("select 1 from organisation where id = :id")
        .setParameter("id", id)
        .getResultList()
        .isEmpty();
  }

  /** Whether a neighbourhood area, a PCN's, with this id exists. */
  public boolean isArea(UUID id) {
    return !em.createNativeQuery("select 1 from organisation where id = :id and sector = 'PCN'")
        .setParameter("id", id)
        .getResultList()
        .isEmpty();
  }
}
