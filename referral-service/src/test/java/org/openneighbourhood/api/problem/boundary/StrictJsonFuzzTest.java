package org.openneighbourhood.api.problem.boundary;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.openneighbourhood.api.calendar.boundary.GovUkBankHolidays;
import org.openneighbourhood.api.directory.boundary.CapacityDeclaration;
import org.openneighbourhood.api.directory.boundary.OpeningTimeEntry;
import org.openneighbourhood.api.directory.boundary.ServiceEntry;
import org.openneighbourhood.api.person.boundary.PersonRegistration;
import org.openneighbourhood.api.referral.boundary.NewReferral;

/**
 * Any request body, read as some of the API's request types (ids, choices, dates, whole numbers,
 * lists, nested objects, a published document), is read or answered with a 400: never a 500.
 */
class StrictJsonFuzzTest {

  private static final List<Type> TYPES = types();

  @FuzzTest
  void bodyIsReadOrABadRequest(byte[] body) {
    if (body.length == 0) {
      return; // no entity: nothing is read
    }
    for (Type type : TYPES) {
      try {
        RequestBodies.read(body, type); // null included: each resource has @NotNull for it
      } catch (RuntimeException refused) {
        if (!RequestBodies.isABadRequest(refused)) {
          throw refused;
        }
      }
    }
  }

  private static List<Type> types() {
    try {
      return List.of(
          NewReferral.class,
          PersonRegistration.class,
          ServiceEntry.class,
          CapacityDeclaration.class,
          StrictJsonFuzzTest.class.getDeclaredMethod("openingTimes").getGenericReturnType(),
          StrictJsonFuzzTest.class.getDeclaredMethod("bankHolidays").getGenericReturnType());
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  static List<OpeningTimeEntry> openingTimes() {
    return List.of();
  }

  static Map<String, GovUkBankHolidays.Division> bankHolidays() {
    return Map.of();
  }
}
