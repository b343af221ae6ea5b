package org.openneighbourhood.portal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.problem.FormErrors;

class AnswersTest {

  @Test
  void optionalTextIsStrippedAndBlankIsNothing() {
    FormErrors errors = new FormErrors();
    assertEquals("Walking", Answers.optionalText(errors, "f", "  Walking \n", 10, "It"));
    assertNull(Answers.optionalText(errors, "f", "   ", 10, "It"));
    assertTrue(errors.isEmpty());
  }

  @Test
  void tooLongTextIsRefusedWithItsLimitAndKept() {
    FormErrors errors = new FormErrors();
    String text = "x".repeat(501);
    assertEquals(text, Answers.optionalText(errors, "description", text, 500, "The goal"));
    assertEquals("The goal must be 500 characters or fewer", errors.message("description"));
  }

  @Test
  void requiredTextSaysWhatIsMissing() {
    FormErrors errors = new FormErrors();
    assertNull(Answers.requiredText(errors, "text", "", 2000, "The note", "Write the note"));
    assertEquals("Write the note", errors.message("text"));
  }

  @Test
  void scoresAreWholeNumbersInTheirRange() {
    FormErrors errors = new FormErrors();
    assertEquals(1, Answers.score(errors, "importance", "1", 1, 10, null));
    assertEquals(10, Answers.score(errors, "importance", " 10 ", 1, 10, null));
    assertEquals(0, Answers.score(errors, "anxiety", "0", 0, 10, "Choose"));
    assertNull(Answers.score(errors, "importance", "", 1, 10, null));
    assertTrue(errors.isEmpty(), "an optional score may be left out");

    assertNull(Answers.score(errors, "confidence", "0", 1, 10, null));
    assertEquals("Choose a number from 1 to 10", errors.message("confidence"));
    assertNull(Answers.score(errors, "happiness", "11", 0, 10, "Choose"));
    assertNull(Answers.score(errors, "worthwhile", "seven", 0, 10, "Choose"));
    assertFalse(errors.message("worthwhile").isEmpty());
    assertNull(Answers.score(errors, "anxiety", "", 0, 10, "Choose a number from 0 to 10"));
    assertEquals("Choose a number from 0 to 10", errors.message("anxiety"));
  }

  @Test
  void onlyOfferedCodesAreAccepted() {
    FormErrors errors = new FormErrors();
    List<String> offered = PlanWords.ACTION_STATUSES;
    assertEquals("DONE", Answers.oneOf(errors, "status", "DONE", offered, "Choose"));
    assertNull(Answers.oneOf(errors, "status", "FINISHED", offered, "Choose how it stands"));
    assertEquals("Choose how it stands", errors.message("status"));
  }
}
