package org.openneighbourhood.portal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Whatever is typed in the NHS number field is a number the portal can send (ten digits, shown in
 * three groups that read back as the same number) or a message to show next to the field: never an
 * exception.
 */
class NhsNumbersFuzzTest {

  @FuzzTest
  void typedNumberIsUsableOrHasAMessage(byte[] input) {
    String typed = new String(input, StandardCharsets.UTF_8);
    Optional<String> problem = NhsNumbers.problem(typed);
    String shown = NhsNumbers.format(typed);
    assertNotNull(shown);
    if (problem.isPresent()) {
      assertTrue(!problem.get().isBlank());
      return;
    }
    String digits = NhsNumbers.digits(typed);
    assertTrue(digits.matches("[0-9]{10}"), digits);
    assertTrue(shown.matches("[0-9]{3} [0-9]{3} [0-9]{4}"), shown);
    assertEquals(digits, NhsNumbers.digits(shown), "shown, it reads back as the same number");
    assertEquals(Optional.empty(), NhsNumbers.problem(shown));
  }
}
