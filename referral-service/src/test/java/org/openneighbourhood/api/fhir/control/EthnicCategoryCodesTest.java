package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.person.entity.EthnicCategory;

class EthnicCategoryCodesTest {

  @Test
  void everyCategoryTheServiceRecordsIsInUkCoresEnglandCodeSystemWithItsDisplay() {
    for (EthnicCategory category : EthnicCategory.values()) {
      Coding coding = EthnicCategoryCodes.of(category).getCodingFirstRep();
      assertEquals(
          "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland", coding.getSystem());
      assertEquals(category.code(), coding.getCode());
      assertFalse(coding.getDisplay().isBlank(), category + " has UK Core's display");
    }
    assertEquals(
        "White - British",
        EthnicCategoryCodes.of(EthnicCategory.A).getCodingFirstRep().getDisplay());
    assertEquals(
        "Not stated", EthnicCategoryCodes.of(EthnicCategory.Z).getCodingFirstRep().getDisplay());
  }
}
