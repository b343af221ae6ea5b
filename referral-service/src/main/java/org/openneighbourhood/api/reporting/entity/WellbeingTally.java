package org.openneighbourhood.api.reporting.entity;

/**
 * How many people answered the ONS4 questions at least twice with the same improvement on each
 * question from their first answers to their latest (points better; negative: worse; see {@link
 * WellbeingQuestion#improvement}). Never a person or their answers themselves.
 */
public record WellbeingTally(
    int lifeSatisfaction, int worthwhile, int happiness, int anxiety, long people) {

  public WellbeingTally {
    for (int improvement : new int[] {lifeSatisfaction, worthwhile, happiness, anxiety}) {
      WellbeingChange.of(improvement);
    }
    if (people < 1) {
      throw new IllegalArgumentException("A tally counts at least one person");
    }
  }

  public int improvement(WellbeingQuestion question) {
    return switch (question) {
      case LIFE_SATISFACTION -> lifeSatisfaction;
      case WORTHWHILE -> worthwhile;
      case HAPPINESS -> happiness;
      case ANXIETY -> anxiety;
    };
  }
}
