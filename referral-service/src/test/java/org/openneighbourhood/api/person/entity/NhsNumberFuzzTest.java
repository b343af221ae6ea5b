package org.openneighbourhood.api.person.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * Whatever someone types as an NHS number is either a number that reads back as itself or a field
 * error on {@code nhsNumber} (a 400), never another exception.
 */
class NhsNumberFuzzTest {

  private final NhsNumberConverter column = new NhsNumberConverter();

  @FuzzTest
  void typedNumberIsANumberOrAFieldError(byte[] input) {
    String typed = new String(input, StandardCharsets.UTF_8);
    NhsNumber number;
    try {
      number = NhsNumber.parse(typed);
    } catch (InvalidInputException refused) {
      assertEquals("nhsNumber", refused.fieldProblems().get(0).field());
      return;
    }
    assertTrue(number.value().matches("[0-9]{10}"), number.value());
    assertEquals(typed.replace(" ", ""), number.value(), "the digits typed, spaces left out");
    assertEquals(number, NhsNumber.parse(number.formatted()), "formatted, it reads back as itself");
    assertEquals(number, column.convertToEntityAttribute(column.convertToDatabaseColumn(number)));
  }
}
