package org.openneighbourhood.portal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportWordsTest {

  @Test
  void daysReadToOneDecimalPlaceOrAsNotShown() {
    assertEquals("11.5 days", ReportWords.days(11.5));
    assertEquals("15 days", ReportWords.days(15.0));
    assertEquals("1 day", ReportWords.days(1.0));
    assertEquals("1,234.6 days", ReportWords.days(1234.56));
    assertEquals("not shown", ReportWords.days(null));
  }
}
