package org.openneighbourhood.api.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.reporting.entity.Deprivation;
import org.openneighbourhood.api.reporting.entity.Period;
import org.openneighbourhood.api.reporting.entity.ReceivedTally;
import org.openneighbourhood.api.reporting.entity.ReferringSector;
import org.openneighbourhood.api.reporting.entity.Result;
import org.openneighbourhood.api.reporting.entity.TimeInService;

/**
 * The figures of one organisation's report, each from one aggregate statement: its counts by month,
 * service, outcome, referrer and deprivation, and the area's whole, from the counts kept ahead of
 * time (V32's {@code report_tally}); the people it took on and their time in its service over the
 * referrals it was sent in a period (found by V20's index on the receiver and the time sent, one
 * organisation's share). The database counts, and no referral, person or free text is ever read
 * into the service. The month is the one the referral was sent in, in London.
 */
@ApplicationScoped
public class ReceivedFigures {

  private static final String PERIOD =
      " r.receiving_organisation_id = :organisation and r.sent_at >= :start and r.sent_at < :end"
          + " and r.status <> 'DRAFT'";

  /**
   * From the kept counts ({@code report_tally}, see {@link ReportAggregate}): the organisation's
   * months only, found by V32's index on the receiver.
   */
  private static final String TALLIES =
      "select to_char(t.month, 'YYYY-MM'), cast(t.service_id as varchar), s.name,"
          + " nullif(t.sector, ''), t.status, nullif(t.decline_reason, ''),"
          + " nullif(t.imd_decile, 0), sum(t.referrals)"
          + " from report_tally t join service s on s.id = t.service_id"
          + " where t.receiving_organisation_id = :organisation"
          + " and t.month >= :from and t.month <= :to"
          + " group by 1, 2, 3, 4, 5, 6, 7";

  /** Different people with a referral taken on and kept: accepted, in progress or completed. */
  private static final String PEOPLE_TAKEN_ON =
      "select count(distinct r.person_id) from referral r where"
          + PERIOD
          + " and r.status in ('ACCEPTED', 'IN_PROGRESS', 'COMPLETED')";

  /** From the first acceptance to completion, for the completed referrals, in days. */
  private static final String TIME_IN_SERVICE =
      "select count(*), percentile_cont(0.5) within group (order by days), avg(days) from ("
          + " select extract(epoch from (done.at - taken.at)) / 86400.0 as days"
          + " from referral r"
          + " join lateral (select min(c.changed_at) as at from referral_status_change c"
          + "   where c.referral_id = r.id and c.status = 'ACCEPTED') taken on taken.at is not null"
          + " join lateral (select max(c.changed_at) as at from referral_status_change c"
          + "   where c.referral_id = r.id and c.status = 'COMPLETED') done on done.at is not null"
          + " where"
          + PERIOD
          + " and r.status = 'COMPLETED') completed";

  private static final String AREA =
      "select coalesce(sum(t.referrals), 0) from report_tally t"
          + " where t.month >= :from and t.month <= :to";

  @PersistenceContext EntityManager em;

  /** The referrals the organisation was sent in the period, counted by every heading. */
  public List<ReceivedTally> tallies(UUID organisation, Period period) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(TALLIES)
            .setParameter("organisation", organisation)
            .setParameter("from", period.from().atDay(1))
            .setParameter("to", period.to().atDay(1))
            .getResultList();
    List<ReceivedTally> tallies = new ArrayList<>();
    for (Object[] row : rows) {
      tallies.add(
          new ReceivedTally(
              YearMonth.parse((String) row[0]),
              (String) row[1],
              (String) row[2],
              ReferringSector.of((String) row[3]),
              Result.of((String) row[4], (String) row[5]),
              Deprivation.of(row[6] == null ? null : ((Number) row[6]).intValue()),
              ((Number) row[7]).longValue()));
    }
    return tallies;
  }

  public long peopleTakenOn(UUID organisation, Period period) {
    return ((Number) inPeriod(PEOPLE_TAKEN_ON, organisation, period).getSingleResult()).longValue();
  }

  public TimeInService timeInService(UUID organisation, Period period) {
    Object[] row = (Object[]) inPeriod(TIME_IN_SERVICE, organisation, period).getSingleResult();
    long completed = ((Number) row[0]).longValue();
    if (completed == 0) {
      return TimeInService.NONE;
    }
    return new TimeInService(
        completed, ((Number) row[1]).doubleValue(), ((Number) row[2]).doubleValue());
  }

  /** How many referrals were sent in the period to any organisation. */
  public long areaReferrals(Period period) {
    return ((Number)
            em.createNativeQuery(AREA)
                .setParameter("from", period.from().atDay(1))
                .setParameter("to", period.to().atDay(1))
                .getSingleResult())
        .longValue();
  }

  /** An organisation as a report names it: its alias (as Keycloak knows it) and its name. */
  public record Receiver(String alias, String name) {}

  /** The organisation with this id, if it exists. */
  public Optional<Receiver> organisation(UUID id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select alias, name from organisation where id = :id")
            .setParameter("id", id)
            .getResultList();
    return rows.stream().findFirst().map(row -> new Receiver((String) row[0], (String) row[1]));
  }

  private Query inPeriod(String sql, UUID organisation, Period period) {
    return em.createNativeQuery(sql)
        .setParameter("organisation", organisation)
        .setParameter("start", period.start())
        .setParameter("end", period.end());
  }
}
