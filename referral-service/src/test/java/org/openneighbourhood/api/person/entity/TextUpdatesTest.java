package org.openneighbourhood.api.person.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class TextUpdatesTest {

  private final Person pat = Pat.registered();

  @Test
  void aPersonChoosesTextsToTheirMobileBesidesEmail() {
    pat.chooseEmailUpdates("pat@example.org", true);
    pat.chooseTextUpdates("07700 900 982", true);
    assertTrue(pat.emailUpdates());
    assertTrue(pat.textUpdates());
    assertEquals("+447700900982", pat.mobile().orElseThrow().number());
  }

  @Test
  void textsNeedANumber() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> pat.chooseTextUpdates("", true));
    assertEquals("mobile", refused.fieldProblems().get(0).field());
    assertFalse(pat.textUpdates());
  }

  @Test
  void aLandlineIsRefusedAndNothingChanges() {
    pat.chooseTextUpdates("07700900982", true);
    assertThrows(InvalidInputException.class, () -> pat.chooseTextUpdates("020 7946 0018", true));
    assertEquals("07700 900982", pat.mobile().orElseThrow().national());
  }

  @Test
  void stoppingTextsWithNoNumberForgetsIt() {
    pat.chooseTextUpdates("07700900982", true);
    pat.chooseTextUpdates(" ", false);
    assertFalse(pat.textUpdates());
    assertEquals(Optional.empty(), pat.mobile());
  }
}
