package org.openneighbourhood.api.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Whatever is typed or found in a file as a postcode either is one, in its one written form, made
 * of the letters and digits that were typed, or is not a postcode: never an exception.
 */
class PostcodeFuzzTest {

  private static final String WRITTEN_FORM = "[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}";

  @FuzzTest
  void textIsAPostcodeInItsWrittenFormOrNone(byte[] input) {
    String typed = new String(input, StandardCharsets.UTF_8);
    Optional<Postcode> parsed = Postcode.parse(typed);
    if (parsed.isEmpty()) {
      return;
    }
    String value = parsed.get().value();
    assertTrue(value.matches(WRITTEN_FORM), value);
    assertTrue(value.length() <= 8, "fits the postcode columns");
    assertEquals(
        asciiUpperCase(typed.replaceAll("\\s", "")),
        value.replace(" ", ""),
        "the letters and digits typed, in capitals");
    assertEquals(parsed, Postcode.parse(value), "its written form reads as itself");
    assertEquals(parsed, Postcode.parse(value.toLowerCase(Locale.ROOT).replace(" ", "")));
    assertEquals(parsed.get(), new Postcode(value));
  }

  private static String asciiUpperCase(String text) {
    StringBuilder upper = new StringBuilder(text.length());
    text.chars().forEach(c -> upper.append((char) (c >= 'a' && c <= 'z' ? c - 32 : c)));
    return upper.toString();
  }
}
