package org.openneighbourhood.portal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SexesTest {

  @Test
  void theQuestionOffersEveryStatedGenderCodeOnceInPlainWords() {
    assertEquals(
        "1 Male, 2 Female, 9 Neither male nor female",
        Sexes.OPTIONS.stream()
            .map(o -> o.value() + " " + o.label())
            .collect(Collectors.joining(", ")));
    assertTrue(Sexes.offers("X"), "I would rather not say");
  }

  @Test
  void nothingElseIsAnAnswer() {
    for (String sent : new String[] {null, "", "x", "0", "3", "M", "Male", "12"}) {
      assertFalse(Sexes.offers(sent), String.valueOf(sent));
    }
  }
}
