package org.openneighbourhood.api.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextMessageTest {

  private static final String LINK = "https://portal.example/my/referrals.xhtml";

  @Test
  void aTextSaysWhoItIsFromThatThereIsSomethingToLookAtAndWhere() {
    assertEquals(
        "Neighbourhood portal: you have a new message about a referral. Sign in to read it: "
            + LINK,
        TextMessage.NEW_MESSAGE.words(LINK));
  }

  /** Words that would say something of someone's health or circumstances. */
  private static final Set<String> TELLING =
      Set.of(
          "declin",
          "accept",
          "waitlist",
          "expire",
          "complet",
          "withdraw",
          "health",
          "mental",
          "condition",
          "reason",
          "because",
          "debt",
          "housing",
          "safeguard",
          "gp ",
          "doctor",
          "service",
          "charity",
          "dear",
          "name");

  @Test
  void noTextSaysAnythingOfAPersonsHealthOrCircumstances() {
    for (TextMessage text : TextMessage.values()) {
      String words = text.words(LINK).toLowerCase(Locale.UK);
      for (String telling : TELLING) {
        assertTrue(!words.contains(telling), text + " says " + telling);
      }
      assertTrue(words.startsWith("neighbourhood portal: "), text.name());
      assertTrue(words.endsWith(": " + LINK), text.name());
      // One text message (160 characters) with a link of a usual length.
      assertTrue(text.words("").length() < 100, text.name());
    }
  }
}
