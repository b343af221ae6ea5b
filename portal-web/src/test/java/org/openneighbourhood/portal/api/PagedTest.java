package org.openneighbourhood.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PagedTest {

  @Test
  void anythingButAPageNumberIsTheFirstPage() {
    assertEquals(1, Paged.pageNumber(null));
    assertEquals(1, Paged.pageNumber("zero"));
    assertEquals(1, Paged.pageNumber("0"));
    assertEquals(1, Paged.pageNumber("-2"));
    assertEquals(3, Paged.pageNumber(" 3 "));
  }
}
