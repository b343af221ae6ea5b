package org.openneighbourhood.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.Area;
import org.openneighbourhood.portal.layout.Choice;

class OnboardPageTest {

  @Test
  void theAreasAreOfferedAfterNoneInTheOrderTheApiListsThem() {
    UUID northgate = UUID.randomUUID();
    UUID southside = UUID.randomUUID();
    assertEquals(
        List.of(
            new Choice("", "None"),
            new Choice(northgate.toString(), "Northgate PCN"),
            new Choice(southside.toString(), "Southside PCN")),
        OnboardPage.areaChoices(
            List.of(new Area(northgate, "Northgate PCN"), new Area(southside, "Southside PCN"))));
  }

  @Test
  void withNoPcnYetOnlyNoneIsOffered() {
    assertEquals(List.of(new Choice("", "None")), OnboardPage.areaChoices(List.of()));
  }

  @Test
  void theApisFieldErrorOnThePcnIsShownNextToTheSelect() {
    assertEquals("pcnId", OnboardPage.API_FIELDS.get("pcnId"));
  }
}
