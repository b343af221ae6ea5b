package org.openneighbourhood.api.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;
import org.openneighbourhood.api.access.control.ReferralStandings;
import org.openneighbourhood.api.access.entity.Relationship;
import org.openneighbourhood.api.directory.control.OpenReferrals;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.ReferralStatus;
import org.openneighbourhood.api.referral.entity.StatusChange;
import org.openneighbourhood.api.schema.control.InList;
import org.openneighbourhood.api.schema.control.Insert;

@ApplicationScoped
public class ReferralRepository implements OpenReferrals, ReferralStandings {

  /** Which side of a referral a list is for. */
  public enum Side {
    SENT("r.referringOrganisation.id", "referring_organisation_id"),
    INBOX("r.receivingOrganisation.id", "receiving_organisation_id");

    private final String path;
    private final String column;

    Side(String path, String column) {
      this.path = path;
      this.column = column;
    }
  }

  /**
   * Which rows of a list to read: the first {@code size} after a position, before one (walking
   * back), or, for an address without a position, after skipping {@code offset} rows.
   */
  public record Window(ListPosition after, ListPosition before, long offset, int size) {

    public static Window first(int size) {
      return new Window(null, null, 0, size);
    }
  }

  /**
   * One page of a list in list order, and whether the list goes on beyond it in the direction it
   * was read (after the page, or before it when read backwards).
   */
  public record Page(List<Referral> rows, boolean more) {}

  // Everything a list row shows comes with the row: no further statement per row.
  private static final String FETCHED =
      "select r from Referral r join fetch r.person join fetch r.service s"
          + " join fetch s.organisation join fetch r.receivingOrganisation"
          + " left join fetch r.referringOrganisation";
  private static final String FORWARD =
      " order by r.listGroup, r.listOrder, r.createdAt desc, r.id";
  private static final String BACKWARD =
      " order by r.listGroup desc, r.listOrder desc, r.createdAt, r.id desc";
  // The leading row comparison is what the index seeks by; the rest breaks ties within it.
  private static final String AFTER =
      " and (r.listGroup, r.listOrder) >= (:group, :order) and ((r.listGroup, r.listOrder)"
          + " > (:group, :order) or r.createdAt < :created or (r.createdAt = :created and r.id"
          + " > :id))";
  private static final String BEFORE =
      " and (r.listGroup, r.listOrder) <= (:group, :order) and ((r.listGroup, r.listOrder)"
          + " < (:group, :order) or r.createdAt > :created or (r.createdAt = :created and r.id"
          + " < :id))";

  /** The statuses in which the receiver is still involved with the person. */
  private static final Set<ReferralStatus> RECEIVER_INVOLVED =
      Arrays.stream(ReferralStatus.values())
          .filter(ReferralStatus::involvesReceiver)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReferralStatus.class)));

  /**
   * One row, whatever the person's referrals: 2 where the organisation receives one it is still
   * involved in, 1 where it sent one, the strongest of them. In SQL, with the statuses written in:
   * in JPQL Hibernate 6 translated it again at every run (JFR, deployment/BENCHMARK.md).
   */
  private static final String STRONGEST_THROUGH_REFERRALS =
      "select max(case when receiver.alias = :alias and r.status in ("
          + RECEIVER_INVOLVED.stream()
              .map(status -> "'" + status.name() + "'")
              .collect(Collectors.joining(", "))
          + ") then 2 when sender.alias = :alias then 1 else 0 end) from referral r"
          + " join organisation receiver on receiver.id = r.receiving_organisation_id"
          + " left join organisation sender on sender.id = r.referring_organisation_id"
          + " where r.person_id = :person";

  @PersistenceContext EntityManager em;

  /**
   * Writes a new referral and its timeline with the statements that go with it (its consent,
   * notices, audit row) in one round trip ({@link Insert#together}). The referral is not managed by
   * the persistence context afterwards: a later read of it reads the row.
   */
  public void addWith(Referral referral, List<Insert> alongside) {
    List<Insert> inserts = new ArrayList<>(insertsOf(referral));
    inserts.addAll(alongside);
    Insert.together(em, inserts);
  }

  private static List<Insert> insertsOf(Referral referral) {
    List<Insert> inserts = new ArrayList<>();
    inserts.add(
        Insert.row(
            "referral",
            new Insert.Columns()
                .uuid("id", referral.id())
                .uuid("person_id", referral.person().id())
                .uuid("service_id", referral.service().id())
                .uuid("receiving_organisation_id", referral.receivingOrganisation().id())
                .uuid(
                    "referring_organisation_id",
                    referral.referringOrganisation().map(Organisation::id).orElse(null))
                .bool("self_referral", referral.selfReferral())
                .text("referred_by", referral.referredBy())
                .text("referrer_email", referral.referrerEmail().orElse(null))
                .text("reason", referral.reason())
                .uuid("goal_id", referral.goalId().orElse(null))
                .text("what_matters_to_me", referral.whatMattersToMe().orElse(null))
                .text("urgency", referral.urgency().name())
                .bool("consent_to_share", referral.consentToShare())
                .text("status", referral.status().name())
                .time("created_at", referral.createdAt())
                .time("sent_at", referral.sentAt().orElse(null))
                .time("respond_by", referral.respondBy().orElse(null))
                .time("remind_at", referral.remindAt().orElse(null))
                .time("reminded_at", referral.remindedAt().orElse(null))
                .time("decided_at", referral.decidedAt().orElse(null))
                .text("decline_reason", referral.declineReason().map(Enum::name).orElse(null))
                .text("decline_note", referral.declineNote().orElse(null))
                .text("outcome", referral.outcome().orElse(null))
                .integer("list_group", referral.listGroup())
                .bigint("list_order", referral.listOrder())
                .bigint("version", referral.version())));
    List<Insert.Columns> timeline = new ArrayList<>();
    for (int position = 0; position < referral.timeline().size(); position++) {
      StatusChange change = referral.timeline().get(position);
      timeline.add(
          new Insert.Columns()
              .uuid("referral_id", referral.id())
              .integer("position", position)
              .text("status", change.status().name())
              .time("changed_at", change.at())
              .text("changed_by", change.by())
              .text("actor", change.actor().name())
              .text("organisation_name", change.organisationName().orElse(null))
              .text("note", change.note().orElse(null)));
    }
    if (!timeline.isEmpty()) {
      inserts.add(Insert.rows("referral_status_change", timeline, ""));
    }
    return inserts;
  }

  /** Writes pending changes now, so that a concurrent change is refused inside the use case. */
  public void flush() {
    em.flush();
  }

  public Optional<Referral> find(UUID id) {
    return Optional.ofNullable(em.find(Referral.class, id));
  }

  /**
   * The referral, locked until the transaction ends: a second change at the same moment waits for
   * the first, then sees the version it made (and is refused as stale), so that nothing either of
   * them writes (a care team membership, a notice) is written twice.
   */
  public Optional<Referral> findForChange(UUID id) {
    return Optional.ofNullable(em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * A page of an organisation's referrals on one side: first those waiting for someone to act, by
   * deadline; then those in hand, then closed ones, each most recently changed first; the newest
   * first among equals. That is the order of the list indexes, and a page starts from the position
   * of the one next to it, so a page costs the same at any size and any depth. The receiving side
   * never lists drafts. One statement, with each row's person, service and organisations.
   */
  public Page list(Side side, UUID organisationId, Set<ReferralStatus> statuses, Window window) {
    // By the organisation's id, not its alias: no join before the limit, so the planner reads the
    // list index in order and stops after one page. DRAFT is written in, not bound, so that the
    // inbox index (partial: status <> 'DRAFT') serves generic plans too.
    StringBuilder where = new StringBuilder(" where ").append(side.path);
    where.append(" = :organisation");
    InList groupsIn = null;
    InList statusesIn = null;
    if (side == Side.INBOX) {
      where.append(" and r.status <> " + ReferralStatus.class.getName() + ".DRAFT");
    }
    if (!statuses.isEmpty()) {
      // Naming the groups as well lets the index skip every referral of the other groups.
      groupsIn = InList.of("inGroup", groups(statuses));
      statusesIn = InList.of("inStatus", statuses);
      where.append(" and r.listGroup in " + groupsIn + " and r.status in " + statusesIn);
    }
    ListPosition from = window.after() != null ? window.after() : window.before();
    boolean backward = window.after() == null && window.before() != null;
    if (from != null) {
      where.append(backward ? BEFORE : AFTER);
    }
    TypedQuery<Referral> query =
        em.createQuery(FETCHED + where + (backward ? BACKWARD : FORWARD), Referral.class);
    query.setParameter("organisation", organisationId);
    if (!statuses.isEmpty()) {
      groupsIn.bind(query);
      statusesIn.bind(query);
    }
    if (from != null) {
      query.setParameter("group", from.listGroup());
      query.setParameter("order", from.listOrder());
      query.setParameter("created", from.createdAt());
      query.setParameter("id", from.id());
    } else {
      query.setFirstResult((int) Math.min(window.offset(), Integer.MAX_VALUE - window.size()));
    }
    List<Referral> found = new ArrayList<>(query.setMaxResults(window.size() + 1).getResultList());
    boolean more = found.size() > window.size();
    if (more) {
      found.remove(found.size() - 1);
    }
    if (backward) {
      Collections.reverse(found);
    }
    return new Page(found, more);
  }

  /**
   * Reads the messages of these referrals, already loaded, in one statement: otherwise each
   * referral reads its own when first asked.
   */
  public void readMessages(List<Referral> rows) {
    if (rows.isEmpty()) {
      return;
    }
    InList ids = InList.of("id", rows.stream().map(Referral::id).toList());
    ids.bind(
            em.createQuery(
                "select distinct r from Referral r left join fetch r.messages where r.id in " + ids,
                Referral.class))
        .getResultList();
  }

  /**
   * How many referrals the list has, counting no further than {@code cap}: a count never reads an
   * organisation's whole history, only as far as the cap along the list index.
   */
  public long countUpTo(Side side, UUID organisationId, Set<ReferralStatus> statuses, int cap) {
    StringBuilder sql =
        new StringBuilder("select count(*) from (select 1 from referral where ")
            .append(side.column)
            .append(" = :organisation");
    if (side == Side.INBOX) {
      sql.append(" and status <> 'DRAFT'");
    }
    if (!statuses.isEmpty()) {
      sql.append(" and list_group in (:groups) and status in (:statuses)");
    }
    sql.append(" limit :cap) capped");
    Query count = em.createNativeQuery(sql.toString(), Long.class);
    count.setParameter("organisation", organisationId);
    if (!statuses.isEmpty()) {
      count.setParameter("groups", groups(statuses));
      count.setParameter("statuses", statuses.stream().map(Enum::name).toList());
    }
    count.setParameter("cap", cap);
    return ((Number) count.getSingleResult()).longValue();
  }

  private static Set<Integer> groups(Set<ReferralStatus> statuses) {
    Set<Integer> groups = new TreeSet<>();
    statuses.forEach(status -> groups.add(status.listGroup()));
    return groups;
  }

  @Override
  public Relationship throughReferrals(UUID personId, String organisationAlias) {
    Number strongest =
        (Number)
            em.createNativeQuery(STRONGEST_THROUGH_REFERRALS)
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(Referral.class)
                .setParameter("alias", organisationAlias)
                .setParameter("person", personId)
                .getSingleResult();
    if (strongest == null || strongest.intValue() == 0) {
      return Relationship.NONE;
    }
    return strongest.intValue() == 2 ? Relationship.RECEIVER : Relationship.SENDER;
  }

  /** The person's referrals, newest first, each with its service and organisations. */
  public List<Referral> about(UUID personId) {
    return em.createQuery(
            FETCHED + " where r.person.id = :personId order by r.createdAt desc", Referral.class)
        .setParameter("personId", personId)
        .getResultList();
  }

  public Set<String> receivingOrganisationAliasesFor(UUID personId) {
    return new HashSet<>(
        em.createQuery(
                "select distinct r.receivingOrganisation.alias from Referral r"
                    + " where r.person.id = :personId and r.status <> :draft",
                String.class)
            .setParameter("personId", personId)
            .setParameter("draft", ReferralStatus.DRAFT)
            .getResultList());
  }

  /** Referrals the service is involved in now: waiting for its answer or taken on. */
  @Override
  public long openFor(UUID serviceId) {
    return em.createQuery(
            "select count(r) from Referral r where r.service.id = :service"
                + " and r.status in :open",
            Long.class)
        .setParameter("service", serviceId)
        .setParameter("open", ReferralStatus.involvingReceiver())
        .getSingleResult();
  }

  /**
   * Locks and returns up to {@code limit} referrals still waiting for an answer whose deadline has
   * passed. Rows another instance has locked are skipped, so each is expired by exactly one.
   */
  public List<Referral> claimPastDeadline(Instant now, int limit) {
    return claim(
        "select id from referral where status in ('SENT', 'SEEN') and respond_by <= ?1"
            + " order by respond_by limit ?2 for update skip locked",
        now,
        limit);
  }

  /** The same, for referrals whose reminder is due and not yet sent. */
  public List<Referral> claimReminderDue(Instant now, int limit) {
    return claim(
        "select id from referral where status in ('SENT', 'SEEN') and reminded_at is null"
            + " and remind_at is not null and remind_at <= ?1 and respond_by > ?1"
            + " order by remind_at limit ?2 for update skip locked",
        now,
        limit);
  }

  private List<Referral> claim(String sql, Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em.createNativeQuery(sql, UUID.class)
            .setParameter(1, now)
            .setParameter(2, limit)
            .getResultList();
    return ids.stream().map(id -> em.find(Referral.class, id)).toList();
  }

  /** Reads the referral again from the database (after a change made in another transaction). */
  public void refresh(Referral referral) {
    em.refresh(referral);
  }

  /**
   * Locks the referral for the rest of the transaction (the row is already locked when claimed).
   */
  public void lock(Referral referral) {
    em.lock(referral, LockModeType.PESSIMISTIC_WRITE);
  }
}
