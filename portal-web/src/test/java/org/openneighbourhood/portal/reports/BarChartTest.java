package org.openneighbourhood.portal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

  @Test
  void eachRowIsABarAsLongAsItsTotalWithTheSameWordsAsTheTable() {
    BarChart chart = BarChart.of(SampleReport.byMonth(), 8);
    List<BarChart.Bar> bars = chart.getBars();
    assertEquals(2, bars.size());
    assertEquals("January 2026", bars.get(0).label());
    assertEquals("1,200", bars.get(0).value());
    assertEquals(
        BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_WIDTH, bars.get(0).length());
    assertEquals(
        (BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_WIDTH) * 12.0 / 1200,
        bars.get(1).length(),
        1e-9);
    assertEquals(
        "January 2026: 1,200; February 2026: 12.", chart.getDescription(), "the chart in words");
    assertEquals("0 0 640 72", chart.getViewBox());
  }

  @Test
  void aHiddenCountHasNoBarOnlyItsWords() {
    var table = SampleReport.byMonth();
    var rows =
        List.of(
            table.rows().get(0),
            new org.openneighbourhood.portal.api.ReportRow(
                "2026-02", "February 2026", table.rows().get(1).cells(), SampleReport.SMALL));
    BarChart chart =
        BarChart.of(
            new org.openneighbourhood.portal.api.ReportTable(
                table.id(),
                table.title(),
                table.rowHeading(),
                table.columnHeading(),
                table.columns(),
                rows,
                table.columnTotals(),
                table.total()),
            8);
    assertTrue(chart.getBars().get(0).drawn());
    assertFalse(chart.getBars().get(1).drawn());
    assertEquals("fewer than 8", chart.getBars().get(1).value());
    assertEquals("0.0", chart.getBars().get(1).getBarLength());
  }

  @Test
  void countsReadAsNumbersOrWhyTheyAreHidden() {
    assertEquals("fewer than 10", ReportWords.count(SampleReport.SMALL, 10));
    assertEquals("not shown", ReportWords.count(SampleReport.HELD, 10));
    assertEquals("12,345", ReportWords.count(SampleReport.n(12345), 10));
  }
}
