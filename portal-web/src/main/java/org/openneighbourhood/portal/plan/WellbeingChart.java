package org.openneighbourhood.portal.plan;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.openneighbourhood.portal.api.WellbeingScores;

/**
 * The geometry of the wellbeing chart, drawn by the page as inline SVG (no script, no style
 * attribute: the Content-Security-Policy allows neither). Four lines, one per ONS4 question, over
 * the occasions the person answered, evenly spaced and labelled with their dates; each line has its
 * own marker shape and dash, so the chart does not rely on colour. The same numbers are in a table
 * beside it for anyone who cannot see the chart.
 */
public final class WellbeingChart implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int WIDTH = 480;
  public static final int HEIGHT = 260;
  static final int LEFT = 40;
  static final int RIGHT = 16;
  static final int TOP = 16;
  static final int BOTTOM = 56;

  /** Keeps the first and last markers off the axes. */
  static final int INSET = 16;

  static final int MOST_DATE_LABELS = 6;
  private static final double MARKER = 5;
  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("d MMM", Locale.UK);
  private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.UK);
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** A question's line: its points and the polyline through them. */
  public record Series(String key, String name, String shape, List<Point> points)
      implements Serializable {

    /** The SVG polyline's points attribute. */
    public String polyline() {
      StringBuilder points = new StringBuilder();
      for (Point p : points()) {
        points
            .append(points.length() == 0 ? "" : " ")
            .append(n(p.x()))
            .append(',')
            .append(n(p.y()));
      }
      return points.toString();
    }

    /** The marker drawn in the key, in a 32 by 16 box. */
    public String sample() {
      return marker(shape, 16, 8);
    }
  }

  /**
   * One answer: where it is drawn, its marker's path, and what it says ("Happiness on 3 March 2026:
   * 7 out of 10").
   */
  public record Point(double x, double y, int value, String marker, String title)
      implements Serializable {}

  /** A horizontal grid line with its score. */
  public record Tick(double y, int value) implements Serializable {

    public String getY() {
      return n(y);
    }

    /** Where the label's baseline goes, a little below the line's height so it is centred. */
    public String getLabelY() {
      return n(y + 4);
    }
  }

  /** A date under the chart, day and month above the year. */
  public record DateLabel(double x, String dayMonth, String year) implements Serializable {

    public String getX() {
      return n(x);
    }
  }

  private final List<Series> series;
  private final List<Tick> ticks;
  private final List<DateLabel> dates;
  private final String description;

  private WellbeingChart(
      List<Series> series, List<Tick> ticks, List<DateLabel> dates, String description) {
    this.series = series;
    this.ticks = ticks;
    this.dates = dates;
    this.description = description;
  }

  /** The chart of the answers, oldest first. */
  public static WellbeingChart of(List<WellbeingScores> answers, boolean you) {
    int count = answers.size();
    List<Series> series =
        List.of(
            line(
                "life-satisfaction",
                "Life satisfaction",
                "circle",
                answers,
                WellbeingScores::lifeSatisfaction),
            line(
                "worthwhile",
                "Things you do are worthwhile",
                "square",
                answers,
                WellbeingScores::worthwhile),
            line(
                "happiness",
                "Happiness yesterday",
                "triangle",
                answers,
                WellbeingScores::happiness),
            line(
                "anxiety",
                "Anxiety yesterday (lower is better)",
                "diamond",
                answers,
                WellbeingScores::anxiety));
    List<Tick> ticks = new ArrayList<>();
    for (int value = 0; value <= 10; value += 2) {
      ticks.add(new Tick(y(value), value));
    }
    List<DateLabel> dates = new ArrayList<>();
    int every = Math.max(1, (count + MOST_DATE_LABELS - 1) / MOST_DATE_LABELS);
    for (int i = 0; i < count; i++) {
      boolean last = i == count - 1;
      // Every so many, and always the latest; a label too close before the latest is left out.
      if ((i % every == 0 && (last || count - 1 - i >= every)) || last) {
        Instant at = answers.get(i).recordedAt();
        dates.add(
            new DateLabel(
                x(i, count),
                at == null ? "" : DAY_MONTH.format(at.atZone(ENGLAND)),
                at == null ? "" : YEAR.format(at.atZone(ENGLAND))));
      }
    }
    return new WellbeingChart(series, ticks, dates, describe(answers, you));
  }

  private static Series line(
      String key,
      String name,
      String shape,
      List<WellbeingScores> answers,
      ToIntFunction<WellbeingScores> score) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      int value = score.applyAsInt(answers.get(i));
      double x = x(i, answers.size());
      double y = y(value);
      points.add(
          new Point(
              x,
              y,
              value,
              marker(shape, x, y),
              name + " on " + longDate(answers.get(i).recordedAt()) + ": " + value + " out of 10"));
    }
    return new Series(key, name, shape, List.copyOf(points));
  }

  /** Where the i-th of count answers is drawn across; a single answer sits in the middle. */
  static double x(int index, int count) {
    double from = LEFT + INSET;
    double to = WIDTH - RIGHT - INSET;
    return count <= 1 ? (from + to) / 2 : from + (to - from) * index / (count - 1);
  }

  /** Where a score from 0 (bottom) to 10 (top) is drawn up the chart. */
  static double y(int value) {
    double height = HEIGHT - TOP - BOTTOM;
    return TOP + height * (10 - value) / 10.0;
  }

  static String marker(String shape, double x, double y) {
    double r = MARKER;
    return switch (shape) {
      case "square" ->
          "M" + n(x - r) + "," + n(y - r) + "h" + n(2 * r) + "v" + n(2 * r) + "h" + n(-2 * r) + "Z";
      case "triangle" ->
          "M"
              + n(x)
              + ","
              + n(y - r - 1)
              + "L"
              + n(x + r + 1)
              + ","
              + n(y + r)
              + "L"
              + n(x - r - 1)
              + ","
              + n(y + r)
              + "Z";
      case "diamond" ->
          "M"
              + n(x)
              + ","
              + n(y - r - 1)
              + "L"
              + n(x + r + 1)
              + ","
              + n(y)
              + "L"
              + n(x)
              + ","
              + n(y + r + 1)
              + "L"
              + n(x - r - 1)
              + ","
              + n(y)
              + "Z";
      default ->
          "M" + n(x - r) + "," + n(y) + "a" + n(r) + "," + n(r) + " 0 1,0 " + n(2 * r) + ",0a"
              + n(r) + "," + n(r) + " 0 1,0 " + n(-2 * r) + ",0Z";
    };
  }

  private static String describe(List<WellbeingScores> answers, boolean you) {
    if (answers.isEmpty()) {
      return "No answers yet.";
    }
    String whose = you ? "Your" : "Their";
    String from = longDate(answers.get(0).recordedAt());
    String to = longDate(answers.get(answers.size() - 1).recordedAt());
    String when =
        answers.size() == 1
            ? "once, on " + from
            : answers.size() + " times, from " + from + " to " + to;
    return whose
        + " answers to the four wellbeing questions, "
        + when
        + ", each from 0 to 10. Higher is better, except for anxiety, where lower is better. The"
        + " table gives the same numbers.";
  }

  private static String longDate(Instant at) {
    return at == null ? "an unknown day" : LONG.format(at.atZone(ENGLAND));
  }

  /** A coordinate as SVG wants it: at most one decimal, a dot, no grouping. */
  static String n(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0
        ? Long.toString(tenths / 10)
        : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  public List<Series> getSeries() {
    return series;
  }

  public List<Tick> getTicks() {
    return ticks;
  }

  public List<DateLabel> getDates() {
    return dates;
  }

  public String getDescription() {
    return description;
  }

  public String getViewBox() {
    return "0 0 " + WIDTH + " " + HEIGHT;
  }

  /** The axes: left edge and bottom edge of the plotting area. */
  public String getAxisLeft() {
    return n(LEFT);
  }

  public String getAxisRight() {
    return n(WIDTH - RIGHT);
  }

  public String getAxisTop() {
    return n(TOP);
  }

  public String getAxisBottom() {
    return n(y(0));
  }

  /** Where the scores' labels end, just left of the axis. */
  public String getTickLabelX() {
    return n(LEFT - 6);
  }

  /** Baselines of the date labels' two lines. */
  public String getDateLine() {
    return n(y(0) + 22);
  }

  public String getYearLine() {
    return n(y(0) + 44);
  }
}
