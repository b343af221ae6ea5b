package org.openneighbourhood.api.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.person.entity.HowToCommunicate;
import org.openneighbourhood.api.plan.entity.Plan;
import org.openneighbourhood.api.plan.entity.PlanChange;
import org.openneighbourhood.api.plan.entity.ProgressNote;
import org.openneighbourhood.api.plan.entity.WellbeingRecord;
import org.openneighbourhood.api.referral.control.PlanExcerpts;

/** Plans, with their notes, wellbeing answers and history. */
@ApplicationScoped
public class PlanRepository implements PlanExcerpts {

  @PersistenceContext EntityManager em;

  public record HistoryPage(List<PlanChange> rows, long total) {}

  @Override
  public Optional<String> whatMattersToMe(UUID personId) {
    return findForPerson(personId).flatMap(Plan::whatMattersToMe);
  }

  @Override
  public Optional<HowToCommunicate> howToCommunicate(UUID personId) {
    return findForPerson(personId).flatMap(plan -> plan.aboutMe().howToCommunicate());
  }

  public Optional<Plan> findForPerson(UUID personId) {
    return em.createQuery("select p from Plan p where p.personId = :personId", Plan.class)
        .setParameter("personId", personId)
        .getResultStream()
        .findFirst();
  }

  /** Whose plan holds the goal with this id. */
  public Optional<UUID> personOfGoal(UUID goalId) {
    return em.createQuery("select g.plan.personId from Goal g where g.id = :goalId", UUID.class)
        .setParameter("goalId", goalId)
        .getResultStream()
        .findFirst();
  }

  /** The person whose plan holds a set of wellbeing answers, if any plan does. */
  public Optional<UUID> personOfWellbeing(UUID wellbeingId) {
    return em.createQuery(
            "select p.personId from Plan p, WellbeingRecord w"
                + " where w.id = :wellbeingId and w.planId = p.id",
            UUID.class)
        .setParameter("wellbeingId", wellbeingId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The person's plan, created empty on the first write, and locked until the transaction ends:
   * changes to one plan are made one at a time, each checking the version of the part it changes.
   */
  public Plan forWriting(UUID personId) {
    // Two first writes at once: the second insert does nothing and both then lock the one row.
    em.createNativeQuery(
            "insert into plan (id, person_id) values (?1, ?2) on conflict (person_id) do nothing")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, personId)
        .executeUpdate();
    return em.createQuery("select p from Plan p where p.personId = :personId", Plan.class)
        .setParameter("personId", personId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getSingleResult();
  }

  public void add(ProgressNote note) {
    em.persist(note);
  }

  public void add(WellbeingRecord wellbeing) {
    em.persist(wellbeing);
  }

  public void add(PlanChange change) {
    em.persist(change);
  }

  /** Newest first. */
  public List<ProgressNote> notes(UUID planId) {
    return em.createQuery(
            "select n from ProgressNote n where n.planId = :planId order by n.writtenAt desc",
            ProgressNote.class)
        .setParameter("planId", planId)
        .getResultList();
  }

  /** Oldest first, as the chart reads them. */
  public List<WellbeingRecord> wellbeing(UUID planId) {
    return em.createQuery(
            "select w from WellbeingRecord w where w.planId = :planId order by w.recordedAt",
            WellbeingRecord.class)
        .setParameter("planId", planId)
        .getResultList();
  }

  /** One page of the plan's history, newest first. */
  public HistoryPage history(UUID planId, int page, int size) {
    List<PlanChange> rows =
        em.createQuery(
                "select c from PlanChange c where c.planId = :planId"
                    + " order by c.changedAt desc, c.seq desc",
                PlanChange.class)
            .setParameter("planId", planId)
            .setFirstResult((page - 1) * size)
            .setMaxResults(size)
            .getResultList();
    long total =
        em.createQuery("select count(c) from PlanChange c where c.planId = :planId", Long.class)
            .setParameter("planId", planId)
            .getSingleResult();
    return new HistoryPage(rows, total);
  }

  /**
   * Locks and returns up to {@code limit} plans whose review reminder is due on {@code today};
   * plans another instance holds are skipped, so each reminder is sent by one.
   */
  public List<Plan> claimReviewReminders(LocalDate today, int daysBefore, int limit) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em.createNativeQuery(
                "select id from plan where review_on is not null"
                    + " and review_on - ?2 <= ?1"
                    + " and review_reminded_for is distinct from review_on"
                    + " limit ?3 for update skip locked")
            .setParameter(1, today)
            .setParameter(2, daysBefore)
            .setParameter(3, limit)
            .getResultList();
    return ids.stream().map(id -> em.find(Plan.class, id)).toList();
  }
}
