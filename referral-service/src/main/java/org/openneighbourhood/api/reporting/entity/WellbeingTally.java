package org.openneighbourhood.api.reporting.entity;

import java.util.Objects;

/**
 * How many people answered the ONS4 questions at least twice with the same improvement on each
 * question from their first answers to their latest (points better; negative: worse; see {@link
 * WellbeingQuestion#improvement}), and under the same equity headings. Never a person or their
 * answers themselves.
 */
public record WellbeingTally(
    int lifeSatisfaction,
    int worthwhile,
    int happiness,
    int anxiety,
    PersonHeadings person,
    long people) {

  public WellbeingTally {
    for (int improvement : new int[] {lifeSatisfaction, worthwhile, happiness, anxiety}) {
      WellbeingChange.of(improvement);
    }
    Objects.requireNonNull(person, "person");
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

  /**
   * The mean of the four questions' improvements, rounded to the nearest whole point, halves away
   * from zero (a mean of 2.5 is 3 better, of -2.5 is 3 worse), so that better and worse are banded
   * alike.
   */
  public int meanImprovement() {
    int sum = improvementOfAll();
    return Integer.signum(sum) * (int) Math.round(Math.abs(sum) / 4.0);
  }

  /** The four questions' improvements added up: four times their mean, unrounded. */
  public int improvementOfAll() {
    return lifeSatisfaction + worthwhile + happiness + anxiety;
  }
}
