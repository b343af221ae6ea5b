package org.openneighbourhood.api.person.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openneighbourhood.api.person.entity.EthnicCategory.EthnicGroup;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class EthnicCategoryTest {

  @Test
  void theDataDictionaryCodesAreAllThereInTheirGroups() {
    Map<EthnicGroup, String> codes =
        Arrays.stream(EthnicCategory.values())
            .collect(
                Collectors.groupingBy(
                    EthnicCategory::group,
                    Collectors.mapping(EthnicCategory::code, Collectors.joining())));
    assertEquals(
        Map.of(
            EthnicGroup.WHITE, "ABC",
            EthnicGroup.MIXED, "DEFG",
            EthnicGroup.ASIAN, "HJKL",
            EthnicGroup.BLACK, "MNP",
            EthnicGroup.OTHER, "RS",
            EthnicGroup.NOT_STATED, "Z"),
        codes);
    assertEquals("Any other White background", EthnicCategory.C.label());
    assertEquals("Not stated", EthnicCategory.Z.label());
  }

  @Test
  void aCodeIsReadInEitherCaseWithSpaceAround() {
    assertEquals(EthnicCategory.H, EthnicCategory.parse("H"));
    assertEquals(EthnicCategory.N, EthnicCategory.parse(" n "));
    assertEquals(EthnicCategory.Z, EthnicCategory.parse("z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"I", "O", "Q", "T", "99", "AB", "White British", "<script>"})
  void anythingElseIsRefusedByFieldWithoutRepeatingIt(String sent) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> EthnicCategory.parse(sent));
    assertEquals(EthnicCategory.FIELD, refused.fieldProblems().get(0).field());
    assertFalse(refused.getMessage().contains(sent), refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void nothingChosenIsAskedFor(String sent) {
    assertEquals(
        EthnicCategory.FIELD,
        assertThrows(InvalidInputException.class, () -> EthnicCategory.parse(sent))
            .fieldProblems()
            .get(0)
            .field());
    assertThrows(InvalidInputException.class, () -> EthnicCategory.parse(null));
  }
}
