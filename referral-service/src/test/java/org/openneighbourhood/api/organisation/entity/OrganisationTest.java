package org.openneighbourhood.api.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/** Which neighbourhood area (a PCN's) an organisation belongs to. */
class OrganisationTest {

  private final Organisation northgatePcn = organisation("Northgate PCN", Sector.PCN);
  private final Organisation riverside = organisation("Riverside Surgery", Sector.GP_PRACTICE);
  private final Organisation greenMinds = organisation("Green Minds", Sector.VCFSE);

  @Test
  void aNewOrganisationIsInNoAreaButAPcnIsItsOwn() {
    assertEquals(Optional.empty(), riverside.pcn());
    assertEquals(Optional.empty(), riverside.area());
    assertEquals(Optional.empty(), northgatePcn.pcn());
    assertEquals(Optional.of(northgatePcn), northgatePcn.area());
  }

  @Test
  void aPracticeBelongsToItsPcnsAreaAndCanLeaveIt() {
    riverside.belongToAreaOf(northgatePcn);
    assertEquals(Optional.of(northgatePcn), riverside.pcn());
    assertEquals(Optional.of(northgatePcn), riverside.area());
    riverside.belongToAreaOf(null);
    assertEquals(Optional.empty(), riverside.area());
  }

  @Test
  void anAreaIsOnlyEverAPcns() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> greenMinds.belongToAreaOf(riverside));
    assertEquals(
        List.of(
            new FieldProblem(
                "pcnId",
                "Riverside Surgery is not a primary care network: choose one from the list")),
        refused.fieldProblems());
    assertEquals(Optional.empty(), greenMinds.pcn(), "unchanged");
  }

  @Test
  void aPcnBelongsToNoOtherArea() {
    Organisation southPcn = organisation("South PCN", Sector.PCN);
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> southPcn.belongToAreaOf(northgatePcn));
    assertTrue(refused.getMessage().contains("is an area itself"), refused.getMessage());
    assertEquals(Optional.of(southPcn), southPcn.area());
    southPcn.belongToAreaOf(null);
    assertEquals(Optional.empty(), southPcn.pcn());
  }

  private static Organisation organisation(String name, Sector sector) {
    return new Organisation(
        UUID.randomUUID(),
        name.toLowerCase().replace(' ', '-'),
        name,
        sector,
        sector == Sector.PCN ? "U90009" : null,
        null,
        null);
  }
}
