package org.openneighbourhood.api.reporting.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Outcomes people value, for the people a report's referrals are about: how their ONS4 wellbeing
 * changed from their first answers to their latest, and whether the actions agreed in their plans
 * were done by the day agreed.
 *
 * <p>Wellbeing is one table per question, counting the people who answered at least twice by how
 * far they moved ({@link WellbeingChange}); the four count the same people, so they are suppressed
 * together (their whole, the people measured twice, is hidden in all or none). The people who
 * answered fewer than twice are one figure on its own, hidden when small, so that the two add up to
 * everyone and nobody is quietly left out; their sum, the people referred, is published nowhere to
 * be subtracted from. A question's mean improvement is shown only where the number of people behind
 * it is.
 *
 * <p>Commitments are one table of actions by owning organisation and {@link Keeping}, suppressed on
 * its own: it counts actions, not referrals or people, so it shares no whole with the rest.
 */
public final class PersonalOutcomes {

  /** A table: what it counts, the words for its two headings, its suppressed counts. */
  public record Table(
      String id, String title, String rowHeading, String columnHeading, SuppressedTable counts) {}

  /** A question's mean improvement in points (negative: worse), or empty where it is hidden. */
  public record Mean(WellbeingQuestion question, Optional<Double> improvement) {}

  private static final Heading PEOPLE = new Heading("people", "People");
  private static final Heading NO_ORGANISATION = new Heading("none", "No organisation");

  private final List<Table> tables;
  private final Cell measuredTwice;
  private final Cell notMeasuredTwice;
  private final List<Mean> means;

  private PersonalOutcomes(
      List<Table> tables, Cell measuredTwice, Cell notMeasuredTwice, List<Mean> means) {
    this.tables = tables;
    this.measuredTwice = measuredTwice;
    this.notMeasuredTwice = notMeasuredTwice;
    this.means = means;
  }

  /**
   * @param wellbeing the people who answered at least twice, by their improvements
   * @param notMeasuredTwice the people who answered fewer than twice (or never)
   * @param commitments the actions in their plans, by owner and how they stand
   * @param commitmentsTitle the commitments table's title (whose actions it counts)
   */
  public static PersonalOutcomes of(
      List<WellbeingTally> wellbeing,
      long notMeasuredTwice,
      List<CommitmentTally> commitments,
      String commitmentsTitle,
      Suppression suppression) {
    List<SuppressedTable> suppressed = suppression.applyLinked(wellbeingCounts(wellbeing));
    List<Table> tables = new ArrayList<>();
    List<Mean> means = new ArrayList<>();
    Cell measured = suppressed.get(0).total();
    for (WellbeingQuestion question : WellbeingQuestion.values()) {
      tables.add(
          new Table(
              "wellbeing-" + question.id(),
              "Change in wellbeing (ONS4) from the first answers to the latest: "
                  + question.label().toLowerCase(Locale.UK),
              "Change",
              "People",
              suppressed.get(question.ordinal())));
      means.add(new Mean(question, mean(question, wellbeing, measured)));
    }
    tables.add(
        new Table(
            "commitments",
            commitmentsTitle,
            "Owned by",
            "Actions",
            suppression.apply(commitmentCounts(commitments))));
    return new PersonalOutcomes(
        tables,
        measured,
        new Cell(
            notMeasuredTwice,
            suppression.isSmall(notMeasuredTwice) ? Visibility.SMALL : Visibility.SHOWN),
        means);
  }

  /** The wellbeing tables before suppression, one per question in its order. */
  static List<CountTable> wellbeingCounts(List<WellbeingTally> wellbeing) {
    List<Heading> bands =
        Arrays.stream(WellbeingChange.values()).map(b -> new Heading(b.name(), b.label())).toList();
    List<CountTable> counts = new ArrayList<>();
    for (WellbeingQuestion question : WellbeingQuestion.values()) {
      counts.add(
          CountTable.counting(
              bands,
              List.of(PEOPLE),
              wellbeing,
              t -> WellbeingChange.of(t.improvement(question)).name(),
              t -> PEOPLE.code(),
              WellbeingTally::people));
    }
    return counts;
  }

  private static Optional<Double> mean(
      WellbeingQuestion question, List<WellbeingTally> wellbeing, Cell measured) {
    if (measured.suppressed() || measured.count() == 0) {
      return Optional.empty();
    }
    long sum = 0;
    for (WellbeingTally tally : wellbeing) {
      sum += tally.improvement(question) * tally.people();
    }
    return Optional.of((double) sum / measured.count());
  }

  /** The commitments table before suppression. */
  static CountTable commitmentCounts(List<CommitmentTally> commitments) {
    Map<String, Heading> owners = new LinkedHashMap<>();
    for (CommitmentTally tally : commitments) {
      owners.putIfAbsent(
          tally.organisation(), new Heading(tally.organisation(), tally.organisationName()));
    }
    List<Heading> rows = new ArrayList<>(owners.values());
    rows.sort(Comparator.comparing(Heading::label).thenComparing(Heading::code));
    List<Heading> columns =
        Arrays.stream(Keeping.values()).map(k -> new Heading(k.name(), k.label())).toList();
    return CountTable.counting(
        rows.isEmpty() ? List.of(NO_ORGANISATION) : rows,
        columns,
        commitments,
        CommitmentTally::organisation,
        t -> t.keeping().name(),
        CommitmentTally::actions);
  }

  /** The four wellbeing tables, one per question in its order, then the commitments. */
  public List<Table> tables() {
    return tables;
  }

  /** The people who answered at least twice: the whole of each wellbeing table. */
  public Cell measuredTwice() {
    return measuredTwice;
  }

  /** The people who answered fewer than twice, or never (hidden when small). */
  public Cell notMeasuredTwice() {
    return notMeasuredTwice;
  }

  public List<Mean> means() {
    return means;
  }
}
