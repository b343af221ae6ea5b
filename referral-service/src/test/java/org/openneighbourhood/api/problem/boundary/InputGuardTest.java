package org.openneighbourhood.api.problem.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class InputGuardTest {

  private static String refusedField(String json) {
    return refusedField(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String refusedField(byte[] body) {
    return assertThrows(InvalidInputException.class, () -> InputGuard.check(body))
        .fieldProblems()
        .get(0)
        .field();
  }

  @Test
  void aNulInAnyStringNamesItsField() {
    assertEquals("givenName", refusedField("{\"givenName\": \"Al\\u0000ex\"}"));
    assertEquals(
        "address.lines",
        refusedField(
            "{\"a\": {\"b\": 1}, \"address\": {\"lines\": [\"1 High St\", \"x\\u0001\"]}}"));
    assertEquals(
        "reason", refusedField("{\"address\": {\"postcode\": \"NG1\"}, \"reason\": \"\\u007f\"}"));
  }

  @Test
  void contentAfterTheValueAndBytesThatAreNotUtf8AreRefused() {
    assertEquals("body", refusedField("{\"reason\": \"x\"} trailing"));
    assertEquals("body", refusedField(new byte[] {'"', (byte) 0xC3, (byte) 0x28, '"'}));
  }

  @Test
  void ordinaryTextPassesAndBrokenJsonIsLeftToTheReader() {
    assertDoesNotThrow(
        () ->
            InputGuard.check(
                "{\"reason\": \"Tab\\tand\\nnew line, café, 😀\", \"n\": [1, true, null]}"
                    .getBytes(StandardCharsets.UTF_8)));
    assertDoesNotThrow(() -> InputGuard.check("{\"personId\": ".getBytes(StandardCharsets.UTF_8)));
  }
}
