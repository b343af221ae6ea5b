package org.openneighbourhood.api.openreferral.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class OrukParametersTest {

  private static OrukParameters paged(String page, String perPage) {
    return OrukParameters.of(page, perPage, null, null, null, null, null, null, null);
  }

  @Test
  void aPageNumberWhoseOffsetWouldOverflowIsAFieldError() {
    var refused = assertThrows(InvalidInputException.class, () -> paged("2147483647", "100"));
    assertEquals(
        List.of("page"), refused.fieldProblems().stream().map(FieldProblem::field).toList());
  }

  @Test
  void theLastPageNumberStillFitsTheOffset() {
    assertEquals(9_999_900, paged("100000", "100").offset());
  }
}
