package org.openneighbourhood.api.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"NG1 5AB", "ng15ab", " Ng1   5aB ", "NG15AB"})
  void anySpacingAndCaseIsWrittenTheOnsWay(String typed) {
    assertEquals(Optional.of(new Postcode("NG1 5AB")), Postcode.parse(typed));
    assertEquals("NG1 5AB", Postcode.parse(typed).orElseThrow().value());
  }

  @Test
  void everyShapeOfUkPostcodeIsKnown() {
    assertEquals("M1 1AE", Postcode.parse("m11ae").orElseThrow().value());
    assertEquals("B33 8TH", Postcode.parse("B338TH").orElseThrow().value());
    assertEquals("CR2 6XH", Postcode.parse("cr2 6xh").orElseThrow().value());
    assertEquals("DN55 1PT", Postcode.parse("DN551PT").orElseThrow().value());
    assertEquals("W1A 0AX", Postcode.parse("w1a0ax").orElseThrow().value());
    assertEquals("EC1A 1BB", Postcode.parse("EC1A1BB").orElseThrow().value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "NG1",
        "5AB",
        "NG1 5A",
        "NGG1 5AB",
        "12345",
        "NG1 5AB X",
        "NG1-5AB",
        "\u017Fw1a 1aa",
        "\u0131g1 5ab",
        "NG1 5A\u212A"
      })
  void whatIsNotAPostcodeIsRefused(String typed) {
    assertTrue(Postcode.parse(typed).isEmpty(), typed);
  }

  @Test
  void aPostcodeIsNeverMadeFromBadText() {
    assertThrows(IllegalArgumentException.class, () -> new Postcode("nonsense"));
    assertTrue(Postcode.parse(null).isEmpty());
  }
}
