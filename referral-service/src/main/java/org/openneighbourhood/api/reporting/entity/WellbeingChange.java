package org.openneighbourhood.api.reporting.entity;

/**
 * How far one person's answer to an ONS4 question moved from their first answers to their latest,
 * in whole points for the better or the worse. The answers are whole numbers from 0 to 10 given on
 * different days, so a move of one or two points is told apart from a larger one: it is within what
 * a different day can make, while three or more is a change few would put down to the day alone.
 * Five bands rather than every point keep the counts large enough to be shown.
 */
public enum WellbeingChange {
  WORSE_3_OR_MORE("Worse by 3 or more"),
  WORSE_1_OR_2("Worse by 1 or 2"),
  SAME("The same"),
  BETTER_1_OR_2("Better by 1 or 2"),
  BETTER_3_OR_MORE("Better by 3 or more");

  private final String label;

  WellbeingChange(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * @param improvement points better (negative: worse), from -10 to 10
   */
  public static WellbeingChange of(int improvement) {
    if (improvement < -10 || improvement > 10) {
      throw new IllegalArgumentException("An ONS4 answer moves at most 10 points");
    }
    if (improvement <= -3) {
      return WORSE_3_OR_MORE;
    }
    if (improvement < 0) {
      return WORSE_1_OR_2;
    }
    if (improvement == 0) {
      return SAME;
    }
    return improvement < 3 ? BETTER_1_OR_2 : BETTER_3_OR_MORE;
  }
}
