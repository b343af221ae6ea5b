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
 * <p>Commitments are one table of actions by owning organisation and {@link Keeping}, suppressed
 * apart from the wellbeing tables: it counts actions, not referrals or people, so it shares no
 * whole with them.
 *
 * <p>The commissioner's report ({@link #byEquity}) breaks both down by every equity heading
 * (deprivation, age band, sex, ethnic group, portal use): the wellbeing breakdowns are suppressed
 * with the four wellbeing tables, the commitments breakdowns with the commitments table, since each
 * counts the same people (or actions) again. A breakdown's column totals are the same in every
 * breakdown of the same people, and the commitments table's in every commitments breakdown, so they
 * are hidden in all or in none, as the whole is. Beside each row of a wellbeing breakdown is the
 * mean change of that heading's people (of the four questions), shown only where the row's number
 * of people is, as a question's mean is only where its whole is.
 */
public final class PersonalOutcomes {

  /** A table: what it counts, the words for its two headings, its suppressed counts. */
  public record Table(
      String id, String title, String rowHeading, String columnHeading, SuppressedTable counts) {}

  /** A question's mean improvement in points (negative: worse), or empty where it is hidden. */
  public record Mean(WellbeingQuestion question, Optional<Double> improvement) {}

  /**
   * The mean improvement in points of the four questions of the people under one equity heading,
   * beside its row of a wellbeing breakdown ({@code table}); empty where the row's number of people
   * is hidden, or nobody is under it.
   */
  public record HeadingMean(String table, Heading heading, Optional<Double> improvement) {}

  private static final Heading PEOPLE = new Heading("people", "People");

  /** What the columns of every wellbeing breakdown count: people by their mean improvement. */
  private static final String MEAN_CHANGE = "mean-change";

  /**
   * What the columns of the commitments table and its breakdowns count: actions by how they stand.
   */
  private static final String KEEPING = "keeping";

  private static final Heading NO_ORGANISATION = new Heading("none", "No organisation");

  private final List<Table> tables;
  private final Cell measuredTwice;
  private final Cell notMeasuredTwice;
  private final List<Mean> means;
  private final List<HeadingMean> headingMeans;

  private PersonalOutcomes(
      List<Table> tables,
      Cell measuredTwice,
      Cell notMeasuredTwice,
      List<Mean> means,
      List<HeadingMean> headingMeans) {
    this.tables = tables;
    this.measuredTwice = measuredTwice;
    this.notMeasuredTwice = notMeasuredTwice;
    this.means = means;
    this.headingMeans = headingMeans;
  }

  /**
   * The outcomes of an organisation's report: the tables of the whole, without the equity
   * breakdowns.
   *
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
    return of(wellbeing, notMeasuredTwice, commitments, commitmentsTitle, suppression, false);
  }

  /**
   * The outcomes of the commissioner's report: {@link #of}'s tables, and each broken down by every
   * equity heading ({@link PersonHeadings#DIMENSIONS}): wellbeing by the band of each person's mean
   * improvement over the four questions ({@link WellbeingTally#meanImprovement}), commitments by
   * how they stand. Each breakdown counts the same people (or actions) as the tables of the whole,
   * so it is suppressed with them: the whole, and every column total the breakdowns share, hidden
   * in all or in none ({@link Suppression#applyLinked}, {@link CountTable#sharing}).
   */
  public static PersonalOutcomes byEquity(
      List<WellbeingTally> wellbeing,
      long notMeasuredTwice,
      List<CommitmentTally> commitments,
      String commitmentsTitle,
      Suppression suppression) {
    return of(wellbeing, notMeasuredTwice, commitments, commitmentsTitle, suppression, true);
  }

  private static PersonalOutcomes of(
      List<WellbeingTally> wellbeing,
      long notMeasuredTwice,
      List<CommitmentTally> commitments,
      String commitmentsTitle,
      Suppression suppression,
      boolean byEquity) {
    List<CountTable> wellbeingCounts = new ArrayList<>(wellbeingCounts(wellbeing));
    List<CountTable> commitmentCounts = new ArrayList<>(List.of(commitmentCounts(commitments)));
    if (byEquity) {
      wellbeingCounts.addAll(wellbeingByEquity(wellbeing));
      commitmentCounts.addAll(commitmentsByEquity(commitments));
    }
    List<SuppressedTable> suppressed = suppression.applyLinked(wellbeingCounts);
    List<SuppressedTable> actions = suppression.applyLinked(commitmentCounts);
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
    tables.add(new Table("commitments", commitmentsTitle, "Owned by", "Actions", actions.get(0)));
    List<HeadingMean> headingMeans = new ArrayList<>();
    if (byEquity) {
      int questions = WellbeingQuestion.values().length;
      for (int d = 0; d < PersonHeadings.DIMENSIONS.size(); d++) {
        Dimension dimension = PersonHeadings.DIMENSIONS.get(d);
        Table breakdown =
            new Table(
                "wellbeing-by-" + id(dimension),
                "Change in wellbeing (ONS4, the mean of the four questions) from the first answers"
                    + " to the latest, by "
                    + words(dimension),
                heading(dimension),
                "Change (mean of the four questions)",
                suppressed.get(questions + d));
        tables.add(breakdown);
        headingMeans.addAll(headingMeans(breakdown, dimension, wellbeing, suppression));
      }
      for (int d = 0; d < PersonHeadings.DIMENSIONS.size(); d++) {
        Dimension dimension = PersonHeadings.DIMENSIONS.get(d);
        tables.add(
            new Table(
                "commitments-by-" + id(dimension),
                "Actions agreed in the people's plans, by whether they were done by the day agreed,"
                    + " by "
                    + words(dimension),
                heading(dimension),
                "Actions",
                actions.get(1 + d)));
      }
    }
    return new PersonalOutcomes(
        tables,
        measured,
        new Cell(
            notMeasuredTwice,
            suppression.isSmall(notMeasuredTwice) ? Visibility.SMALL : Visibility.SHOWN),
        means,
        List.copyOf(headingMeans));
  }

  /**
   * Beside each row of a wellbeing breakdown, the mean improvement of the four questions of its
   * people (each person's four improvements count a quarter each, unrounded, unlike the bands).
   */
  private static List<HeadingMean> headingMeans(
      Table breakdown,
      Dimension dimension,
      List<WellbeingTally> wellbeing,
      Suppression suppression) {
    SuppressedTable counts = breakdown.counts();
    List<HeadingMean> means = new ArrayList<>();
    for (int r = 0; r < counts.rows().size(); r++) {
      Heading heading = counts.rows().get(r);
      Optional<Double> mean =
          Optional.of(counts.rowTotal(r))
              .filter(suppression::allowsFigureFrom)
              .map(people -> quartersUnder(heading, dimension, wellbeing) / (4.0 * people.count()));
      means.add(new HeadingMean(breakdown.id(), heading, mean));
    }
    return means;
  }

  /** The four questions' improvements of the people under a heading, added up. */
  private static long quartersUnder(
      Heading heading, Dimension dimension, List<WellbeingTally> wellbeing) {
    long quarters = 0;
    for (WellbeingTally tally : wellbeing) {
      if (tally.person().code(dimension).equals(heading.code())) {
        quarters += (long) tally.improvementOfAll() * tally.people();
      }
    }
    return quarters;
  }

  /** The part of a breakdown's id that names its equity dimension. */
  static String id(Dimension dimension) {
    return switch (dimension) {
      case AGE_BAND -> "age-band";
      case ETHNICITY -> "ethnicity";
      case SEX -> "sex";
      case PORTAL -> "portal";
      case DEPRIVATION -> "deprivation";
      default -> throw new IllegalArgumentException("Not an equity heading: " + dimension);
    };
  }

  /** The end of a breakdown's title: by what. */
  private static String words(Dimension dimension) {
    return switch (dimension) {
      case AGE_BAND -> "the person's age at the end of the period";
      case ETHNICITY -> "the person's ethnic group";
      case SEX -> "the person's sex";
      case PORTAL -> "whether the person has used the portal themselves";
      case DEPRIVATION -> "the deprivation of where the person lives";
      default -> throw new IllegalArgumentException("Not an equity heading: " + dimension);
    };
  }

  /**
   * The words over a breakdown's rows: the dimension's, but for the age, which is not on referral.
   */
  private static String heading(Dimension dimension) {
    return dimension == Dimension.AGE_BAND ? "Age at the end of the period" : dimension.label();
  }

  /** Every heading of an equity dimension, in reading order, each shown even where nobody is. */
  private static List<Heading> headings(Dimension dimension) {
    return dimension.headings(null, List.of());
  }

  /**
   * The wellbeing tables by equity heading before suppression, one per dimension of {@link
   * PersonHeadings#DIMENSIONS} in its order: the people measured twice by the band of their mean
   * improvement.
   */
  static List<CountTable> wellbeingByEquity(List<WellbeingTally> wellbeing) {
    List<CountTable> counts = new ArrayList<>();
    for (Dimension dimension : PersonHeadings.DIMENSIONS) {
      counts.add(
          CountTable.counting(
                  headings(dimension),
                  changes(),
                  wellbeing,
                  t -> t.person().code(dimension),
                  t -> WellbeingChange.of(t.meanImprovement()).name(),
                  WellbeingTally::people)
              .sharing(null, MEAN_CHANGE));
    }
    return counts;
  }

  /**
   * The commitments tables by equity heading before suppression, one per dimension of {@link
   * PersonHeadings#DIMENSIONS} in its order: the actions by how they stand.
   */
  static List<CountTable> commitmentsByEquity(List<CommitmentTally> commitments) {
    List<CountTable> counts = new ArrayList<>();
    for (Dimension dimension : PersonHeadings.DIMENSIONS) {
      counts.add(
          CountTable.counting(
                  headings(dimension),
                  keepings(),
                  commitments,
                  t -> t.person().code(dimension),
                  t -> t.keeping().name(),
                  CommitmentTally::actions)
              .sharing(null, KEEPING));
    }
    return counts;
  }

  private static List<Heading> changes() {
    return Arrays.stream(WellbeingChange.values())
        .map(b -> new Heading(b.name(), b.label()))
        .toList();
  }

  private static List<Heading> keepings() {
    return Arrays.stream(Keeping.values()).map(k -> new Heading(k.name(), k.label())).toList();
  }

  /** The wellbeing tables before suppression, one per question in its order. */
  static List<CountTable> wellbeingCounts(List<WellbeingTally> wellbeing) {
    List<Heading> bands = changes();
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
    return CountTable.counting(
            rows.isEmpty() ? List.of(NO_ORGANISATION) : rows,
            keepings(),
            commitments,
            CommitmentTally::organisation,
            t -> t.keeping().name(),
            CommitmentTally::actions)
        .sharing(null, KEEPING);
  }

  /**
   * The four wellbeing tables, one per question in its order, then the commitments; in the
   * commissioner's report then the wellbeing by each equity heading, then the commitments by each.
   */
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

  /**
   * Beside every row of every wellbeing breakdown, in the tables' order: its people's mean change;
   * none in an organisation's report, which has no breakdowns.
   */
  public List<HeadingMean> headingMeans() {
    return headingMeans;
  }
}
