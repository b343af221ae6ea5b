package org.openneighbourhood.api.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openneighbourhood.api.reporting.entity.CommitmentTally;
import org.openneighbourhood.api.reporting.entity.Dimension;
import org.openneighbourhood.api.reporting.entity.Keeping;
import org.openneighbourhood.api.reporting.entity.Period;
import org.openneighbourhood.api.reporting.entity.PersonHeadings;
import org.openneighbourhood.api.reporting.entity.Scope;
import org.openneighbourhood.api.reporting.entity.WellbeingQuestion;
import org.openneighbourhood.api.reporting.entity.WellbeingTally;

/**
 * The figures of outcomes people value, about the people the referrals of a report were about (the
 * referrals sent in the period, filtered as the report is: by a category, by the receiving
 * organisation): their ONS4 wellbeing from their plans' first and latest answers (the earliest and
 * the last recorded), and the actions agreed in their plans. Aggregate statements: the database
 * counts, and no person, answer or action is read into the service. They start from the plans (far
 * fewer than the referrals of years) and ask of each whether its person was referred in the period;
 * only the count of the people referred reads the period's referrals, from V32's index alone.
 */
@ApplicationScoped
public class OutcomeFigures {

  /**
   * A person with a plan was referred in the period (filtered as the report is, added after it):
   * found from their plan by V1's index on a person's referrals, so these figures read the plans
   * and never the period's referrals.
   */
  private static final String REFERRED_IN_PERIOD =
      "exists (select 1 from referral r where r.person_id = p.person_id"
          + " and r.sent_at >= :start and r.sent_at < :end and r.status <> 'DRAFT'";

  /**
   * The people a report counts: every one referred in the period, as in {@link ReferralFigures}
   * (the filters are added after it). Distinct in a subquery, which PostgreSQL may count by hash;
   * {@code count(distinct ...)} always sorts.
   */
  private static final String REFERRED =
      "select distinct r.person_id from referral r"
          + " where r.sent_at >= :start and r.sent_at < :end and r.status <> 'DRAFT'";

  /**
   * The memory one step of a report's statements may use before it spills to disk, for this
   * transaction only. A year's people at 1M referrals (220,000) take 16 MB to count by hash; with
   * PostgreSQL's default 4 MB they were sorted on disk, half the time of the unfiltered report.
   * Reports are few and asked for by few people, so this much is safe to give each.
   */
  private static final String ROOM_TO_COUNT = "select set_config('work_mem', '64MB', true)";

  /**
   * Each person's answers numbered from the first and from the latest (the id breaks a tie of the
   * same moment, so each person has one first and one latest).
   */
  private static final String ANSWERS =
      "answers as (select pe.person_id, w.life_satisfaction, w.worthwhile, w.happiness,"
          + " w.anxiety,"
          + " row_number() over (partition by pe.person_id order by w.recorded_at, w.id) as nth,"
          + " row_number() over (partition by pe.person_id order by w.recorded_at desc, w.id desc)"
          + " as nth_last"
          + " from people pe join plan p on p.person_id = pe.person_id"
          + " join wellbeing_record w on w.plan_id = p.id)";

  /**
   * The equity headings of a person, from their row of {@code person} as {@code x}, the age on the
   * day bound as {@code :on}: the codes of {@link PersonHeadings#DIMENSIONS} in its order, as the
   * kept counts work them out for a referral ({@link ReportAggregate#personCode}).
   */
  private static final String HEADINGS =
      PersonHeadings.DIMENSIONS.stream()
          .map(dimension -> ReportAggregate.personCode(dimension, "x", "cast(:on as date)"))
          .collect(Collectors.joining(", "));

  /** {@link #HEADINGS}, named {@code prefix0} to {@code prefix4}. */
  private static String headingsAs(String prefix) {
    List<Dimension> dimensions = PersonHeadings.DIMENSIONS;
    StringBuilder sql = new StringBuilder();
    for (int d = 0; d < dimensions.size(); d++) {
      sql.append(d == 0 ? "" : ", ")
          .append(ReportAggregate.personCode(dimensions.get(d), "x", "cast(:on as date)"))
          .append(" as ")
          .append(prefix)
          .append(d);
    }
    return sql.toString();
  }

  /**
   * The people answering at least twice, by their first and their latest answers and their equity
   * headings, worked out once for each of them.
   */
  private static final String FIRST_AND_LATEST =
      " select f.life_satisfaction, l.life_satisfaction, f.worthwhile, l.worthwhile,"
          + " f.happiness, l.happiness, f.anxiety, l.anxiety, "
          + HEADINGS
          + ", count(*)"
          + " from answers f join answers l on l.person_id = f.person_id and l.nth_last = 1"
          + " join person x on x.id = f.person_id"
          + " where f.nth = 1 and l.nth > 1"
          + " group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13";

  /** Of the people referred, those who answered at least twice. */
  private static final String MEASURED_TWICE = " select count(*) from answers a where a.nth = 2";

  /**
   * The people's equity headings, worked out once for each person (materialised: else the database
   * may work them out again for each of their actions).
   */
  private static final String HEADED =
      ", headed as materialized (select pe.person_id, "
          + headingsAs("h")
          + " from people pe join person x on x.id = pe.person_id)";

  private static final String COMMITMENTS =
      " select cast(o.id as varchar), o.name, a.status, a.due_on, a.done_on,"
          + " pe.h0, pe.h1, pe.h2, pe.h3, pe.h4, count(*)"
          + " from headed pe join plan p on p.person_id = pe.person_id"
          + " join goal g on g.plan_id = p.id"
          + " join plan_action a on a.goal_id = g.id"
          + " join organisation o on o.id = a.owner_organisation_id";

  @PersistenceContext EntityManager em;

  /**
   * The people answering at least twice, by how much better each answer is (see {@link
   * WellbeingQuestion#improvement}) and their equity headings.
   *
   * @param scope the report's filters
   * @param today today in England: the age band is the person's age on the last day of the period,
   *     or today when the period has not ended yet
   */
  public List<WellbeingTally> wellbeing(Period period, Scope scope, LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        query(withPeople(WITH_ANSWERS, scope) + ", " + ANSWERS + FIRST_AND_LATEST, period, scope)
            .setParameter("on", ageOn(period, today))
            .getResultList();
    List<WellbeingTally> tallies = new ArrayList<>();
    for (Object[] row : rows) {
      tallies.add(
          new WellbeingTally(
              WellbeingQuestion.LIFE_SATISFACTION.improvement(number(row[0]), number(row[1])),
              WellbeingQuestion.WORTHWHILE.improvement(number(row[2]), number(row[3])),
              WellbeingQuestion.HAPPINESS.improvement(number(row[4]), number(row[5])),
              WellbeingQuestion.ANXIETY.improvement(number(row[6]), number(row[7])),
              headings(row, 8),
              ((Number) row[13]).longValue()));
    }
    return tallies;
  }

  /** The people who answered the wellbeing questions fewer than twice, or never. */
  public long notMeasuredTwice(Period period, Scope scope) {
    em.createNativeQuery(ROOM_TO_COUNT).getSingleResult();
    long referred =
        ((Number)
                query(
                        "select count(*) from (" + filters(REFERRED, scope) + ") referred",
                        period,
                        scope)
                    .getSingleResult())
            .longValue();
    long measured =
        ((Number)
                query(
                        withPeople(WITH_ANSWERS, scope) + ", " + ANSWERS + MEASURED_TWICE,
                        period,
                        scope)
                    .getSingleResult())
            .longValue();
    return referred - measured;
  }

  /**
   * The actions in the people's plans, by owner, how they stand on {@code today} and the people's
   * equity headings (the age band as in {@link #wellbeing}).
   *
   * @param owner the owning organisation's id, or null for every owner
   */
  public List<CommitmentTally> commitments(
      Period period, Scope scope, UUID owner, LocalDate today) {
    String sql =
        withPeople(WITH_ACTIONS, scope)
            + HEADED
            + COMMITMENTS
            + (owner == null ? "" : " where a.owner_organisation_id = :owner")
            + " group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10";
    Query query = query(sql, period, scope).setParameter("on", ageOn(period, today));
    if (owner != null) {
      query.setParameter("owner", owner);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<CommitmentTally> tallies = new ArrayList<>();
    for (Object[] row : rows) {
      tallies.add(
          new CommitmentTally(
              (String) row[0],
              (String) row[1],
              Keeping.of((String) row[2], date(row[3]), date(row[4]), today),
              headings(row, 5),
              ((Number) row[10]).longValue()));
    }
    return tallies;
  }

  /** Plans with an answer to the wellbeing questions. */
  private static final String WITH_ANSWERS =
      "exists (select 1 from wellbeing_record w where w.plan_id = p.id)";

  /** Plans with an agreed action. */
  private static final String WITH_ACTIONS =
      "exists (select 1 from goal g join plan_action a on a.goal_id = g.id where g.plan_id = p.id)";

  /**
   * The people of the report whose plans have what a figure counts: those without it add nothing to
   * the figure, so it reads the plans that do, and asks of each whether its person was referred.
   */
  private static String withPeople(String plans, Scope scope) {
    return "with people as (select distinct p.person_id from plan p where "
        + plans
        + " and "
        + filters(REFERRED_IN_PERIOD, scope)
        + "))";
  }

  private static String filters(String referrals, Scope scope) {
    return referrals + ReportFilters.onReferrals(scope);
  }

  private Query query(String sql, Period period, Scope scope) {
    return ReportFilters.bind(
        em.createNativeQuery(sql)
            .setParameter("start", period.start())
            .setParameter("end", period.end()),
        scope);
  }

  /** The day a person's age is taken on: the period's last day, or today if that is earlier. */
  static LocalDate ageOn(Period period, LocalDate today) {
    LocalDate last = period.to().atEndOfMonth();
    return today.isBefore(last) ? today : last;
  }

  /** The equity headings in the five columns from {@code first}, in {@link #HEADINGS}' order. */
  private static PersonHeadings headings(Object[] row, int first) {
    return new PersonHeadings(
        (String) row[first],
        (String) row[first + 1],
        (String) row[first + 2],
        (String) row[first + 3],
        (String) row[first + 4]);
  }

  private static int number(Object value) {
    return ((Number) value).intValue();
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
