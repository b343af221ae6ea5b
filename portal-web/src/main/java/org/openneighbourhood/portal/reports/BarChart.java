package org.openneighbourhood.portal.reports;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openneighbourhood.portal.api.ReportCell;
import org.openneighbourhood.portal.api.ReportRow;
import org.openneighbourhood.portal.api.ReportTable;

/**
 * The geometry of a report table's bar chart, drawn by the page as inline SVG (no script, no style
 * attribute): one horizontal bar per row, its length the row's total, with the row's name before it
 * and the count after it in words, so the chart does not rely on colour or on reading lengths. A
 * hidden count has no bar, only its words ("fewer than 8", "not shown"): the chart shows exactly
 * what the table beside it shows.
 */
public final class BarChart implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int WIDTH = 640;
  static final int LABEL_WIDTH = 220;
  static final int VALUE_WIDTH = 110;
  static final int ROW_HEIGHT = 28;
  static final int BAR_HEIGHT = 18;
  static final int TOP = 8;

  /** One row's bar: where it is drawn and what it says. */
  public record Bar(String label, String value, double y, double length, boolean drawn)
      implements Serializable {

    public String getBarX() {
      return n(LABEL_WIDTH);
    }

    public String getBarY() {
      return n(y);
    }

    public String getBarLength() {
      return n(length);
    }

    public String getTextY() {
      return n(y + BAR_HEIGHT * 0.75);
    }

    public String getValueX() {
      return n(LABEL_WIDTH + length + 6);
    }
  }

  private final String title;
  private final List<Bar> bars;

  private BarChart(String title, List<Bar> bars) {
    this.title = title;
    this.bars = bars;
  }

  /**
   * @param threshold the smallest count the report shows
   */
  public static BarChart of(ReportTable table, int threshold) {
    long longest = 0;
    for (ReportRow row : table.rows()) {
      if (!row.total().isSuppressed()) {
        longest = Math.max(longest, row.total().value());
      }
    }
    double room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < table.rows().size(); i++) {
      ReportRow row = table.rows().get(i);
      ReportCell total = row.total();
      boolean drawn = !total.isSuppressed() && total.value() > 0;
      double length = drawn ? room * total.value() / longest : 0;
      bars.add(
          new Bar(
              row.label(),
              ReportWords.count(total, threshold),
              TOP + (double) i * ROW_HEIGHT,
              length,
              drawn));
    }
    return new BarChart(table.title(), bars);
  }

  public List<Bar> getBars() {
    return bars;
  }

  public String getViewBox() {
    return "0 0 " + WIDTH + " " + getHeight();
  }

  public int getHeight() {
    return TOP * 2 + bars.size() * ROW_HEIGHT;
  }

  public String getTitle() {
    return title + ": a bar chart of each row's total";
  }

  /** The chart in words, for anyone who cannot see it: every row and its count. */
  public String getDescription() {
    StringBuilder text = new StringBuilder();
    for (Bar bar : bars) {
      text.append(text.length() == 0 ? "" : "; ")
          .append(bar.label())
          .append(": ")
          .append(bar.value());
    }
    return text.append('.').toString();
  }

  public String getLabelX() {
    return n(LABEL_WIDTH - 8);
  }

  private static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
