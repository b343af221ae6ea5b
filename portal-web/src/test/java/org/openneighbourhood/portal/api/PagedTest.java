package org.openneighbourhood.portal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HistoryPageTest {

  @Test
  void anythingButAPageNumberIsTheFirstPage() {
    assertEquals(1, HistoryPage.pageNumber(null));
    assertEquals(1, HistoryPage.pageNumber("zero"));
    assertEquals(1, HistoryPage.pageNumber("0"));
    assertEquals(1, HistoryPage.pageNumber("-2"));
    assertEquals(3, HistoryPage.pageNumber(" 3 "));
  }
}
