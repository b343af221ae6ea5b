package org.openneighbourhood.api.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.openneighbourhood.api.calendar.entity.BankHoliday;
import org.openneighbourhood.api.problem.boundary.RequestBodies;

/**
 * Any body sent as GOV.UK's bank holidays file ({@code PUT /calendar/bank-holidays}) is answered
 * with a 400, or is England and Wales's holidays, each a day written YYYY-MM-DD with a title that
 * fits the table: never a 500.
 */
class GovUkBankHolidaysFuzzTest {

  @FuzzTest
  void fileIsHolidaysThatFitTheTableOrABadRequest(byte[] body) throws NoSuchMethodException {
    if (body.length == 0) {
      return;
    }
    List<BankHoliday> holidays;
    try {
      @SuppressWarnings("unchecked")
      Map<String, GovUkBankHolidays.Division> file =
          (Map<String, GovUkBankHolidays.Division>) RequestBodies.read(body, fileType());
      holidays = GovUkBankHolidays.englandAndWales(file);
    } catch (RuntimeException refused) {
      if (RequestBodies.isABadRequest(refused)) {
        return;
      }
      throw refused;
    }
    assertFalse(holidays.isEmpty());
    for (BankHoliday holiday : holidays) {
      assertTrue(
          holiday.day().getYear() >= 0 && holiday.day().getYear() <= 9999,
          "a day written YYYY-MM-DD: " + holiday.day());
      assertFalse(holiday.title().isBlank());
      assertTrue(holiday.title().length() <= BankHoliday.MAX_TITLE);
      assertEquals(holiday.title().strip(), holiday.title());
    }
  }

  private static Type fileType() throws NoSuchMethodException {
    return BankHolidaysResource.class.getMethod("load", Map.class).getGenericParameterTypes()[0];
  }
}
