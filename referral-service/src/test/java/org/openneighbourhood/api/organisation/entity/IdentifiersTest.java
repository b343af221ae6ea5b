package org.openneighbourhood.api.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class IdentifiersTest {

  @Test
  void aGpPracticeNeedsItsOdsCodeWrittenAsTheNhsWritesIt() {
    assertEquals(
        "Y12345",
        new Identifiers(" y12 345 ", null, null).checkedFor(Sector.GP_PRACTICE).odsCode());
    assertField("odsCode", new Identifiers(null, null, null), Sector.GP_PRACTICE);
    assertField("odsCode", new Identifiers("U12345X", null, null), Sector.GP_PRACTICE);
    assertField("odsCode", new Identifiers("Y90001", null, null), Sector.PCN);
  }

  @Test
  void aVcfseNeedsACharityOrACompanyNumber() {
    assertField("charityNumber", new Identifiers(null, " ", null), Sector.VCFSE);
    new Identifiers(null, "1190001", null).checkedFor(Sector.VCFSE);
    new Identifiers(null, "SC012345", null).checkedFor(Sector.VCFSE);
    new Identifiers(null, null, "09000001").checkedFor(Sector.VCFSE);
    new Identifiers(null, null, "sc123456").checkedFor(Sector.VCFSE);
    assertField("charityNumber", new Identifiers(null, "12", null), Sector.VCFSE);
    assertField("companyNumber", new Identifiers(null, "1190001", "123"), Sector.VCFSE);
  }

  @Test
  void aCouncilTeamNeedsNoIdentifierButAnyGivenMustBeWellFormed() {
    new Identifiers(null, null, null).checkedFor(Sector.SOCIAL_CARE);
    assertField("odsCode", new Identifiers("no!", null, null), Sector.SOCIAL_CARE);
  }

  private static void assertField(String field, Identifiers identifiers, Sector sector) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> identifiers.checkedFor(sector));
    assertEquals(field, refused.fieldProblems().get(0).field());
  }
}
