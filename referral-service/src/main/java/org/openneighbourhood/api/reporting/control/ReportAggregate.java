package org.openneighbourhood.api.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.reporting.entity.AgeBand;
import org.openneighbourhood.api.reporting.entity.Deprivation;
import org.openneighbourhood.api.reporting.entity.Dimension;
import org.openneighbourhood.api.reporting.entity.Ethnicity;
import org.openneighbourhood.api.reporting.entity.Outcome;
import org.openneighbourhood.api.reporting.entity.ReferralReport;
import org.openneighbourhood.api.reporting.entity.ReferringSector;
import org.openneighbourhood.api.reporting.entity.ReportedSex;

/**
 * Keeps the reports' counts ({@code report_tally}, V32) equal to a count of the referrals
 * themselves, so that a report over years of referrals reads a few rows a month per service and
 * heading rather than every referral (issue 18).
 *
 * <p>V32's triggers list in {@code report_change}, in the same transaction as the change, every
 * referral sent, answered, reminded or moved, every person whose date of birth, postcode, ethnic
 * category or sex (V35) changed or who first used the portal, and "everything" when the postcode
 * directory, the deprivation file or an organisation's sector changed. A refresh takes that list,
 * takes each listed referral away from the headings it was counted under ({@code report_referral},
 * what it was last counted as) and adds it where it belongs now: only the referrals that changed
 * are read. A refresh holds a lock (PostgreSQL's, for its transaction) so one instance does it at a
 * time: the scheduler skips a round that another instance is doing, and a report about to be read
 * waits for it (a little: see {@link #catchUp}), then catches up on what is left, so a report
 * counts every referral committed before it was asked for, or says that it may not.
 *
 * <p>The headings are those of {@link ReferralFigures#statement}, worked out once per change
 * instead of once per report: the month sent in London, the first answer against the deadline, the
 * age band on the day sent, whether the person has ever used the portal through /me, and the
 * deprivation decile of the postcode on their record, the group of their ethnic category and their
 * sex.
 */
@ApplicationScoped
public class ReportAggregate {

  /**
   * The advisory lock of a refresh: fixed, and listed with the scheduler's other jobs' keys (see
   * {@code JobLocks}), never reused for another.
   */
  public static final long LOCK = 0x6e62_0004L;

  private static final String TAKE_CHANGES =
      "with taken as (delete from report_change"
          + " returning referral_id, person_id, service_id, everything)"
          + " insert into report_taken select referral_id, person_id, service_id, everything"
          + " from taken";

  private static final String AFFECTED =
      "insert into report_affected"
          + " select referral_id from report_taken where referral_id is not null"
          + " union select r.id from referral r"
          + " where r.person_id in (select person_id from report_taken where person_id is not null)"
          + " union select r.id from referral r"
          + " where r.service_id in (select service_id from report_taken"
          + " where service_id is not null)";

  private static final String KEY =
      "month, service_id, receiving_organisation_id, sector, status, decline_reason, answer,"
          + " age_band, uses_portal, imd_decile, ethnic_group, sex, area";

  private static final String ADD_UP =
      " on conflict ("
          + KEY
          + ") do update set referrals = report_tally.referrals + excluded.referrals,"
          + " reminded = report_tally.reminded + excluded.reminded";

  /** Takes the listed referrals out of what they were counted as, into {@code report_gone}. */
  private static final String FORGET =
      "with gone as (delete from report_referral f using report_affected a"
          + " where f.referral_id = a.referral_id returning f.*)"
          + " insert into report_gone select * from gone";

  /** Takes the referrals taken out away from the counts they were counted in. */
  private static final String TAKE_AWAY =
      "insert into report_tally ("
          + KEY
          + ", referrals, reminded) select "
          + KEY
          + ", -count(*), -count(*) filter (where reminded) from report_gone group by "
          + KEY
          + ADD_UP;

  private static final String ADD =
      "insert into report_tally ("
          + KEY
          + ", referrals, reminded) select "
          + KEY
          + ", count(*), count(*) filter (where reminded) from report_referral f"
          + " join report_affected a on a.referral_id = f.referral_id group by "
          + KEY
          + ADD_UP;

  /** How often a report waiting for another instance's round looks whether it has ended. */
  private static final long LOCK_POLL_MS = 25;

  @PersistenceContext EntityManager em;

  @Inject
  @Configured(Setting.REPORTING_CATCH_UP_WAIT_MS)
  int waitMs;

  @Inject
  @Configured(Setting.REPORTING_CATCH_UP_MOST)
  int most;

  /** The referrals listed as changed, as counted now. */
  private static final String AFFECTED_NOW =
      "(select f.* from report_referral f join report_affected a on a.referral_id = f.referral_id)";

  /**
   * What each referral sent (of those chosen by {@code where}) counts under now, as V32's columns
   * of {@code report_referral}. The age is whole years on the day sent in London, banded as {@link
   * AgeBand} does.
   */
  static String headings(String where) {
    return "insert into report_referral (referral_id, person_id, month, service_id,"
        + " receiving_organisation_id, sector, status, decline_reason, answer, age_band,"
        + " uses_portal, imd_decile, ethnic_group, sex, reminded, first_category, categories,"
        + " area, waitlisted_at)"
        + " select r.id, r.person_id,"
        + " cast(date_trunc('month', r.sent_at at time zone 'Europe/London') as date),"
        + " r.service_id, r.receiving_organisation_id, coalesce(o.sector, ''), r.status,"
        + " coalesce(r.decline_reason, ''),"
        + " case when r.decided_at is null then 'NONE'"
        + " when r.decided_at < r.respond_by then 'ON_TIME' else 'LATE' end,"
        + ageBand(years("cast(r.sent_at at time zone 'Europe/London' as date)", "p"))
        + ", "
        + usesPortal("r.person_id")
        + ", coalesce("
        + imdDecile("p.postcode")
        + ", 0), "
        + Ethnicity.sql("p.ethnic_category")
        + ", "
        + ReportedSex.sql("p.sex")
        + ", r.reminded_at is not null,"
        + " coalesce((select cast(st.taxonomy_term_id as varchar) from service_taxonomy_term st"
        + " where st.service_id = r.service_id order by st.position limit 1), ''),"
        + " array(select distinct st.taxonomy_term_id from service_taxonomy_term st"
        + " where st.service_id = r.service_id), coalesce("
        + ReportFilters.areaOf("r.referring_organisation_id")
        + ", ''), r.waitlisted_at"
        + " from referral r join person p on p.id = r.person_id"
        + " left join organisation o on o.id = r.referring_organisation_id"
        + " where r.status <> 'DRAFT'"
        + where;
  }

  /**
   * Adds the referrals counted in {@code source} (rows of {@code report_referral}, as {@code f}) to
   * the cells of every report table ({@code report_cell}), or takes them away: each referral once
   * for the whole area and once for each category of its service, under the row and column of each
   * table it falls in.
   *
   * @param sign {@code ""} to add, {@code "-"} to take away
   */
  static String cells(String source, String sign) {
    StringBuilder tables = new StringBuilder();
    for (String table : ReferralReport.tableIds()) {
      List<Dimension> dimensions = ReferralReport.dimensions(table);
      tables
          .append(tables.isEmpty() ? "" : ", ")
          .append("('")
          .append(table)
          .append("', ")
          .append(code(dimensions.get(0)))
          .append(", ")
          .append(code(dimensions.get(1)))
          .append(')');
    }
    return "insert into report_cell (month, area, category, layout, row_code, column_code,"
        + " referrals, reminded) select f.month, k.area, c.category, l.layout, l.row_code,"
        + " l.column_code, "
        + sign
        + "count(*), "
        + sign
        + "count(*) filter (where f.reminded) from "
        + source
        + " f cross join lateral (select '' union all"
        + " select cast(u as varchar) from unnest(f.categories) u) as c(category)"
        + " cross join lateral (select '' union all select f.area where f.area <> '')"
        + " as k(area)"
        + " cross join lateral (values "
        + tables
        + ") as l(layout, row_code, column_code)"
        + " group by 1, 2, 3, 4, 5, 6"
        + " on conflict (area, category, month, layout, row_code, column_code) do update"
        + " set referrals = report_cell.referrals + excluded.referrals,"
        + " reminded = report_cell.reminded + excluded.reminded";
  }

  /**
   * The code of the heading of this dimension a counted referral ({@code f}, a row of {@code
   * report_referral}) falls under: {@link Dimension#of}'s, in SQL.
   */
  static String code(Dimension dimension) {
    return switch (dimension) {
      case MONTH -> "to_char(f.month, 'YYYY-MM')";
      case CATEGORY ->
          "case when f.first_category = '' then '"
              + Dimension.NO_CATEGORY_CODE
              + "' else f.first_category end";
      case SECTOR ->
          "case when f.sector = '' then '" + ReferringSector.SELF.name() + "' else f.sector end";
      case OUTCOME -> Outcome.sql("f.status", "f.decline_reason");
      case ANSWER -> "f.answer";
      case AGE_BAND -> "f.age_band";
      case PORTAL -> portalCode("f.uses_portal");
      case DEPRIVATION -> Deprivation.sql("nullif(f.imd_decile, 0)");
      case ETHNICITY -> "f.ethnic_group";
      case SEX -> "f.sex";
      case ALL -> "'" + Dimension.ALL_CODE + "'";
    };
  }

  /**
   * The code of the heading of an equity dimension ({@link
   * org.openneighbourhood.api.reporting.entity.PersonHeadings#DIMENSIONS}) a person falls under,
   * from their row of {@code person} as {@code alias}: the same expressions as a referral's
   * headings ({@link #headings}), so that a person is counted under the same headings in every
   * table.
   *
   * @param day an SQL date the age is taken on
   */
  static String personCode(Dimension dimension, String alias, String day) {
    return switch (dimension) {
      case AGE_BAND -> ageBand(years(day, alias));
      case PORTAL -> portalCode(usesPortal(alias + ".id"));
      case DEPRIVATION -> Deprivation.sql(imdDecile(alias + ".postcode"));
      case ETHNICITY -> Ethnicity.sql(alias + ".ethnic_category");
      case SEX -> ReportedSex.sql(alias + ".sex");
      default -> throw new IllegalArgumentException("Not an equity heading: " + dimension);
    };
  }

  /** A person's age in whole years on an SQL date, from their row of {@code person} as alias. */
  private static String years(String day, String alias) {
    return "date_part('year', age(" + day + ", " + alias + ".date_of_birth))";
  }

  /**
   * Whether the person whose id is in {@code person} has ever used the portal: their own record
   * read or changed by them through /me (the access log's own operations, allowed).
   */
  private static String usesPortal(String person) {
    return "exists (select 1 from audit_event a where a.person_id = "
        + person
        + " and a.operation like 'me.%' and a.outcome = 'ALLOWED')";
  }

  /** {@link Dimension#PORTAL}'s code from a boolean expression of whether the person uses it. */
  private static String portalCode(String usesPortal) {
    return "case when "
        + usesPortal
        + " then '"
        + Dimension.USES_PORTAL_CODE
        + "' else '"
        + Dimension.NOT_PORTAL_CODE
        + "' end";
  }

  /**
   * The deprivation decile of the LSOA of the postcode in {@code postcode} (V27's directory, either
   * census's LSOA), or null when not known.
   */
  private static String imdDecile(String postcode) {
    return "(select d.imd_decile from postcode pc"
        + " join deprivation d on d.lsoa in (pc.lsoa11, pc.lsoa21)"
        + " where pc.postcode = "
        + postcode
        + " limit 1)";
  }

  /** {@link AgeBand#of} in SQL, from the bands themselves so that the two never differ. */
  static String ageBand(String years) {
    StringBuilder sql = new StringBuilder("case");
    AgeBand[] bands = AgeBand.values();
    for (int b = 0; b < bands.length - 1; b++) {
      sql.append(" when ")
          .append(years)
          .append(" < ")
          .append(bands[b].below())
          .append(" then '")
          .append(bands[b].name())
          .append('\'');
    }
    return sql.append(" else '").append(bands[bands.length - 1].name()).append("' end").toString();
  }

  /** Whether anything changed since the last refresh: one look at the list, no lock. */
  @Transactional(TxType.MANDATORY)
  public boolean hasChanges() {
    return !em.createNativeQuery("select 1 from report_change limit 1").getResultList().isEmpty();
  }

  /**
   * One round of the scheduler's, in its transaction, which holds the lock {@link #LOCK}.
   *
   * @return how many referrals were counted again
   */
  @Transactional(TxType.MANDATORY)
  public int refresh() {
    em.createNativeQuery(
            "create temporary table report_taken (referral_id uuid, person_id uuid,"
                + " service_id uuid, everything boolean) on commit drop")
        .executeUpdate();
    em.createNativeQuery(TAKE_CHANGES).executeUpdate();
    Object[] taken =
        (Object[])
            em.createNativeQuery(
                    "select count(*), coalesce(bool_or(everything), false)" + " from report_taken")
                .getSingleResult();
    if (((Number) taken[0]).longValue() == 0) {
      return 0;
    }
    if ((Boolean) taken[1]) {
      return rebuild();
    }
    em.createNativeQuery(
            "create temporary table report_affected (referral_id uuid primary key)"
                + " on commit drop")
        .executeUpdate();
    int affected = em.createNativeQuery(AFFECTED).executeUpdate();
    em.createNativeQuery("create temporary table report_gone (like report_referral) on commit drop")
        .executeUpdate();
    em.createNativeQuery(FORGET).executeUpdate();
    em.createNativeQuery(TAKE_AWAY).executeUpdate();
    em.createNativeQuery(cells("report_gone", "-")).executeUpdate();
    em.createNativeQuery(headings(" and r.id in (select referral_id from report_affected)"))
        .executeUpdate();
    em.createNativeQuery(ADD).executeUpdate();
    em.createNativeQuery(cells(AFFECTED_NOW, "")).executeUpdate();
    em.createNativeQuery("delete from report_tally where referrals = 0").executeUpdate();
    em.createNativeQuery("delete from report_cell where referrals = 0").executeUpdate();
    return affected;
  }

  /** Counts every referral again: after a change to the headings of them all. */
  private int rebuild() {
    em.createNativeQuery("delete from report_tally").executeUpdate();
    em.createNativeQuery("delete from report_cell").executeUpdate();
    em.createNativeQuery("delete from report_referral").executeUpdate();
    int counted = em.createNativeQuery(headings("")).executeUpdate();
    em.createNativeQuery(
            "insert into report_tally ("
                + KEY
                + ", referrals, reminded) select "
                + KEY
                + ", count(*), count(*) filter (where reminded) from report_referral group by "
                + KEY)
        .executeUpdate();
    em.createNativeQuery(cells("report_referral", "")).executeUpdate();
    return counted;
  }

  /**
   * Before a report is read: counts what changed since the last round, in a transaction of its own
   * so that the report's reads see it, unless that would keep the report waiting: when another
   * instance's round holds the lock for longer than {@code reporting.catch-up-wait-ms}, or more
   * changes are waiting than {@code reporting.catch-up-most} (a bulk load), or a recount of every
   * referral (a new postcode directory, say) when there are more referrals than that, the report is
   * read as the kept counts stand, as of the last round, and the scheduler's next round counts the
   * rest. Nothing to do costs one look at an empty list.
   *
   * @return whether the kept counts now count every change committed before this was asked
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean catchUp() {
    if (!hasChanges()) {
      return true;
    }
    Object[] waiting =
        (Object[])
            em.createNativeQuery(
                    "select count(*), coalesce(bool_or(everything), false) from"
                        + " (select everything from report_change limit ?1) waiting")
                .setParameter(1, most + 1L)
                .getSingleResult();
    if (((Number) waiting[0]).longValue() > most
        || (Boolean) waiting[1] && moreReferralsThanMost()) {
      return false;
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMs);
    while (!tryLock()) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      try {
        Thread.sleep(LOCK_POLL_MS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    refresh();
    return true;
  }

  /** Whether counting every referral again is more than a report counts itself: a bounded look. */
  private boolean moreReferralsThanMost() {
    return ((Number)
                em.createNativeQuery("select count(*) from (select 1 from referral limit ?1) r")
                    .setParameter(1, most + 1L)
                    .getSingleResult())
            .longValue()
        > most;
  }

  /** Takes {@link #LOCK} for this transaction if no other round holds it. */
  private boolean tryLock() {
    return (Boolean)
        em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
            .setParameter(1, LOCK)
            .getSingleResult();
  }
}
