package org.openneighbourhood.api.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.openneighbourhood.api.reporting.entity.AgeBand;
import org.openneighbourhood.api.reporting.entity.Ethnicity;
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
 * waits for it, then catches up on what is left, so a report counts every referral committed before
 * it was asked for.
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
      "with taken as (delete from report_change returning referral_id, person_id, everything)"
          + " insert into report_taken select referral_id, person_id, everything from taken";

  private static final String AFFECTED =
      "insert into report_affected"
          + " select referral_id from report_taken where referral_id is not null"
          + " union select r.id from referral r"
          + " where r.person_id in (select person_id from report_taken where person_id is not null)";

  private static final String KEY =
      "month, service_id, receiving_organisation_id, sector, status, decline_reason, answer,"
          + " age_band, uses_portal, imd_decile, ethnic_group, sex";

  private static final String ADD_UP =
      " on conflict ("
          + KEY
          + ") do update set referrals = report_tally.referrals + excluded.referrals,"
          + " reminded = report_tally.reminded + excluded.reminded";

  /** Takes the listed referrals away from where they were counted. */
  private static final String TAKE_AWAY =
      "with gone as (delete from report_referral f using report_affected a"
          + " where f.referral_id = a.referral_id returning f.*)"
          + " insert into report_tally ("
          + KEY
          + ", referrals, reminded) select "
          + KEY
          + ", -count(*), -count(*) filter (where reminded) from gone group by "
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

  @PersistenceContext EntityManager em;

  /**
   * What each referral sent (of those chosen by {@code where}) counts under now, as V32's columns
   * of {@code report_referral}. The age is whole years on the day sent in London, banded as {@link
   * AgeBand} does.
   */
  static String headings(String where) {
    return "insert into report_referral (referral_id, person_id, month, service_id,"
        + " receiving_organisation_id, sector, status, decline_reason, answer, age_band,"
        + " uses_portal, imd_decile, ethnic_group, sex, reminded)"
        + " select r.id, r.person_id,"
        + " cast(date_trunc('month', r.sent_at at time zone 'Europe/London') as date),"
        + " r.service_id, r.receiving_organisation_id, coalesce(o.sector, ''), r.status,"
        + " coalesce(r.decline_reason, ''),"
        + " case when r.decided_at is null then 'NONE'"
        + " when r.decided_at < r.respond_by then 'ON_TIME' else 'LATE' end,"
        + ageBand(
            "date_part('year', age(cast(r.sent_at at time zone 'Europe/London' as date),"
                + " p.date_of_birth))")
        + ", exists (select 1 from audit_event a where a.person_id = r.person_id"
        + " and a.operation like 'me.%' and a.outcome = 'ALLOWED'),"
        + " coalesce((select d.imd_decile from postcode pc"
        + " join deprivation d on d.lsoa in (pc.lsoa11, pc.lsoa21)"
        + " where pc.postcode = p.postcode limit 1), 0), "
        + Ethnicity.sql("p.ethnic_category")
        + ", "
        + ReportedSex.sql("p.sex")
        + ", r.reminded_at is not null"
        + " from referral r join person p on p.id = r.person_id"
        + " left join organisation o on o.id = r.referring_organisation_id"
        + " where r.status <> 'DRAFT'"
        + where;
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
                + " everything boolean) on commit drop")
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
    em.createNativeQuery(TAKE_AWAY).executeUpdate();
    em.createNativeQuery(headings(" and r.id in (select referral_id from report_affected)"))
        .executeUpdate();
    em.createNativeQuery(ADD).executeUpdate();
    em.createNativeQuery("delete from report_tally where referrals = 0").executeUpdate();
    return affected;
  }

  /** Counts every referral again: after a change to the headings of them all. */
  private int rebuild() {
    em.createNativeQuery("delete from report_tally").executeUpdate();
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
    return counted;
  }

  /**
   * Before a report is read: counts what changed since the last round, waiting for a round another
   * instance is doing, in a transaction of its own so that the report's reads see it. Nothing to do
   * costs one look at an empty list.
   *
   * @return how many referrals were counted again
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int catchUp() {
    if (!hasChanges()) {
      return 0;
    }
    em.createNativeQuery("select cast(pg_advisory_xact_lock(?1) as varchar)")
        .setParameter(1, LOCK)
        .getSingleResult();
    return refresh();
  }
}
