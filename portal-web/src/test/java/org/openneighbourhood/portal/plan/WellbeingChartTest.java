package org.openneighbourhood.portal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.portal.api.WellbeingScores;

class WellbeingChartTest {

  private static WellbeingScores answer(String day, int life, int worth, int happy, int anxious) {
    return new WellbeingScores(
        UUID.randomUUID(),
        "CHECK_IN",
        life,
        worth,
        happy,
        anxious,
        true,
        "Pat Example",
        null,
        Instant.parse(day + "T10:00:00Z"));
  }

  @Test
  void higherScoresAreDrawnHigherAndTheScaleFillsThePlottingArea() {
    assertEquals(WellbeingChart.TOP, WellbeingChart.y(10), 1e-9);
    assertEquals(WellbeingChart.HEIGHT - WellbeingChart.BOTTOM, WellbeingChart.y(0), 1e-9);
    assertTrue(WellbeingChart.y(7) < WellbeingChart.y(3));
  }

  @Test
  void answersAreSpreadEvenlyFromLeftToRightInsideTheAxes() {
    double first = WellbeingChart.x(0, 3);
    double middle = WellbeingChart.x(1, 3);
    double last = WellbeingChart.x(2, 3);
    assertEquals(WellbeingChart.LEFT + WellbeingChart.INSET, first, 1e-9);
    assertEquals(WellbeingChart.WIDTH - WellbeingChart.RIGHT - WellbeingChart.INSET, last, 1e-9);
    assertEquals((first + last) / 2, middle, 1e-9);
  }

  @Test
  void aSingleAnswerSitsInTheMiddle() {
    WellbeingChart chart = WellbeingChart.of(List.of(answer("2026-03-03", 6, 7, 5, 4)), true);
    double x = chart.getSeries().get(0).points().get(0).x();
    assertEquals(
        (WellbeingChart.LEFT
                + WellbeingChart.INSET
                + WellbeingChart.WIDTH
                - WellbeingChart.RIGHT
                - WellbeingChart.INSET)
            / 2.0,
        x,
        1e-9);
    assertEquals(1, chart.getDates().size());
    assertEquals("3 Mar", chart.getDates().get(0).dayMonth());
    assertEquals("2026", chart.getDates().get(0).year());
    assertTrue(chart.getDescription().startsWith("Your answers"), chart.getDescription());
    assertTrue(chart.getDescription().contains("once, on 3 March 2026"), chart.getDescription());
  }

  @Test
  void fourLinesOneAQuestionEachWithItsOwnMarkerAndTheAnswersValues() {
    WellbeingChart chart =
        WellbeingChart.of(
            List.of(answer("2026-01-05", 4, 5, 3, 8), answer("2026-04-05", 7, 8, 6, 2)), false);
    assertEquals(
        List.of("life-satisfaction", "worthwhile", "happiness", "anxiety"),
        chart.getSeries().stream().map(WellbeingChart.Series::key).toList());
    Set<String> shapes =
        chart.getSeries().stream().map(WellbeingChart.Series::shape).collect(Collectors.toSet());
    assertEquals(4, shapes.size(), "each line has its own marker, not only its own colour");
    WellbeingChart.Series anxiety = chart.getSeries().get(3);
    assertEquals(
        List.of(8, 2), anxiety.points().stream().map(WellbeingChart.Point::value).toList());
    assertTrue(anxiety.name().contains("lower is better"));
    assertEquals(
        "Anxiety yesterday (lower is better) on 5 April 2026: 2 out of 10",
        anxiety.points().get(1).title());
    assertEquals(
        WellbeingChart.n(WellbeingChart.x(0, 2))
            + ","
            + WellbeingChart.n(WellbeingChart.y(8))
            + " "
            + WellbeingChart.n(WellbeingChart.x(1, 2))
            + ","
            + WellbeingChart.n(WellbeingChart.y(2)),
        anxiety.polyline());
    assertTrue(chart.getDescription().startsWith("Their answers"), chart.getDescription());
    assertTrue(
        chart.getDescription().contains("2 times, from 5 January 2026 to 5 April 2026"),
        chart.getDescription());
  }

  @Test
  void manyAnswersGetAtMostSixDateLabelsAndTheLatestIsAlwaysLabelled() {
    List<WellbeingScores> answers = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      answers.add(answer(String.format("2025-%02d-10", month), 5, 5, 5, 5));
    }
    answers.add(answer("2026-01-10", 5, 5, 5, 5));
    WellbeingChart chart = WellbeingChart.of(answers, true);
    List<WellbeingChart.DateLabel> dates = chart.getDates();
    assertTrue(dates.size() <= WellbeingChart.MOST_DATE_LABELS, dates::toString);
    assertEquals("10 Jan", dates.get(dates.size() - 1).dayMonth());
    assertEquals("2026", dates.get(dates.size() - 1).year());
    for (int i = 1; i < dates.size(); i++) {
      assertTrue(
          dates.get(i).x() > dates.get(i - 1).x(),
          "labels left to right, not on top of each other");
    }
  }

  @Test
  void markersAreClosedPathsAroundTheirPoint() {
    for (String shape : List.of("circle", "square", "triangle", "diamond")) {
      String path = WellbeingChart.marker(shape, 100, 50);
      assertTrue(path.startsWith("M") && path.endsWith("Z"), shape + ": " + path);
    }
    assertEquals("M95,45h10v10h-10Z", WellbeingChart.marker("square", 100, 50));
  }

  @Test
  void coordinatesAreWrittenWithADotAndAtMostOneDecimal() {
    assertEquals("12", WellbeingChart.n(12.0));
    assertEquals("12", WellbeingChart.n(11.96));
    assertEquals("0", WellbeingChart.n(-0.04));
    assertEquals("12.3", WellbeingChart.n(12.34));
    assertEquals("-3.5", WellbeingChart.n(-3.46));
  }

  @Test
  void theGridHasALineEveryTwoPointsFromZeroToTen() {
    WellbeingChart chart = WellbeingChart.of(List.of(answer("2026-03-03", 6, 7, 5, 4)), true);
    assertEquals(
        List.of(0, 2, 4, 6, 8, 10),
        chart.getTicks().stream().map(WellbeingChart.Tick::value).toList());
    assertEquals("0 0 480 260", chart.getViewBox());
  }
}
