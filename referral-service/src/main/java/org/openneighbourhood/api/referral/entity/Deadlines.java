package org.openneighbourhood.api.referral.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.openneighbourhood.api.calendar.entity.WorkingDays;

/**
 * A referral's response deadline and reminder, in working days in England's time: the receiver has
 * until the end of the {@code n}th working day after the day it was sent, and is reminded at 9am
 * some working days before that day.
 */
public final class Deadlines {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

  private Deadlines() {}

  /**
   * @param responseDays working days the service answers within
   * @param reminderDays working days before the deadline day that the receiver is reminded; no
   *     reminder when that time is not after the sending
   */
  public static Deadline of(
      Instant sentAt, int responseDays, int reminderDays, WorkingDays workingDays) {
    LocalDate sent = sentAt.atZone(LONDON).toLocalDate();
    LocalDate lastDay = workingDays.after(sent, responseDays);
    Instant respondBy = lastDay.plusDays(1).atStartOfDay(LONDON).toInstant();
    Instant remindAt = null;
    if (reminderDays > 0) {
      LocalDate reminderDay = workingDays.before(lastDay, reminderDays);
      Instant candidate = reminderDay.atTime(REMINDER_TIME).atZone(LONDON).toInstant();
      remindAt = candidate.isAfter(sentAt) ? candidate : null;
    }
    return new Deadline(respondBy, remindAt);
  }
}
