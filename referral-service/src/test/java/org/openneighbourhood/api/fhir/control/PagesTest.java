package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class PagesTest {

  private final AtomicInteger counts = new AtomicInteger();

  private LongSupplier counted(long total) {
    return () -> {
      counts.incrementAndGet();
      return total;
    };
  }

  @Test
  void aShortPageWithRowsIsTheLastSoItsTotalNeedsNoCount() {
    assertEquals(3, Pages.total(0, 20, 3, counted(99)));
    assertEquals(43, Pages.total(40, 20, 3, counted(99)));
    assertEquals(0, counts.get());
  }

  @Test
  void anEmptyFirstPageFindsNothingWithoutACount() {
    assertEquals(0, Pages.total(0, 20, 0, counted(99)));
    assertEquals(0, counts.get());
  }

  @Test
  void aFullPageOrOnePastTheEndIsCounted() {
    assertEquals(57, Pages.total(0, 20, 20, counted(57)));
    assertEquals(57, Pages.total(60, 20, 0, counted(57)));
    assertEquals(2, counts.get());
  }

  @Test
  void pageSizesAndOffsetsOutsideTheLimitsAreRefused() {
    assertThrows(InvalidRequestException.class, () -> Pages.of(0, 0));
    assertThrows(InvalidRequestException.class, () -> Pages.of(0, Pages.LARGEST_SIZE + 1));
    assertThrows(InvalidRequestException.class, () -> Pages.of(-1, 10));
    assertEquals(new Pages.Page(0, Pages.DEFAULT_SIZE), Pages.of(null, null));
  }
}
