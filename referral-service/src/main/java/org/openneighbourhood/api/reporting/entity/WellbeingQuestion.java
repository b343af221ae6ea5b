package org.openneighbourhood.api.reporting.entity;

/**
 * One of the four ONS4 personal wellbeing questions, each answered from 0 to 10. For three of them
 * a higher answer is better; for anxiety a lower one is, so a report turns every change into how
 * much better the person is (a fall in anxiety is a change for the better).
 */
public enum WellbeingQuestion {
  LIFE_SATISFACTION("life-satisfaction", "Life satisfaction", true),
  WORTHWHILE("worthwhile", "Feeling the things done in life are worthwhile", true),
  HAPPINESS("happiness", "Happiness yesterday", true),
  ANXIETY("anxiety", "Anxiety yesterday (lower is better)", false);

  private final String id;
  private final String label;
  private final boolean higherIsBetter;

  WellbeingQuestion(String id, String label, boolean higherIsBetter) {
    this.id = id;
    this.label = label;
    this.higherIsBetter = higherIsBetter;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /**
   * How many points better the latest answer is than the first (negative: worse).
   *
   * @param first the first answer, 0 to 10
   * @param latest the latest answer, 0 to 10
   */
  public int improvement(int first, int latest) {
    return higherIsBetter ? latest - first : first - latest;
  }
}
