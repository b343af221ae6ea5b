package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;

/**
 * The ONS4 wellbeing of the people a report is about, beside its tables of change: how many
 * answered at least twice and how many fewer than twice (suppressed as counts are), and each
 * question's mean improvement in points (null where the number of people is hidden); in the
 * commissioner's report also the mean improvement of the four questions under each equity heading,
 * beside its row of a wellbeing breakdown (null where that row's people are hidden; the list null
 * in an organisation's report).
 */
public record ReportWellbeing(
    ReportCell measuredTwice,
    ReportCell notMeasuredTwice,
    List<Mean> means,
    List<HeadingMean> meansByHeading)
    implements Serializable {

  /** One question's mean improvement from the first answers to the latest, or null. */
  public record Mean(String id, String question, Double improvement) implements Serializable {}

  /** The mean improvement of the four questions under one heading of a breakdown, or null. */
  public record HeadingMean(String table, String code, String label, Double improvement)
      implements Serializable {}
}
