package org.openneighbourhood.api.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.openneighbourhood.api.calendar.entity.BankHoliday;
import org.openneighbourhood.api.calendar.entity.WorkingDays;

/** The bank holidays in the database, as working-day arithmetic for a stretch of days. */
@ApplicationScoped
public class Calendar {

  @PersistenceContext EntityManager em;

  /**
   * Working days that know every bank holiday from {@code from} to {@code days} working days on.
   */
  public WorkingDays around(LocalDate from, int days) {
    int span = WorkingDays.calendarDaysToCover(days);
    return new WorkingDays(
        new HashSet<>(
            em.createQuery(
                    "select b.day from BankHoliday b where b.day between :from and :to",
                    LocalDate.class)
                .setParameter("from", from.minusDays(span))
                .setParameter("to", from.plusDays(span))
                .getResultList()));
  }

  public List<BankHoliday> all() {
    return em.createQuery("select b from BankHoliday b order by b.day", BankHoliday.class)
        .getResultList();
  }

  /** Adds the holidays not known yet and corrects the titles of those that are. */
  public int merge(List<BankHoliday> holidays) {
    int added = 0;
    for (BankHoliday holiday : holidays) {
      if (em.find(BankHoliday.class, holiday.day()) == null) {
        added++;
      }
      em.merge(holiday);
    }
    return added;
  }
}
