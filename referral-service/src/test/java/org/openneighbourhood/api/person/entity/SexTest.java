package org.openneighbourhood.api.person.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openneighbourhood.api.person.entity.EthnicityRecord.Source;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class SexTest {

  private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

  private final Person pat = Pat.registered();

  @Test
  void theStatedGenderCodesAreAllThereInPlainWords() {
    assertEquals(
        "1 Male, 2 Female, 9 Neither male nor female, X Not known",
        String.join(
            ", ", Arrays.stream(Sex.values()).map(s -> s.code() + " " + s.label()).toList()));
  }

  @Test
  void aCodeIsReadInEitherCaseWithSpaceAroundAndStoredAsItself() {
    assertEquals(Sex.MALE, Sex.parse("1"));
    assertEquals(Sex.INDETERMINATE, Sex.parse(" 9 "));
    assertEquals(Sex.NOT_KNOWN, Sex.parse("x"));
    SexConverter converter = new SexConverter();
    for (Sex sex : Sex.values()) {
      assertEquals(sex, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(sex)));
    }
    assertEquals("2", converter.convertToDatabaseColumn(Sex.FEMALE));
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "3", "M", "F", "male", "12", "<script>"})
  void anythingElseIsRefusedByFieldWithoutRepeatingIt(String sent) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> Sex.parse(sent));
    assertEquals(Sex.FIELD, refused.fieldProblems().get(0).field());
    assertFalse(refused.getMessage().contains(sent), refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void nothingChosenIsAskedFor(String sent) {
    assertEquals(
        Sex.FIELD,
        assertThrows(InvalidInputException.class, () -> Sex.parse(sent))
            .fieldProblems()
            .get(0)
            .field());
    assertThrows(InvalidInputException.class, () -> Sex.parse(null));
  }

  @Test
  void nobodyHasOneUntilAsked() {
    assertTrue(pat.sex().isEmpty());
    assertEquals(0, pat.sexVersion());
  }

  @Test
  void thePersonStatesChangesAndClearsTheirOwnApartFromTheirEthnicCategory() {
    pat.stateSex(Sex.FEMALE, 0, NOW);
    SexRecord stated = pat.sex().orElseThrow();
    assertEquals(Sex.FEMALE, stated.sex());
    assertEquals(Source.PERSON, stated.source());
    assertNull(stated.recordedBy());
    assertEquals(NOW, stated.recordedAt());

    pat.stateSex(Sex.NOT_KNOWN, 1, NOW.plusSeconds(60));
    assertEquals(Sex.NOT_KNOWN, pat.sex().orElseThrow().sex(), "rather not say");

    pat.clearSex(2);
    assertTrue(pat.sex().isEmpty(), "removed is not recorded, not 'not known'");
    assertEquals(3, pat.sexVersion());
    assertEquals(0, pat.ethnicityVersion(), "its own version");
    assertTrue(pat.ethnicity().isEmpty());
  }

  @Test
  void aChangeOnAnOlderVersionIsRefusedAndChangesNothing() {
    pat.stateSex(Sex.MALE, 0, NOW);
    assertThrows(StaleSexException.class, () -> pat.stateSex(Sex.FEMALE, 0, NOW));
    assertThrows(StaleSexException.class, () -> pat.clearSex(0));
    assertThrows(
        StaleSexException.class,
        () -> pat.recordSexWithAgreement(Sex.FEMALE, true, "Lina", "PCN", 0, NOW));
    assertEquals(Sex.MALE, pat.sex().orElseThrow().sex());
    assertEquals(1, pat.sexVersion());
  }

  @Test
  void staffRecordItOnlyWithThePersonsAgreementAndAreNamed() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                pat.recordSexWithAgreement(
                    Sex.INDETERMINATE, false, "Lina Link", "Northgate PCN", 0, NOW));
    assertEquals(Person.PERSON_AGREED, refused.fieldProblems().get(0).field());
    assertTrue(pat.sex().isEmpty(), "nothing recorded without agreement");

    pat.recordSexWithAgreement(Sex.INDETERMINATE, true, "Lina Link", "Northgate PCN", 0, NOW);
    SexRecord recorded = pat.sex().orElseThrow();
    assertEquals(Source.STAFF_WITH_AGREEMENT, recorded.source());
    assertEquals("Lina Link", recorded.recordedBy());
    assertEquals("Northgate PCN", recorded.recorderOrganisation());
  }

  @Test
  void theRecordPrintsNothingAboutThePerson() {
    pat.stateSex(Sex.FEMALE, 0, NOW);
    String printed = pat.sex().orElseThrow().toString();
    assertFalse(printed.contains("FEMALE") || printed.contains("Female"), printed);
  }
}
