package org.openneighbourhood.api.problem.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.RequestTooLargeException;

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

  /** Found by fuzzing: a name is never echoed as the field, and no field is named blank. */
  @Test
  void aControlCharacterInAFieldNameNamesTheObjectThatHoldsIt() {
    assertEquals("body", refusedField("{\"\\f\": \"x\"}"));
    assertEquals("address", refusedField("{\"address\": {\"li\\u0000nes\": []}}"));
    assertEquals(
        "\" \".note", refusedField("{\" \": {\"note\": \"\\u0000\"}}"), "a blank name, quoted");
  }

  @Test
  void textDamagedByAnEarlierDecoderIsRefused() {
    assertEquals("reason", refusedField("{\"reason\": \"caf\uFFFD\"}"));
    assertEquals("reason", refusedField("{\"reason\": \"caf\\uFFFD\"}"));
  }

  @Test
  void halfOfASurrogatePairIsRefusedAndAWholeOnePasses() {
    assertEquals("givenName", refusedField("{\"givenName\": \"x\\ud800y\"}"));
    assertEquals("note", refusedField("{\"note\": \"\\udc00\"}"));
    assertEquals("note", refusedField("{\"note\": \"end \\ud83d\"}"));
    assertDoesNotThrow(
        () ->
            InputGuard.check("{\"note\": \"\\ud83d\\ude00 😀\"}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void contentAfterTheValueAndBytesThatAreNotUtf8AreRefused() {
    assertEquals("body", refusedField("{\"reason\": \"x\"} trailing"));
    assertEquals("body", refusedField(new byte[] {'"', (byte) 0xC3, (byte) 0x28, '"'}));
  }

  @Test
  void jsonNestedDeeperThanAnyRequestNeedsIsRefused() {
    String nested = "[".repeat(InputGuard.MOST_NESTING) + "]".repeat(InputGuard.MOST_NESTING);
    assertDoesNotThrow(() -> InputGuard.check(nested.getBytes(StandardCharsets.UTF_8)));
    assertEquals("body", refusedField("{\"a\": " + nested + "}"));
    assertEquals("body", refusedField("[".repeat(100_000) + "]".repeat(100_000)));
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

  @Test
  void aBodyOverTheLimitIsRefusedWithoutReadingPastIt() throws Exception {
    byte[] limitBytes = new byte[1024];
    assertEquals(
        1024, InputGuard.withinLimit(1024, new ByteArrayInputStream(limitBytes), 1024).length);
    assertEquals(
        1024, InputGuard.withinLimit(-1, new ByteArrayInputStream(limitBytes), 1024).length);
    assertThrows(
        RequestTooLargeException.class,
        () -> InputGuard.withinLimit(1025, new ByteArrayInputStream(new byte[0]), 1024));
    CountingStream chunked = new CountingStream(new byte[10_000]);
    assertThrows(RequestTooLargeException.class, () -> InputGuard.withinLimit(-1, chunked, 1024));
    assertTrue(chunked.read <= 1025 + 8192, "read " + chunked.read + " bytes of 10,000");
  }

  /** A body whose bytes read so far are counted. */
  private static final class CountingStream extends ByteArrayInputStream {
    int read;

    CountingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read(byte[] into, int offset, int length) {
      int n = super.read(into, offset, length);
      read += Math.max(0, n);
      return n;
    }
  }
}
