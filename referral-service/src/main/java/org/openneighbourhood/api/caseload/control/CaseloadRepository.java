package org.openneighbourhood.api.caseload.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.plan.entity.Action;
import org.openneighbourhood.api.plan.entity.ActionStatus;
import org.openneighbourhood.api.plan.entity.Plan;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.schema.control.InList;

/**
 * The people an organisation supports, in the order a caseload shows them, and what waits in their
 * care: each a fixed number of statements whatever the page's size.
 */
@ApplicationScoped
public class CaseloadRepository {

  /** Someone with something to do by a day (an answer, an action, a review): first. */
  public static final int DATED = 0;

  /** Someone with something waiting but no day to keep (a waiting list): next. */
  public static final int UNDATED = 1;

  /** Someone with nothing waiting: last. */
  public static final int NOTHING = 2;

  /** The first day due of someone with no day to keep, so that the order needs no nulls. */
  public static final LocalDate NO_DAY = LocalDate.of(9999, 12, 31);

  /** Referrals that wait on their receiver: for an answer, or for room. */
  public static final Set<ReferralStatus> WAITING =
      Set.of(ReferralStatus.SENT, ReferralStatus.SEEN, ReferralStatus.WAITLISTED);

  /** Actions still to be done. */
  public static final Set<ActionStatus> OPEN_ACTIONS =
      Set.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS);

  /** Which rows to read: after a position, before one (walking back), or after skipping some. */
  public record Window(CaseloadPosition after, CaseloadPosition before, long offset, int size) {}

  /** One person of the page, and whether the organisation is in their care team now. */
  public record Row(UUID personId, boolean inCareTeam, CaseloadPosition position) {}

  /**
   * One page in caseload order; whether the caseload goes on beyond it in the direction it was
   * read; how many people the whole caseload has (0 when the page is empty).
   */
  public record Page(List<Row> rows, boolean more, long total) {}

  /** A referral that waits on its receiver, as a caseload shows it. */
  public record WaitingReferral(
      UUID id,
      UUID personId,
      ReferralStatus status,
      Instant sentAt,
      Instant respondBy,
      Instant decidedAt,
      String service,
      UUID receiverId,
      String receiverName) {}

  /** An open action, with the person whose plan it is in. */
  public record OpenAction(UUID personId, Action action) {}

  // The people: the organisation's care team now, and everyone it sent a referral about that is
  // still open (waiting for an answer, or taken on). Each gets the first day something in their
  // care is due (the same things, on the same days, that Waiting lists: an answer's last day,
  // an overdue action, a review within the reminder days), actions and reviews only where the
  // organisation is in the care team, as only the care team reads the plan.
  private static final String KEYED =
      "with supported as ("
          + " select person_id, true as member from care_team_member"
          + " where organisation_id = :organisation and ended_at is null"
          + " union all"
          + " select person_id, false from referral"
          + " where referring_organisation_id = :organisation and status in (:open)"
          + "), people as ("
          + " select person_id, bool_or(member) as member from supported group by person_id"
          + "), dated as ("
          + " select person_id,"
          + " cast((respond_by - interval '1 microsecond') at time zone 'Europe/London' as date)"
          + " as due_on from referral"
          + " where referring_organisation_id = :organisation and status in ('SENT', 'SEEN')"
          + " union all"
          + " select p.person_id, a.due_on from plan_action a join goal g on g.id = a.goal_id"
          + " join plan p on p.id = g.plan_id"
          + " join people s on s.person_id = p.person_id and s.member"
          + " where a.status in ('NOT_STARTED', 'IN_PROGRESS') and a.due_on < :today"
          + " union all"
          + " select p.person_id, p.review_on from plan p"
          + " join people s on s.person_id = p.person_id and s.member"
          + " where p.review_on <= :reviewsUpTo"
          + "), keyed as ("
          + " select s.person_id, s.member,"
          + " case when d.first_due is not null then 0"
          + " when exists (select 1 from referral w where w.person_id = s.person_id"
          + " and w.referring_organisation_id = :organisation and w.status = 'WAITLISTED') then 1"
          + " else 2 end as attention,"
          + " coalesce(d.first_due, date '9999-12-31') as first_due,"
          + " count(*) over () as total"
          + " from people s left join"
          + " (select person_id, min(due_on) as first_due from dated group by person_id) d"
          + " on d.person_id = s.person_id"
          + ") select person_id, member, attention, first_due, total from keyed";

  @PersistenceContext EntityManager em;

  /**
   * A page of the organisation's caseload: first those with something to do by a day, the earliest
   * day first (so overdue things come before everything else), then those waiting for room, then
   * those with nothing waiting; by person among equals. One statement.
   */
  public Page list(UUID organisationId, LocalDate today, LocalDate reviewsUpTo, Window window) {
    CaseloadPosition from = window.after() != null ? window.after() : window.before();
    boolean backward = window.after() == null && window.before() != null;
    StringBuilder sql = new StringBuilder(KEYED);
    if (from != null) {
      sql.append(" where (attention, first_due, person_id) ")
          .append(backward ? "<" : ">")
          .append(" (:attention, :firstDue, :person)");
    }
    sql.append(
        backward
            ? " order by attention desc, first_due desc, person_id desc"
            : " order by attention, first_due, person_id");
    sql.append(" limit :limit");
    if (from == null) {
      sql.append(" offset :offset");
    }
    Query query = em.createNativeQuery(sql.toString());
    query.setParameter("organisation", organisationId);
    query.setParameter(
        "open", ReferralStatus.involvingReceiver().stream().map(Enum::name).toList());
    query.setParameter("today", today);
    query.setParameter("reviewsUpTo", reviewsUpTo);
    query.setParameter("limit", window.size() + 1);
    if (from != null) {
      query.setParameter("attention", from.attention());
      query.setParameter("firstDue", from.firstDue());
      query.setParameter("person", from.personId());
    } else {
      query.setParameter("offset", window.offset());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> found = query.getResultList();
    List<Row> rows = new ArrayList<>();
    long total = 0;
    for (Object[] row : found) {
      UUID person = (UUID) row[0];
      rows.add(
          new Row(
              person,
              Boolean.TRUE.equals(row[1]),
              new CaseloadPosition(((Number) row[2]).intValue(), day(row[3]), person)));
      total = ((Number) row[4]).longValue();
    }
    boolean more = rows.size() > window.size();
    if (more) {
      rows.remove(rows.size() - 1);
    }
    if (backward) {
      Collections.reverse(rows);
    }
    return new Page(rows, more, total);
  }

  /** Writes the page's audit rows now, as one batch: a failed write fails the request. */
  public void flush() {
    em.flush();
  }

  private static LocalDate day(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  /** The people themselves. */
  public List<Person> people(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    InList in = InList.of("id", ids);
    return in.bind(em.createQuery("select p from Person p where p.id in " + in, Person.class))
        .getResultList();
  }

  /**
   * The organisation's referrals about these people that wait on their receiver: what a caseload
   * shows of each, read as columns (the services' own details are not needed).
   */
  public List<WaitingReferral> waitingReferrals(UUID organisationId, Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    InList people = InList.of("person", personIds);
    InList waiting = InList.of("waiting", WAITING);
    TypedQuery<WaitingReferral> query =
        em.createQuery(
            "select new "
                + WaitingReferral.class.getName()
                + "(r.id, r.person.id, r.status,"
                + " r.sentAt, r.respondBy, r.decidedAt, s.name, o.id, o.name)"
                + " from Referral r join r.service s join r.receivingOrganisation o"
                + " where r.referringOrganisation.id = :organisation and r.person.id in "
                + people
                + " and r.status in "
                + waiting,
            WaitingReferral.class);
    return waiting
        .bind(people.bind(query))
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  /** Open actions of these people's plans due before {@code today}, each with its owner. */
  public List<OpenAction> actionsDueBefore(Collection<UUID> personIds, LocalDate today) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    InList people = InList.of("person", personIds);
    InList open = InList.of("open", OPEN_ACTIONS);
    TypedQuery<Object[]> query =
        em.createQuery(
            "select a, p.personId from Action a join fetch a.owner join a.goal g join g.plan p"
                + " where p.personId in "
                + people
                + " and a.status in "
                + open
                + " and a.dueOn < :today",
            Object[].class);
    return open.bind(people.bind(query)).setParameter("today", today).getResultList().stream()
        .map(row -> new OpenAction((UUID) row[1], (Action) row[0]))
        .toList();
  }

  /** These people's plans whose review is on or before {@code upTo}, each with its owner. */
  public List<Plan> plansToReview(Collection<UUID> personIds, LocalDate upTo) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    InList people = InList.of("person", personIds);
    return people
        .bind(
            em.createQuery(
                "select p from Plan p left join fetch p.reviewOwner"
                    + " where p.personId in "
                    + people
                    + " and p.reviewOn <= :upTo",
                Plan.class))
        .setParameter("upTo", upTo)
        .getResultList();
  }
}
