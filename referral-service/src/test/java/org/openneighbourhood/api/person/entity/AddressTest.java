package org.openneighbourhood.api.person.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class AddressTest {

  private static FieldProblem refusal(List<String> lines, String postcode) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> Address.of(lines, postcode));
    return refused.fieldProblems().get(0);
  }

  @Test
  void linesAreTidiedAndThePostcodeWrittenTheUsualWay() {
    Address address =
        Address.of(Arrays.asList("  14 Elm Grove ", "", null, "Northgate"), " ng15ab ")
            .orElseThrow();
    assertEquals(List.of("14 Elm Grove", "Northgate"), address.lines());
    assertEquals("NG1 5AB", address.postcode());
  }

  @Test
  void nothingTypedIsNoAddress() {
    assertTrue(Address.of(null, null).isEmpty());
    assertTrue(Address.of(List.of(" ", ""), " ").isEmpty());
  }

  @ParameterizedTest
  @CsvSource({"LS1 4AP", "m1 1ae", "EC1A 1BB", "W1A 0AX", "B33 8TH", "CR2 6XH", "DN55 1PT"})
  void realPostcodesAreAccepted(String postcode) {
    assertTrue(Address.of(List.of("1 High Street"), postcode).isPresent());
  }

  @ParameterizedTest
  @CsvSource({"ZZ9", "12345", "ZZ9 4CI", "ABC 123", "ZZ9 4AP X"})
  void otherPostcodesAreRefusedByField(String postcode) {
    FieldProblem problem = refusal(List.of("1 High Street"), postcode);
    assertEquals("address.postcode", problem.field());
    assertFalse(problem.message().contains(postcode), "the message never repeats the input");
  }

  @Test
  void aPostcodeWithoutLinesOrLinesWithoutAPostcodeAreRefused() {
    assertEquals("address.lines", refusal(List.of(), "LS1 4AP").field());
    assertEquals("address.postcode", refusal(List.of("1 High Street"), "").field());
  }

  @Test
  void tooManyLongOrMultilineLinesAreRefusedWithoutRepeatingThem() {
    String secret = "Secret Cottage";
    assertEquals(
        "address.lines", refusal(List.of("a", "b", "c", "d", "e", "f"), "LS1 4AP").field());
    FieldProblem long_ = refusal(List.of(secret + "x".repeat(100)), "LS1 4AP");
    assertEquals("address.lines", long_.field());
    assertFalse(long_.message().contains(secret));
    assertEquals("address.lines", refusal(List.of(secret + "\n2"), "LS1 4AP").field());
  }

  @Test
  void itNeverPrintsItself() {
    Address address = Address.of(List.of("Secret Cottage"), "LS1 4AP").orElseThrow();
    assertFalse(address.toString().contains("Secret"));
    assertFalse(address.toString().contains("LS1"));
  }
}
