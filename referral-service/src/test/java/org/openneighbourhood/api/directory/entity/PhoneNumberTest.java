package org.openneighbourhood.api.directory.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0115 496 0000",
        "01154960000",
        "07700 900123",
        "020 7946 0000",
        "+44 115 496 0000",
        "+44 (0)115 496 0000",
        "(0115) 496-0000",
        "0800 123 4567",
        "111",
        "116 123"
      })
  void ukNumbersAsPeopleWriteThemAreTaken(String number) {
    assertTrue(PhoneNumber.isUk(number), number);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "12345",
        "0115 496",
        "0115 496 0000 0000",
        "+1 202 555 0100",
        "0115+4960000",
        "0015 496 0000",
        "ring reception",
        "O115 496 0000",
        "0115 496 0000; DROP TABLE service"
      })
  void whatIsNotAUkNumberIsRefused(String number) {
    assertFalse(PhoneNumber.isUk(number), number);
  }
}
