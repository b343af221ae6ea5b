package org.openneighbourhood.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.Organisation;

class ActingOrganisationTest {

  private static final Organisation PCN =
      new Organisation(
          UUID.randomUUID(), "northgate-pcn", "Northgate PCN", "PCN", "U90001", null, null);
  private static final Organisation VCFSE =
      new Organisation(
          UUID.randomUUID(), "green-minds", "Green Minds", "VCFSE", null, "1190001", null);

  @Test
  void oneOrganisationIsChosenWithoutAsking() {
    ActingOrganisation acting = new ActingOrganisation();
    acting.offer(List.of(PCN));
    assertFalse(acting.isChoiceNeeded());
    assertFalse(acting.isChangeable());
    assertEquals(Optional.of("northgate-pcn"), acting.alias());
  }

  @Test
  void severalWaitForTheUsersChoiceWhichMustBeOneOfThem() {
    ActingOrganisation acting = new ActingOrganisation();
    acting.offer(List.of(PCN, VCFSE));
    assertTrue(acting.isChoiceNeeded());
    assertEquals(Optional.empty(), acting.alias(), "nothing is sent until they choose");
    assertFalse(acting.choose("money-matters"));
    assertTrue(acting.isChoiceNeeded());
    assertTrue(acting.choose("green-minds"));
    assertEquals("Green Minds", acting.getName());
    assertTrue(acting.isChangeable());
  }

  @Test
  void signingInAgainForgetsAnEarlierChoice() {
    ActingOrganisation acting = new ActingOrganisation();
    acting.offer(List.of(PCN, VCFSE));
    acting.choose("green-minds");
    acting.offer(List.of(PCN, VCFSE));
    assertTrue(acting.isChoiceNeeded());
  }
}
