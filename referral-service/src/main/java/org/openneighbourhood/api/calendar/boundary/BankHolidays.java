package org.openneighbourhood.api.calendar.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.calendar.control.Calendar;
import org.openneighbourhood.api.calendar.entity.BankHoliday;

/** Use cases: see the bank holidays deadlines skip, and load newer ones from GOV.UK's file. */
@ApplicationScoped
@Transactional
@Audited
public class BankHolidays {

  @Inject Calendar calendar;
  @Inject AccessPolicy policy;

  public List<BankHolidayView> list(Caller caller) {
    policy.checkWithoutPerson(caller, Operation.CALENDAR_READ, RecordType.DIRECTORY);
    return calendar.all().stream().map(BankHolidayView::of).toList();
  }

  /** Adds England and Wales's holidays from GOV.UK's file; the ones known stay. */
  public List<BankHolidayView> load(Caller caller, Map<String, GovUkBankHolidays.Division> file) {
    policy
        .checkWithoutPerson(caller, Operation.CALENDAR_UPDATE, RecordType.DIRECTORY)
        .record(RecordType.DIRECTORY, null);
    List<BankHoliday> holidays = GovUkBankHolidays.englandAndWales(file);
    calendar.merge(holidays);
    return calendar.all().stream().map(BankHolidayView::of).toList();
  }
}
