package org.openneighbourhood.api.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonalOutcomesTest {

  private static final Suppression EIGHT = new Suppression(8);
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final PersonHeadings SOMEONE =
      new PersonHeadings("DECILE_1", "AGE_35_44", "FEMALE", "WHITE", "NO");
  private static final PersonHeadings SOMEONE_ELSE =
      new PersonHeadings("UNKNOWN", "AGE_65_74", "NOT_RECORDED", "NOT_RECORDED", "YES");

  @Test
  void aChangeIsBandedByWholePointsBetterOrWorse() {
    assertEquals(WellbeingChange.WORSE_3_OR_MORE, WellbeingChange.of(-10));
    assertEquals(WellbeingChange.WORSE_3_OR_MORE, WellbeingChange.of(-3));
    assertEquals(WellbeingChange.WORSE_1_OR_2, WellbeingChange.of(-2));
    assertEquals(WellbeingChange.WORSE_1_OR_2, WellbeingChange.of(-1));
    assertEquals(WellbeingChange.SAME, WellbeingChange.of(0));
    assertEquals(WellbeingChange.BETTER_1_OR_2, WellbeingChange.of(1));
    assertEquals(WellbeingChange.BETTER_1_OR_2, WellbeingChange.of(2));
    assertEquals(WellbeingChange.BETTER_3_OR_MORE, WellbeingChange.of(3));
    assertEquals(WellbeingChange.BETTER_3_OR_MORE, WellbeingChange.of(10));
    assertThrows(IllegalArgumentException.class, () -> WellbeingChange.of(11));
  }

  @Test
  void lessAnxietyIsAnImprovementAndMoreOfTheRestIs() {
    assertEquals(3, WellbeingQuestion.LIFE_SATISFACTION.improvement(4, 7));
    assertEquals(-2, WellbeingQuestion.HAPPINESS.improvement(6, 4));
    assertEquals(2, WellbeingQuestion.ANXIETY.improvement(6, 4));
    assertEquals(-3, WellbeingQuestion.ANXIETY.improvement(5, 8));
  }

  @Test
  void anActionIsKeptWhenDoneByItsDayAndOverdueOnlyAfterIt() {
    LocalDate due = LocalDate.of(2026, 3, 1);
    assertEquals(Keeping.DONE_ON_TIME, Keeping.of("DONE", due, due, TODAY));
    assertEquals(Keeping.DONE_LATE, Keeping.of("DONE", due, due.plusDays(1), TODAY));
    assertEquals(Keeping.OVERDUE, Keeping.of("IN_PROGRESS", due, null, TODAY));
    assertEquals(Keeping.NOT_YET_DUE, Keeping.of("NOT_STARTED", TODAY, null, TODAY));
    assertEquals(Keeping.NO_DAY_AGREED, Keeping.of("DONE", null, TODAY, TODAY));
    assertEquals(Keeping.NO_DAY_AGREED, Keeping.of("NOT_STARTED", null, null, TODAY));
    assertEquals(Keeping.STOPPED, Keeping.of("STOPPED", due, null, TODAY));
  }

  /**
   * Nine people measured twice: life satisfaction up 3 for eight and down 1 for one; anxiety up 2
   * (worse) for all nine. Four never measured twice.
   */
  @Test
  void eachQuestionIsBandedWithItsMeanOverThePeopleMeasuredTwice() {
    PersonalOutcomes outcomes =
        PersonalOutcomes.of(
            List.of(
                new WellbeingTally(3, 0, 1, -2, SOMEONE, 8),
                new WellbeingTally(-1, 0, 1, -2, SOMEONE, 1)),
            4,
            List.of(),
            "Actions",
            EIGHT);
    assertEquals(9, outcomes.measuredTwice().count());
    assertTrue(!outcomes.measuredTwice().suppressed());
    assertEquals(Visibility.SMALL, outcomes.notMeasuredTwice().visibility());
    SuppressedTable life = outcomes.tables().get(0).counts();
    assertEquals("wellbeing-life-satisfaction", outcomes.tables().get(0).id());
    assertEquals(
        Visibility.SMALL, life.rowTotal(WellbeingChange.WORSE_1_OR_2.ordinal()).visibility());
    assertTrue(
        life.rowTotal(WellbeingChange.BETTER_3_OR_MORE.ordinal()).suppressed(), "gives 1 away");
    SuppressedTable anxiety = outcomes.tables().get(3).counts();
    assertEquals(
        Optional.of(9L), anxiety.rowTotal(WellbeingChange.WORSE_1_OR_2.ordinal()).published());
    assertEquals(Optional.of((8 * 3 - 1) / 9.0), outcomes.means().get(0).improvement());
    assertEquals(Optional.of(0.0), outcomes.means().get(1).improvement());
    assertEquals(Optional.of(-2.0), outcomes.means().get(3).improvement());
  }

  @Test
  void noMeanIsShownWhereTheNumberOfPeopleIsHiddenOrNobodyWasMeasuredTwice() {
    PersonalOutcomes few =
        PersonalOutcomes.of(
            List.of(new WellbeingTally(3, 3, 3, 3, SOMEONE, 7)), 20, List.of(), "A", EIGHT);
    assertEquals(Visibility.SMALL, few.measuredTwice().visibility());
    assertTrue(few.means().stream().allMatch(mean -> mean.improvement().isEmpty()));
    for (int t = 0; t < 4; t++) {
      assertTrue(few.tables().get(t).counts().total().suppressed(), "hidden in all four");
    }
    PersonalOutcomes nobody = PersonalOutcomes.of(List.of(), 20, List.of(), "A", EIGHT);
    assertEquals(Optional.of(0L), nobody.measuredTwice().published());
    assertEquals(Optional.of(20L), nobody.notMeasuredTwice().published());
    assertTrue(nobody.means().stream().allMatch(mean -> mean.improvement().isEmpty()));
  }

  /** Green Minds: 10 done on time, 9 overdue; Money Matters: 12 done late, 2 stopped. */
  @Test
  void commitmentsAreCountedByOwnerInNameOrderAndSuppressed() {
    List<CommitmentTally> actions = new ArrayList<>();
    actions.add(new CommitmentTally("b", "Green Minds", Keeping.DONE_ON_TIME, SOMEONE, 10));
    actions.add(new CommitmentTally("b", "Green Minds", Keeping.OVERDUE, SOMEONE, 9));
    actions.add(new CommitmentTally("a", "Money Matters", Keeping.DONE_LATE, SOMEONE, 12));
    actions.add(new CommitmentTally("a", "Money Matters", Keeping.STOPPED, SOMEONE, 2));
    PersonalOutcomes outcomes = PersonalOutcomes.of(List.of(), 0, actions, "Actions", EIGHT);
    PersonalOutcomes.Table table = outcomes.tables().get(4);
    assertEquals("commitments", table.id());
    SuppressedTable counts = table.counts();
    assertEquals(
        List.of("Green Minds", "Money Matters"),
        counts.rows().stream().map(Heading::label).toList());
    assertEquals(Optional.of(10L), counts.cell(0, Keeping.DONE_ON_TIME.ordinal()).published());
    assertEquals(Visibility.SMALL, counts.cell(1, Keeping.STOPPED.ordinal()).visibility());
    assertEquals(
        Visibility.PROTECTS_SMALL,
        counts.cell(1, Keeping.DONE_LATE.ordinal()).visibility(),
        "the cheapest count that keeps the 2 from being Money Matters' total less the rest");
    assertEquals(
        List.of("No organisation"),
        PersonalOutcomes.of(List.of(), 0, List.of(), "A", EIGHT)
            .tables()
            .get(4)
            .counts()
            .rows()
            .stream()
            .map(Heading::label)
            .toList());
  }

  @Test
  void theMeanImprovementIsRoundedToTheNearestPointHalvesAwayFromZero() {
    assertEquals(3, new WellbeingTally(3, 3, 2, 2, SOMEONE, 1).meanImprovement(), "2.5");
    assertEquals(-3, new WellbeingTally(-3, -3, -2, -2, SOMEONE, 1).meanImprovement(), "-2.5");
    assertEquals(2, new WellbeingTally(3, 2, 2, 2, SOMEONE, 1).meanImprovement(), "2.25");
    assertEquals(-1, new WellbeingTally(-1, -1, -1, 0, SOMEONE, 1).meanImprovement(), "-0.75");
    assertEquals(0, new WellbeingTally(1, -1, 0, 0, SOMEONE, 1).meanImprovement());
  }

  @Test
  void aHeadingOutsideItsDimensionIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PersonHeadings("DECILE_11", "AGE_35_44", "FEMALE", "WHITE", "NO"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PersonHeadings("DECILE_1", "AGE_35_44", "FEMALE", "WHITE", null));
  }

  /**
   * Nine people measured twice: eight in decile 1 whose mean improves by 2.5 (better by 3 or more),
   * one not known whose gets worse; their actions likewise. The breakdowns count them by each
   * equity heading, every heading shown, and are suppressed with the tables of the whole.
   */
  @Test
  void theCommissionersOutcomesAreBrokenDownByEveryEquityHeadingAndSuppressedWithTheWhole() {
    PersonalOutcomes outcomes =
        PersonalOutcomes.byEquity(
            List.of(
                new WellbeingTally(3, 3, 2, 2, SOMEONE, 8),
                new WellbeingTally(-2, -1, -1, 0, SOMEONE_ELSE, 1)),
            4,
            List.of(
                new CommitmentTally("b", "Green Minds", Keeping.DONE_ON_TIME, SOMEONE, 10),
                new CommitmentTally("b", "Green Minds", Keeping.OVERDUE, SOMEONE_ELSE, 2)),
            "Actions",
            EIGHT);
    assertEquals(
        List.of(
            "wellbeing-life-satisfaction",
            "wellbeing-worthwhile",
            "wellbeing-happiness",
            "wellbeing-anxiety",
            "commitments",
            "wellbeing-by-deprivation",
            "wellbeing-by-age-band",
            "wellbeing-by-sex",
            "wellbeing-by-ethnicity",
            "wellbeing-by-portal",
            "commitments-by-deprivation",
            "commitments-by-age-band",
            "commitments-by-sex",
            "commitments-by-ethnicity",
            "commitments-by-portal"),
        outcomes.tables().stream().map(PersonalOutcomes.Table::id).toList());
    SuppressedTable deprivation = outcomes.tables().get(5).counts();
    assertEquals(Deprivation.values().length, deprivation.rows().size(), "every decile shown");
    assertEquals("DECILE_1", deprivation.rows().get(0).code());
    assertEquals(WellbeingChange.values().length, deprivation.columns().size());
    assertEquals(
        8L,
        deprivation.cell(0, WellbeingChange.BETTER_3_OR_MORE.ordinal()).count(),
        "the mean of 2.5 is 3 better");
    assertEquals(
        Visibility.PROTECTS_SMALL,
        deprivation.cell(0, WellbeingChange.BETTER_3_OR_MORE.ordinal()).visibility(),
        "else the one worse is the whole less it");
    assertEquals(
        Visibility.SMALL,
        deprivation
            .cell(Deprivation.UNKNOWN.ordinal(), WellbeingChange.WORSE_1_OR_2.ordinal())
            .visibility());
    assertEquals(
        Optional.of(9L), deprivation.total().published(), "the people measured twice, shown");
    for (int t = 5; t < 10; t++) {
      SuppressedTable table = outcomes.tables().get(t).counts();
      assertEquals(
          Visibility.SMALL,
          table.columnTotal(WellbeingChange.WORSE_1_OR_2.ordinal()).visibility(),
          "the one worse, hidden in every breakdown");
      assertTrue(
          table.columnTotal(WellbeingChange.BETTER_3_OR_MORE.ordinal()).suppressed(),
          "the other column total, the same in every breakdown, hidden in all: else the one"
              + " would be the whole less it");
    }
    SuppressedTable portal = outcomes.tables().get(14).counts();
    assertEquals(List.of("YES", "NO"), portal.rows().stream().map(Heading::code).toList());
    assertEquals(Visibility.SMALL, portal.rowTotal(0).visibility());
    assertEquals(Optional.of(12L), portal.total().published(), "every action");
    assertTrue(
        outcomes.tables().get(4).counts().columnTotal(Keeping.OVERDUE.ordinal()).suppressed(),
        "the commitments table's column totals are the breakdowns' too");
  }

  /**
   * Beside each row of a wellbeing breakdown, the mean change of the four questions of its people,
   * unrounded: 8 people in decile 1 better by 2.5 on average and 8 better by 0.25 make 1.375; 8 not
   * known worse by 1. A heading nobody is under has none.
   */
  @Test
  void eachHeadingOfAWellbeingBreakdownHasItsPeoplesMeanChangeOfTheFourQuestions() {
    PersonalOutcomes outcomes = twoGroupsOfSixteenAndEight();
    assertEquals(
        Optional.of(1.375), mean(outcomes, "wellbeing-by-deprivation", "DECILE_1"), "88 / 64");
    assertEquals(Optional.of(-1.0), mean(outcomes, "wellbeing-by-deprivation", "UNKNOWN"));
    assertEquals(
        Optional.empty(), mean(outcomes, "wellbeing-by-deprivation", "DECILE_2"), "nobody");
    assertEquals(Optional.of(1.375), mean(outcomes, "wellbeing-by-sex", "FEMALE"));
    assertEquals(Optional.of(-1.0), mean(outcomes, "wellbeing-by-portal", "YES"));
    assertEquals(
        5 * 2,
        outcomes.headingMeans().stream().filter(m -> m.improvement().isPresent()).count(),
        "the two groups' means in each of the five breakdowns");
    for (PersonalOutcomes.Table table : outcomes.tables()) {
      if (table.id().startsWith("wellbeing-by-")) {
        assertEquals(
            table.counts().rows().size(),
            outcomes.headingMeans().stream().filter(m -> m.table().equals(table.id())).count(),
            "one beside every row of " + table.id());
      }
    }
  }

  /**
   * One more person, in decile 2: their row's count is hidden, and so is their mean; every mean is
   * shown where, and only where, its row's number of people is.
   */
  @Test
  void noHeadingsMeanIsShownWhereItsNumberOfPeopleIsHidden() {
    PersonalOutcomes outcomes =
        twoGroupsOfSixteenAndEight(
            new WellbeingTally(
                4,
                4,
                4,
                4,
                new PersonHeadings("DECILE_2", "AGE_35_44", "FEMALE", "WHITE", "NO"),
                1));
    assertEquals(Optional.empty(), mean(outcomes, "wellbeing-by-deprivation", "DECILE_2"));
    for (PersonalOutcomes.Table table : outcomes.tables()) {
      if (!table.id().startsWith("wellbeing-by-")) {
        continue;
      }
      SuppressedTable counts = table.counts();
      for (int r = 0; r < counts.rows().size(); r++) {
        assertEquals(
            counts.rowTotal(r).published().filter(people -> people > 0).isPresent(),
            mean(outcomes, table.id(), counts.rows().get(r).code()).isPresent(),
            table.id() + ", " + counts.rows().get(r).code());
      }
    }
  }

  /**
   * 16 people in decile 1 (8 better by 2.5 on average, 8 by 0.25) and 8 not known worse by 1, then
   * any more.
   */
  private static PersonalOutcomes twoGroupsOfSixteenAndEight(WellbeingTally... more) {
    List<WellbeingTally> tallies =
        new ArrayList<>(
            List.of(
                new WellbeingTally(3, 3, 2, 2, SOMEONE, 8),
                new WellbeingTally(1, 0, 0, 0, SOMEONE, 8),
                new WellbeingTally(-2, -1, -1, 0, SOMEONE_ELSE, 8)));
    tallies.addAll(List.of(more));
    return PersonalOutcomes.byEquity(tallies, 4, List.of(), "Actions", EIGHT);
  }

  private static Optional<Double> mean(PersonalOutcomes outcomes, String table, String code) {
    return outcomes.headingMeans().stream()
        .filter(m -> m.table().equals(table) && m.heading().code().equals(code))
        .findFirst()
        .orElseThrow()
        .improvement();
  }

  @Test
  void anOrganisationsOutcomesHaveNoEquityBreakdowns() {
    assertEquals(
        5,
        PersonalOutcomes.of(List.of(), 0, List.of(), "Actions", EIGHT).tables().size(),
        "four wellbeing tables and the commitments");
    assertEquals(
        List.of(), PersonalOutcomes.of(List.of(), 0, List.of(), "Actions", EIGHT).headingMeans());
  }
}
