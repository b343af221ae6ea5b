package org.openneighbourhood.portal.reports;

import java.text.NumberFormat;
import java.util.Locale;
import org.openneighbourhood.portal.api.ReportCell;

/** How a report's counts read: a number, "fewer than 8", or "not shown". */
public final class ReportWords {

  private ReportWords() {}

  /**
   * @param threshold the smallest count the report shows, as the API said
   */
  public static String count(ReportCell cell, int threshold) {
    if (cell == null) {
      return "";
    }
    if (cell.isSmall()) {
      return "fewer than " + threshold;
    }
    if (cell.isSuppressed()) {
      return "not shown";
    }
    return NumberFormat.getIntegerInstance(Locale.UK).format(cell.value());
  }

  /** Days to one decimal place ("11.5 days"), or "not shown" where the API left the figure out. */
  public static String days(Double days) {
    if (days == null) {
      return "not shown";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
    format.setMaximumFractionDigits(1);
    return format.format(days) + (days == 1.0 ? " day" : " days");
  }

  /**
   * A mean change in points to one decimal place, signed ("+1.4 points better", "-2 points worse"),
   * or "not shown" where the API left it out.
   */
  public static String points(Double points) {
    if (points == null) {
      return "not shown";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
    format.setMaximumFractionDigits(1);
    String number = format.format(Math.abs(points));
    String unit = Math.abs(points) == 1.0 ? " point" : " points";
    if (points > 0) {
      return "+" + number + unit + " better";
    }
    return points < 0 ? "-" + number + unit + " worse" : "no change";
  }
}
