package org.openneighbourhood.api.texting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class UkMobileTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "07700900982",
        "07700 900 982",
        "07700 900982",
        " (07700) 900-982 ",
        "+447700900982",
        "+44 7700 900982",
        "+44 (0)7700 900982",
        "0044 7700 900982"
      })
  void aMobileIsReadAsPeopleWriteIt(String typed) {
    UkMobile mobile = UkMobile.parse(typed);
    assertEquals("+447700900982", mobile.number());
    assertEquals("07700 900982", mobile.national());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "01632 960001",
        "020 7946 0018",
        "0770090098",
        "077009009821",
        "+33612345678",
        "+4407700900982x",
        "7700900982",
        "07700 9OO 982",
        "phone me"
      })
  void anythingElseIsRefusedNamingTheFieldAndNotRepeatingIt(String typed) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> UkMobile.parse(typed));
    assertEquals(UkMobile.FIELD, refused.fieldProblems().get(0).field());
    assertFalse(refused.getMessage().contains(typed.strip()));
  }

  @Test
  void aMissingNumberAsksForOne() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> UkMobile.parse("  "));
    assertEquals("Enter the mobile number to send text messages to", refused.getMessage());
  }

  @Test
  void theNumberStaysOutOfLogs() {
    assertFalse(UkMobile.parse("07700900982").toString().contains("900982"));
  }
}
