package org.openneighbourhood.api.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.openneighbourhood.api.calendar.control.Calendar;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.referral.entity.Deadline;
import org.openneighbourhood.api.referral.entity.Deadlines;

/** A referral's deadline, from the service's working days and the bank holidays in the database. */
@ApplicationScoped
public class ReferralDeadlines {

  @Inject Calendar calendar;

  @Inject
  @Configured(Setting.REMINDER_WORKING_DAYS)
  int reminderDays;

  public Deadline forSending(Service service, Instant at) {
    return Deadlines.of(at, service.responseDays(), reminderDays, calendar.workingDays());
  }
}
