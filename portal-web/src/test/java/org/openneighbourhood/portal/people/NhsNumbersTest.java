package org.openneighbourhood.portal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NhsNumbersTest {

  @Test
  void showsTenDigitsInThreeGroups() {
    assertEquals("999 000 0018", NhsNumbers.format("9990000018"));
  }

  @Test
  void formatsNumbersTypedWithSpaces() {
    assertEquals("999 000 0018", NhsNumbers.format(" 999 000 0018 "));
  }

  @Test
  void leavesSomethingThatIsNotAnNhsNumberAsItIs() {
    assertEquals("12345", NhsNumbers.format("12345"));
    assertEquals("", NhsNumbers.format(null));
  }

  @Test
  void acceptsDemoNumbersWithOrWithoutSpaces() {
    assertTrue(NhsNumbers.problem("9990000018").isEmpty());
    assertTrue(NhsNumbers.problem("999 000 0034").isEmpty());
    assertTrue(NhsNumbers.problem("999-000-0026").isEmpty());
  }

  @Test
  void asksForANumberWhenNothingWasTyped() {
    assertEquals(Optional.of("Enter an NHS number"), NhsNumbers.problem("  "));
  }

  @Test
  void refusesLettersWrongLengthAndWrongCheckDigit() {
    assertEquals(
        Optional.of("NHS number must only include numbers and spaces"),
        NhsNumbers.problem("999 000 001A"));
    assertEquals(Optional.of("NHS number must be 10 digits"), NhsNumbers.problem("999000001"));
    assertEquals(
        Optional.of("Enter a valid NHS number, check the digits and try again"),
        NhsNumbers.problem("9990000019"));
  }
}
