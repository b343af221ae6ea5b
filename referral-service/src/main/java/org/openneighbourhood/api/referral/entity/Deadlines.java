package org.openneighbourhood.api.referral.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.openneighbourhood.api.calendar.entity.WorkingDays;
import org.openneighbourhood.api.time.entity.London;

/**
 * A referral's response deadline and reminder, in working days in England's time: the receiver has
 * until the end of the {@code n}th working day after the day it was sent, and is reminded at 9am
 * some working days before that day.
 *
 * <p>One deadline, two readings of it. For machines, {@code respondBy} is the instant the time to
 * answer ends (exclusive: the next midnight in London after the last day); an answer is on time
 * strictly before it, and the referral is overdue from it on. For people, {@link #lastDayToAnswer}
 * is that last working day in London: pages and e-mails name it ("Answer by Friday 18 December
 * 2026"), never the calendar day of the instant itself, which is the day after.
 */
public final class Deadlines {

  private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

  private Deadlines() {}

  /**
   * @param responseDays working days the service answers within
   * @param reminderDays working days before the deadline day that the receiver is reminded; no
   *     reminder when that time is not after the sending
   */
  public static Deadline of(
      Instant sentAt, int responseDays, int reminderDays, WorkingDays workingDays) {
    LocalDate sent = sentAt.atZone(London.ZONE).toLocalDate();
    LocalDate lastDay = workingDays.after(sent, responseDays);
    Instant respondBy = lastDay.plusDays(1).atStartOfDay(London.ZONE).toInstant();
    Instant remindAt = null;
    if (reminderDays > 0) {
      LocalDate reminderDay = workingDays.before(lastDay, reminderDays);
      Instant candidate = reminderDay.atTime(REMINDER_TIME).atZone(London.ZONE).toInstant();
      remindAt = candidate.isAfter(sentAt) ? candidate : null;
    }
    return new Deadline(respondBy, remindAt);
  }

  /**
   * The last day, in London, on which an answer before {@code respondBy} is on time: the day of the
   * last moment before the deadline, whichever side of a clock change it falls.
   */
  public static LocalDate lastDayToAnswer(Instant respondBy) {
    return respondBy.minusNanos(1).atZone(London.ZONE).toLocalDate();
  }

  /** Whether an answer at {@code at} is too late for the deadline {@code respondBy}. */
  public static boolean isPast(Instant respondBy, Instant at) {
    return !at.isBefore(respondBy);
  }
}
