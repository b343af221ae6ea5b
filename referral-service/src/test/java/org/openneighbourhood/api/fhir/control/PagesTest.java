package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagesTest {

  /**
   * A page with rows but fewer than asked for is the last, and so is an empty first page: the total
   * needs no count. A full page, or one past the end, is counted.
   */
  @ParameterizedTest(name = "offset {0}, page of {1}, {2} found: total {3}, {4} count(s)")
  @CsvSource({
    "0, 20, 3, 3, 0",
    "40, 20, 3, 43, 0",
    "0, 20, 0, 0, 0",
    "0, 20, 20, 57, 1",
    "60, 20, 0, 57, 1"
  })
  void theTotalIsCountedOnlyWhenThePageCannotTellIt(
      int offset, int size, int found, long total, int countsRun) {
    AtomicInteger counts = new AtomicInteger();
    long answered =
        Pages.total(
            offset,
            size,
            found,
            () -> {
              counts.incrementAndGet();
              return 57;
            });
    assertEquals(total, answered);
    assertEquals(countsRun, counts.get());
  }

  @Test
  void pageSizesAndOffsetsOutsideTheLimitsAreRefused() {
    assertThrows(InvalidRequestException.class, () -> Pages.of(0, 0));
    assertThrows(InvalidRequestException.class, () -> Pages.of(0, Pages.LARGEST_SIZE + 1));
    assertThrows(InvalidRequestException.class, () -> Pages.of(-1, 10));
    assertEquals(new Pages.Page(0, Pages.DEFAULT_SIZE), Pages.of(null, null));
  }
}
