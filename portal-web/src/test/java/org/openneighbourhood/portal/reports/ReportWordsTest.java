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

  @Test
  void aMeanChangeReadsSignedAsBetterOrWorseOrAsNotShown() {
    assertEquals("+1.4 points better", ReportWords.points(1.4));
    assertEquals("-2 points worse", ReportWords.points(-2.0));
    assertEquals("+1 point better", ReportWords.points(1.0));
    assertEquals("no change", ReportWords.points(0.0));
    assertEquals("not shown", ReportWords.points(null));
  }
}
