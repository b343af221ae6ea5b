package org.openneighbourhood.portal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EthnicGroupsTest {

  @Test
  void theQuestionOffersEveryDataDictionaryCodeOnceInItsGroup() {
    String codes =
        EthnicGroups.GROUPS.stream()
            .flatMap(g -> g.categories().stream())
            .map(EthnicGroups.Category::value)
            .collect(Collectors.joining());
    assertEquals("ABCDEFGHJKLMNPRS", codes);
    assertEquals(5, EthnicGroups.GROUPS.size());
    assertTrue(EthnicGroups.offers("Z"), "I would rather not say");
  }

  @Test
  void nothingElseIsAnAnswer() {
    for (String sent : new String[] {null, "", "a", "Q", "AB", "White British"}) {
      assertFalse(EthnicGroups.offers(sent), String.valueOf(sent));
    }
  }
}
