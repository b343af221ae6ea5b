package org.openneighbourhood.api.person.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.person.entity.EthnicityRecord.Source;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class EthnicityTest {

  private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

  private final Person pat = Pat.registered();

  @Test
  void nobodyHasOneUntilAsked() {
    assertTrue(pat.ethnicity().isEmpty());
    assertEquals(0, pat.ethnicityVersion());
  }

  @Test
  void thePersonStatesChangesAndClearsTheirOwn() {
    pat.stateEthnicity(EthnicCategory.M, 0, NOW);
    EthnicityRecord stated = pat.ethnicity().orElseThrow();
    assertEquals(EthnicCategory.M, stated.category());
    assertEquals(Source.PERSON, stated.source());
    assertNull(stated.recordedBy());
    assertEquals(NOW, stated.recordedAt());

    pat.stateEthnicity(EthnicCategory.Z, 1, NOW.plusSeconds(60));
    assertEquals(EthnicCategory.Z, pat.ethnicity().orElseThrow().category(), "rather not say");

    pat.clearEthnicity(2);
    assertTrue(pat.ethnicity().isEmpty(), "removed is not recorded, not 'not stated'");
    assertEquals(3, pat.ethnicityVersion());
  }

  @Test
  void aChangeOnAnOlderVersionIsRefusedAndChangesNothing() {
    pat.stateEthnicity(EthnicCategory.A, 0, NOW);
    assertThrows(StaleEthnicityException.class, () -> pat.stateEthnicity(EthnicCategory.B, 0, NOW));
    assertThrows(StaleEthnicityException.class, () -> pat.clearEthnicity(0));
    assertThrows(
        StaleEthnicityException.class,
        () -> pat.recordEthnicityWithAgreement(EthnicCategory.B, true, "Lina", "PCN", 0, NOW));
    assertEquals(EthnicCategory.A, pat.ethnicity().orElseThrow().category());
    assertEquals(1, pat.ethnicityVersion());
  }

  @Test
  void staffRecordItOnlyWithThePersonsAgreementAndAreNamed() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                pat.recordEthnicityWithAgreement(
                    EthnicCategory.H, false, "Lina Link", "Northgate PCN", 0, NOW));
    assertEquals(Person.PERSON_AGREED, refused.fieldProblems().get(0).field());
    assertTrue(pat.ethnicity().isEmpty(), "nothing recorded without agreement");

    pat.recordEthnicityWithAgreement(EthnicCategory.H, true, "Lina Link", "Northgate PCN", 0, NOW);
    EthnicityRecord recorded = pat.ethnicity().orElseThrow();
    assertEquals(Source.STAFF_WITH_AGREEMENT, recorded.source());
    assertEquals("Lina Link", recorded.recordedBy());
    assertEquals("Northgate PCN", recorded.recorderOrganisation());
  }

  @Test
  void theRecordPrintsNothingAboutThePerson() {
    pat.stateEthnicity(EthnicCategory.R, 0, NOW);
    String printed = pat.ethnicity().orElseThrow().toString();
    assertTrue(!printed.contains("R,") && !printed.contains("Chinese"), printed);
  }
}
