package org.openneighbourhood.api.person.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.ProblemType;

class NhsNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"9990000018", "9990000026", "9990000034", "9990000085", "4010232137"})
  void acceptsNumbersWithAValidCheckDigit(String digits) {
    assertEquals(digits, NhsNumber.parse(digits).value());
  }

  @Test
  void acceptsSpacesAsPeopleWriteIt() {
    assertEquals("9990000018", NhsNumber.parse("999 000 0018").value());
  }

  @Test
  void formatsInGroupsForReading() {
    assertEquals("999 000 0018", NhsNumber.parse("9990000018").formatted());
  }

  @Test
  void refusesAWrongCheckDigit() {
    var refused = assertThrows(InvalidInputException.class, () -> NhsNumber.parse("9990000019"));
    assertEquals(ProblemType.VALIDATION, refused.type());
    assertEquals("nhsNumber", refused.fieldProblems().get(0).field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"999000001", "99900000188", "1"})
  void refusesTheWrongLength(String digits) {
    assertThrows(InvalidInputException.class, () -> NhsNumber.parse(digits));
  }

  @ParameterizedTest
  @ValueSource(strings = {"99900A0018", "999-000-0018", "abcdefghij"})
  void refusesLetters(String text) {
    assertThrows(InvalidInputException.class, () -> NhsNumber.parse(text));
  }

  @Test
  void refusesNumbersWhoseCheckDigitWouldBeTen() {
    // 999000000 weights to a remainder of 1, so its check digit would be 10: no valid number.
    for (int last = 0; last <= 9; last++) {
      String digits = "999000000" + last;
      assertThrows(InvalidInputException.class, () -> NhsNumber.parse(digits), digits);
    }
  }

  @Test
  void refusesBlank() {
    assertThrows(InvalidInputException.class, () -> NhsNumber.parse("  "));
    assertThrows(InvalidInputException.class, () -> NhsNumber.parse(null));
  }
}
