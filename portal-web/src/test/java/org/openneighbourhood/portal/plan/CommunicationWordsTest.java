package org.openneighbourhood.portal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.layout.Choice;

class CommunicationWordsTest {

  private final CommunicationWords words = new CommunicationWords();

  @Test
  void everyNeedTheApiKnowsHasWordsInTheApisOrder() {
    assertEquals(
        List.of(
            "LARGE_PRINT",
            "EASY_READ",
            "BRAILLE",
            "AUDIO",
            "BSL_INTERPRETER",
            "DEAFBLIND_INTERPRETER",
            "LANGUAGE_INTERPRETER",
            "HEARING_LOOP",
            "LIP_READING",
            "CARER_PRESENT",
            "EXTRA_TIME"),
        words.needs().stream().map(Choice::value).toList());
    assertEquals("A British Sign Language interpreter", words.need("BSL_INTERPRETER"));
    assertEquals("SOMETHING_NEWER", words.need("SOMETHING_NEWER"), "a newer code, as it is");
  }

  @Test
  void aContactIsSaidAsAnInstruction() {
    assertEquals("Contact by text message", words.contact("TEXT"));
    assertEquals("Contact by e-mail", words.contact("EMAIL"));
    assertEquals("", words.contact(null));
    assertEquals("NONE", words.contacts().get(0).value(), "no preference first");
  }
}
