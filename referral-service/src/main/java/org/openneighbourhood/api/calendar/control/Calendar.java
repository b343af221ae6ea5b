package org.openneighbourhood.api.calendar.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.openneighbourhood.api.calendar.entity.BankHoliday;
import org.openneighbourhood.api.calendar.entity.WorkingDays;

/**
 * The bank holidays in the database, as working-day arithmetic. They are published months ahead and
 * change a few times a year, so each instance keeps them for {@link #KEPT}: a deadline costs no
 * query. A change through this instance is seen at once (once its transaction has ended), through
 * another within that time.
 */
@ApplicationScoped
public class Calendar {

  static final Duration KEPT = Duration.ofMinutes(10);

  private record Known(Set<LocalDate> days, long readAtNanos) {}

  private volatile Known known;

  @PersistenceContext EntityManager em;
  @Resource TransactionSynchronizationRegistry transactions;

  /** Working days that know every bank holiday. */
  public WorkingDays workingDays() {
    Known now = known;
    if (now == null || System.nanoTime() - now.readAtNanos() > KEPT.toNanos()) {
      now =
          new Known(
              Set.copyOf(
                  em.createQuery("select b.day from BankHoliday b", LocalDate.class)
                      .getResultList()),
              System.nanoTime());
      known = now;
    }
    return new WorkingDays(now.days());
  }

  public List<BankHoliday> all() {
    return em.createQuery("select b from BankHoliday b order by b.day", BankHoliday.class)
        .getResultList();
  }

  /**
   * Adds the holidays not known yet and corrects the titles of those that are; this instance reads
   * them afresh once the transaction has ended.
   */
  public int merge(List<BankHoliday> holidays) {
    known = null;
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing to do before the commit
          }

          @Override
          public void afterCompletion(int status) {
            known = null;
          }
        });
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
