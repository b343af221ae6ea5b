package org.openneighbourhood.portal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.layout.Choice;

class PlanWordsTest {

  private final PlanWords words = new PlanWords();

  @Test
  void everyCodeHasPlainWords() {
    for (String code : PlanWords.GOAL_STATUSES) {
      assertFalse(words.goalStatus(code).isBlank(), code);
    }
    for (String code : PlanWords.ACTION_STATUSES) {
      assertFalse(words.actionStatus(code).isBlank(), code);
    }
    for (String code :
        List.of("DONE", "DONE_LATE", "ON_TRACK", "OVERDUE", "STOPPED", "NO_DUE_DATE")) {
      assertFalse(words.commitment(code).isBlank(), code);
      assertFalse(words.commitment(code).contains("_"), code);
    }
    for (String code : PlanWords.OCCASIONS) {
      assertFalse(words.occasion(code).isBlank(), code);
    }
  }

  @Test
  void overdueIsRedAndDoneIsGreen() {
    assertEquals("Overdue", words.commitment("OVERDUE"));
    assertEquals("nhsuk-tag--red", words.commitmentColour("OVERDUE"));
    assertEquals("nhsuk-tag--green", words.commitmentColour("DONE"));
    assertEquals("Done late", words.commitment("DONE_LATE"));
  }

  @Test
  void thePersonIsYouOnTheirOwnPagesAndNamedToEveryoneElse() {
    assertEquals("You", PlanWords.who(true, "Pat Example", null, true));
    assertEquals("Pat Example (the person)", PlanWords.who(true, "Pat Example", null, false));
    assertEquals(
        "Vera Volunteer, Green Minds Wellbeing",
        PlanWords.who(false, "Vera Volunteer", "Green Minds Wellbeing", true));
    assertEquals("Lina Link", PlanWords.who(false, "Lina Link", null, false));
  }

  @Test
  void importanceIsOptionalFromOneToTenWithTheEndsExplained() {
    List<Choice> scale = words.importanceScale();
    assertEquals(11, scale.size());
    assertEquals(new Choice("", "Not said"), scale.get(0));
    assertEquals("1 – not important at all", scale.get(1).label());
    assertEquals("10 – very important", scale.get(10).label());
    assertEquals("8 out of 10", words.outOfTen(8));
    assertEquals("Not said", words.outOfTen(null));
  }

  @Test
  void wellbeingIsAnsweredFromZeroToTen() {
    List<Choice> scale = words.zeroToTen();
    assertEquals("0", scale.get(0).value());
    assertEquals("10", scale.get(10).value());
    assertEquals(11, scale.size());
  }
}
