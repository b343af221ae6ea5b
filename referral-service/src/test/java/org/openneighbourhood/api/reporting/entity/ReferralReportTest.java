package org.openneighbourhood.api.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferralReportTest {

  private final Period period = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 3));

  private static Tally tally(
      int month, String category, ReferringSector sector, Outcome outcome, Answer answer, long n) {
    return new Tally(
        YearMonth.of(2026, month),
        category,
        category == null ? null : category + " name",
        sector,
        outcome,
        answer,
        AgeBand.AGE_25_34,
        month == 1,
        month == 1 ? Deprivation.DECILE_2 : Deprivation.UNKNOWN,
        month == 1 ? Ethnicity.BLACK : Ethnicity.NOT_STATED,
        month == 1 ? ReportedSex.FEMALE : ReportedSex.NOT_RECORDED,
        n);
  }

  /**
   * January's 20 completed on time (category b, from a GP practice) and 10 accepted late (a, a
   * self-referral); March's {@code expired} expired unanswered (no category, from a VCFSE).
   */
  private ReferralReport sample(long expired) {
    return ReferralReport.of(
        period,
        List.of(
            tally(1, "b", ReferringSector.GP_PRACTICE, Outcome.COMPLETED, Answer.ON_TIME, 20),
            tally(1, "a", ReferringSector.SELF, Outcome.ACCEPTED, Answer.LATE, 10),
            tally(3, null, ReferringSector.VCFSE, Outcome.EXPIRED, Answer.NONE, expired)),
        new Suppression(8));
  }

  @Test
  void theSameReferralsAreCountedByTheDeprivationOfWhereThePersonLives() {
    ReferralReport report = sample(12);
    SuppressedTable outcomes = report.tables().get(5).counts();
    assertEquals("deprivation-outcome", report.tables().get(5).id());
    assertEquals(
        List.of(
            "1 (most deprived)",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10 (least deprived)",
            "Not known"),
        outcomes.rows().stream().map(Heading::label).toList(),
        "every decile, zeros too, and those not known");
    int second = Deprivation.DECILE_2.ordinal();
    int unknown = Deprivation.UNKNOWN.ordinal();
    assertEquals(Optional.of(30L), outcomes.rowTotal(second).published(), "January's 30");
    assertEquals(Optional.of(20L), outcomes.cell(second, Outcome.COMPLETED.ordinal()).published());
    assertEquals(Optional.of(12L), outcomes.cell(unknown, Outcome.EXPIRED.ordinal()).published());
    assertEquals(Optional.of(0L), outcomes.rowTotal(Deprivation.DECILE_1.ordinal()).published());
    SuppressedTable answers = report.tables().get(6).counts();
    assertEquals(
        Optional.of(10L), answers.cell(second, Answer.LATE.ordinal()).published(), "a is late");
    assertEquals(Optional.of(12L), answers.rowTotal(unknown).published());
    assertEquals(Optional.of(42L), answers.total().published(), "the same referrals");
  }

  @Test
  void theSameReferralsAreCountedByThePersonsEthnicGroup() {
    ReferralReport report = sample(12);
    assertEquals("ethnicity-outcome", report.tables().get(7).id());
    SuppressedTable outcomes = report.tables().get(7).counts();
    assertEquals(
        List.of(
            "White",
            "Mixed or multiple ethnic groups",
            "Asian or Asian British",
            "Black, African, Caribbean or Black British",
            "Other ethnic group",
            "Not stated",
            "Not recorded"),
        outcomes.rows().stream().map(Heading::label).toList(),
        "every group, zeros too; not stated apart from not recorded");
    int black = Ethnicity.BLACK.ordinal();
    int notStated = Ethnicity.NOT_STATED.ordinal();
    assertEquals(Optional.of(30L), outcomes.rowTotal(black).published(), "January's 30");
    assertEquals(Optional.of(20L), outcomes.cell(black, Outcome.COMPLETED.ordinal()).published());
    assertEquals(Optional.of(12L), outcomes.cell(notStated, Outcome.EXPIRED.ordinal()).published());
    assertEquals(Optional.of(0L), outcomes.rowTotal(Ethnicity.NOT_RECORDED.ordinal()).published());
    assertEquals("ethnicity-answer", report.tables().get(8).id());
    SuppressedTable answers = report.tables().get(8).counts();
    assertEquals(
        Optional.of(10L), answers.cell(black, Answer.LATE.ordinal()).published(), "a is late");
    assertEquals(Optional.of(42L), answers.total().published(), "the same referrals");
  }

  @Test
  void anEthnicCategoryIsCountedInItsGroupAndNoneIsNotRecorded() {
    assertEquals(Ethnicity.WHITE, Ethnicity.of("A"));
    assertEquals(Ethnicity.MIXED, Ethnicity.of("G"));
    assertEquals(Ethnicity.ASIAN, Ethnicity.of("K"));
    assertEquals(Ethnicity.BLACK, Ethnicity.of("N"));
    assertEquals(Ethnicity.OTHER, Ethnicity.of("R"));
    assertEquals(Ethnicity.NOT_STATED, Ethnicity.of("Z"));
    assertEquals(Ethnicity.NOT_RECORDED, Ethnicity.of(null));
    String sql = Ethnicity.sql("p.ethnic_category");
    assertTrue(sql.contains("when 'H' then 'ASIAN'"), sql);
    assertTrue(sql.contains("when 'Z' then 'NOT_STATED'"), sql);
    assertTrue(sql.endsWith("else 'NOT_RECORDED' end"), sql);
  }

  @Test
  void theSameReferralsAreCountedByThePersonsSexWithNotRecordedARowOfItsOwn() {
    ReferralReport report = sample(12);
    assertEquals("sex-outcome", report.tables().get(9).id());
    SuppressedTable outcomes = report.tables().get(9).counts();
    assertEquals(
        List.of("Male", "Female", "Neither male nor female", "Not known", "Not recorded"),
        outcomes.rows().stream().map(Heading::label).toList(),
        "every value, zeros too; not known apart from not recorded");
    int female = ReportedSex.FEMALE.ordinal();
    int notRecorded = ReportedSex.NOT_RECORDED.ordinal();
    assertEquals(Optional.of(30L), outcomes.rowTotal(female).published(), "January's 30");
    assertEquals(Optional.of(20L), outcomes.cell(female, Outcome.COMPLETED.ordinal()).published());
    assertEquals(
        Optional.of(12L), outcomes.cell(notRecorded, Outcome.EXPIRED.ordinal()).published());
    assertEquals(Optional.of(0L), outcomes.rowTotal(ReportedSex.MALE.ordinal()).published());
    assertEquals(Optional.of(42L), outcomes.total().published(), "every referral counted");
    assertEquals("sex-answer", report.tables().get(10).id());
    SuppressedTable answers = report.tables().get(10).counts();
    assertEquals(
        Optional.of(10L), answers.cell(female, Answer.LATE.ordinal()).published(), "a is late");
    assertEquals(Optional.of(42L), answers.total().published(), "the same referrals");
    assertEquals("age-band-outcome", report.tables().get(11).id(), "after the sex tables");
    assertEquals(15, report.tables().size());
  }

  @Test
  void theAgeBandAndUseOfThePortalAreCountedByOutcomeAndFirstAnswerToo() {
    ReferralReport report = sample(12);
    SuppressedTable byAge = report.tables().get(11).counts();
    assertEquals("age-band-outcome", report.tables().get(11).id());
    int band = AgeBand.AGE_25_34.ordinal();
    assertEquals(Optional.of(20L), byAge.cell(band, Outcome.COMPLETED.ordinal()).published());
    assertEquals(Optional.of(42L), byAge.total().published(), "every referral counted");
    SuppressedTable byPortal = report.tables().get(13).counts();
    assertEquals("portal-outcome", report.tables().get(13).id());
    assertEquals("Has used the portal", byPortal.rows().get(0).label());
    assertEquals(
        Optional.of(12L),
        byPortal.cell(1, Outcome.EXPIRED.ordinal()).published(),
        "March's have not used it");
    assertEquals("portal-answer", report.tables().get(14).id());
    assertEquals(
        Optional.of(10L),
        report.tables().get(14).counts().cell(0, Answer.LATE.ordinal()).published(),
        "January's used it");
  }

  @Test
  void aStatedGenderCodeIsCountedAsItselfAndNoneIsNotRecorded() {
    assertEquals(ReportedSex.MALE, ReportedSex.of("1"));
    assertEquals(ReportedSex.FEMALE, ReportedSex.of("2"));
    assertEquals(ReportedSex.INDETERMINATE, ReportedSex.of("9"));
    assertEquals(ReportedSex.NOT_KNOWN, ReportedSex.of("X"));
    assertEquals(ReportedSex.NOT_RECORDED, ReportedSex.of(null));
    String sql = ReportedSex.sql("p.sex");
    assertEquals(
        "case p.sex when '1' then 'MALE' when '2' then 'FEMALE' when '9' then 'INDETERMINATE'"
            + " when 'X' then 'NOT_KNOWN' else 'NOT_RECORDED' end",
        sql);
    for (ReportedSex reported : ReportedSex.values()) {
      assertTrue(reported.name().length() <= 13, "fits V35's varchar(13): " + reported);
    }
  }

  @Test
  void aDecileIsFromOneToTenOrNotKnown() {
    assertEquals(Deprivation.DECILE_1, Deprivation.of(1));
    assertEquals(Deprivation.DECILE_10, Deprivation.of(10));
    assertEquals(Deprivation.UNKNOWN, Deprivation.of(null));
    assertThrows(IllegalArgumentException.class, () -> Deprivation.of(0));
    assertThrows(IllegalArgumentException.class, () -> Deprivation.of(11));
  }

  @Test
  void theSameReferralsAreCountedByAgeBandAndByWhetherThePersonUsesThePortal() {
    ReferralReport report = sample(3);
    SuppressedTable ages = report.tables().get(3).counts();
    assertEquals(AgeBand.values().length, ages.rows().size(), "every band, zeros too");
    assertEquals(
        Optional.of(33L), ages.rowTotal(AgeBand.AGE_25_34.ordinal()).published(), "all 25-34");
    assertEquals(Optional.of(0L), ages.rowTotal(AgeBand.AGE_75_PLUS.ordinal()).published());
    SuppressedTable portal = report.tables().get(4).counts();
    assertEquals(
        List.of("Has used the portal", "Has not used the portal"),
        portal.rows().stream().map(Heading::label).toList());
    assertTrue(portal.rowTotal(1).suppressed(), "3 who have not: fewer than 8");
    assertTrue(portal.rowTotal(0).suppressed(), "30 who have, held back: 33 less 30 gives 3");
  }

  @Test
  void anAgeFallsInItsBand() {
    assertEquals(AgeBand.AGE_0_17, AgeBand.of(0));
    assertEquals(AgeBand.AGE_0_17, AgeBand.of(17));
    assertEquals(AgeBand.AGE_18_24, AgeBand.of(18));
    assertEquals(AgeBand.AGE_65_74, AgeBand.of(74));
    assertEquals(AgeBand.AGE_75_PLUS, AgeBand.of(75));
    assertEquals(AgeBand.AGE_75_PLUS, AgeBand.of(120));
    assertThrows(IllegalArgumentException.class, () -> AgeBand.of(-1));
  }

  @Test
  void everyTableCountsTheSameReferralsByItsOwnHeadings() {
    ReferralReport report = sample(12);
    ReferralReport.Table byMonth = report.tables().get(0);
    assertEquals(
        List.of("January 2026", "February 2026", "March 2026"),
        byMonth.counts().rows().stream().map(Heading::label).toList());
    assertEquals(
        List.of("a name", "b name", "No category"),
        byMonth.counts().columns().stream().map(Heading::label).toList());
    assertEquals(Optional.of(10L), byMonth.counts().cell(0, 0).published());
    assertEquals(Optional.of(30L), byMonth.counts().rowTotal(0).published());
    assertEquals(Optional.of(0L), byMonth.counts().rowTotal(1).published());
    assertEquals(Optional.of(42L), report.referrals().published());
    ReferralReport.Table bySector = report.tables().get(1);
    assertEquals("SELF", bySector.counts().rows().get(4).code(), "no commissioner row unless used");
    assertEquals(Optional.of(10L), bySector.counts().cell(4, 0).published());
    assertEquals(
        List.of(
            new ReferralReport.Share("answered-on-time", "Answered on time", Optional.of(48)),
            new ReferralReport.Share(
                "declined-no-capacity", "Declined for no capacity", Optional.of(0)),
            new ReferralReport.Share("expired", "No answer by the deadline", Optional.of(29))),
        report.shares());
  }

  @Test
  void aSmallCountIsHiddenAndSoIsAShareThatWouldGiveItAway() {
    ReferralReport report =
        ReferralReport.of(
            period,
            List.of(
                tally(1, "a", ReferringSector.GP_PRACTICE, Outcome.COMPLETED, Answer.LATE, 20),
                tally(2, "a", ReferringSector.GP_PRACTICE, Outcome.COMPLETED, Answer.ON_TIME, 3),
                tally(2, "a", ReferringSector.PCN, Outcome.ACCEPTED, Answer.LATE, 30)),
            new Suppression(8));
    SuppressedTable outcomes = report.tables().get(2).counts();
    assertEquals(Visibility.SMALL, outcomes.cell(Outcome.COMPLETED.ordinal(), 0).visibility());
    assertTrue(outcomes.columnTotal(Answer.ON_TIME.ordinal()).suppressed());
    assertEquals(Optional.empty(), report.shares().get(0).percent());
  }

  @Test
  void aPeriodWithoutReferralsIsAReportOfZeros() {
    ReferralReport report = ReferralReport.of(period, List.of(), new Suppression(8));
    assertEquals(Optional.of(0L), report.referrals().published());
    assertEquals(
        List.of("All categories"),
        report.tables().get(0).counts().columns().stream().map(Heading::label).toList());
    assertEquals(Optional.of(0L), report.tables().get(0).counts().cell(2, 0).published());
    assertEquals(Optional.empty(), report.shares().get(0).percent(), "no share of nothing");
  }

  @Test
  void aPeriodEndsAfterItStartsAndLastsAtMostFiveYears() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Period(YearMonth.of(2026, 2), YearMonth.of(2026, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Period(YearMonth.of(2020, 1), YearMonth.of(2025, 1)));
    assertEquals(60, new Period(YearMonth.of(2020, 1), YearMonth.of(2024, 12)).months().size());
  }

  @Test
  void aReferralCountsInTheMonthItWasSentInLondon() {
    Period june = new Period(YearMonth.of(2026, 6), YearMonth.of(2026, 6));
    assertEquals("2026-05-31T23:00:00Z", june.start().toString(), "British Summer Time");
    assertEquals("2026-06-30T23:00:00Z", june.end().toString());
  }

  /**
   * The three expired referrals are a row total of the table by outcome and first answer and a
   * column total of every table by outcome: hidden in each of them, and the share that expired is
   * not shown, nor any other share over a hidden count.
   */
  @Test
  void aSmallTotalSharedByTablesIsHiddenInEveryOneAndNoShareRestsOnIt() {
    ReferralReport report = sample(3);
    int tablesByOutcome = 0;
    for (ReferralReport.Table table : report.tables()) {
      if (table.columns() == Dimension.OUTCOME) {
        tablesByOutcome++;
        assertTrue(table.counts().columnTotal(Outcome.EXPIRED.ordinal()).suppressed(), table.id());
      }
    }
    assertEquals(5, tablesByOutcome, "deprivation, ethnic group, sex, age band and portal use");
    assertTrue(report.tables().get(2).counts().rowTotal(Outcome.EXPIRED.ordinal()).suppressed());
    for (ReferralReport.Share share : report.shares()) {
      if (share.percent().isPresent()) {
        assertTrue(!report.referrals().suppressed(), share.id() + " over a hidden whole");
      }
    }
    assertEquals(
        Optional.empty(),
        report.shares().stream()
            .filter(s -> s.id().equals("expired"))
            .findFirst()
            .orElseThrow()
            .percent());
  }

  /**
   * The slowest reports to suppress are those with many small counts in every table, and small
   * totals shared by several tables: a year of months, twenty categories, referrals spread over
   * every outcome, answer, age band, decile, ethnic group and sex (the later headings of each
   * rarer), from a few hundred to a million in all. Each one's cells are suppressed well within the
   * interactive budget, and the same referrals are always suppressed the same way.
   */
  @Test
  void aReportOfManySmallCountsIsSuppressedQuicklyAndTheSameEachTime() {
    Period year = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 12));
    Suppression suppression = new Suppression(8);
    long slowest = 0;
    for (int referrals : new int[] {100, 300, 1_000, 3_000, 10_000, 1_000_000}) {
      java.util.Random random = new java.util.Random(referrals);
      java.util.Map<Tally, Long> counts = new java.util.LinkedHashMap<>();
      int tallies = Math.min(referrals, 20_000);
      for (int t = 0; t < tallies; t++) {
        String category = "c" + random.nextInt(20);
        Tally tally =
            new Tally(
                YearMonth.of(2026, 1 + random.nextInt(12)),
                category,
                category + " name",
                ReferringSector.values()[random.nextInt(4)],
                Outcome.values()[rare(random, Outcome.values().length)],
                Answer.values()[rare(random, Answer.values().length)],
                AgeBand.values()[rare(random, AgeBand.values().length)],
                random.nextBoolean(),
                Deprivation.values()[rare(random, Deprivation.values().length)],
                Ethnicity.values()[rare(random, Ethnicity.values().length)],
                ReportedSex.values()[rare(random, ReportedSex.values().length)],
                1);
        counts.merge(tally, (long) referrals / tallies, Long::sum);
      }
      List<Tally> thin =
          counts.entrySet().stream()
              .map(
                  e -> {
                    Tally t = e.getKey();
                    return new Tally(
                        t.month(),
                        t.category(),
                        t.categoryName(),
                        t.sector(),
                        t.outcome(),
                        t.answer(),
                        t.ageBand(),
                        t.usesPortal(),
                        t.deprivation(),
                        t.ethnicity(),
                        t.sex(),
                        e.getValue());
                  })
              .toList();
      List<CellCount> cells = ReferralReport.cells(thin);
      ReferralReport.ofCells(year, cells, suppression); // warm up
      long started = System.nanoTime();
      ReferralReport report = ReferralReport.ofCells(year, cells, suppression);
      long millis = (System.nanoTime() - started) / 1_000_000;
      slowest = Math.max(slowest, millis);
      ReferralReport again = ReferralReport.ofCells(year, cells, suppression);
      for (int t = 0; t < report.tables().size(); t++) {
        SuppressedTable first = report.tables().get(t).counts();
        SuppressedTable second = again.tables().get(t).counts();
        for (int r = 0; r <= first.rows().size(); r++) {
          for (int c = 0; c <= first.columns().size(); c++) {
            assertEquals(
                at(first, r, c).suppressed(),
                at(second, r, c).suppressed(),
                "the same suppression each time");
          }
        }
      }
    }
    assertTrue(slowest < 1_000, "the slowest report took " + slowest + " ms");
  }

  /** A heading's index, the later ones rarer: some totals along every dimension are small. */
  private static int rare(java.util.Random random, int headings) {
    double uniform = random.nextDouble();
    return (int) (headings * Math.pow(uniform, 6));
  }

  private static Cell at(SuppressedTable table, int r, int c) {
    boolean totalRow = r == table.rows().size();
    boolean totalColumn = c == table.columns().size();
    if (totalRow && totalColumn) {
      return table.total();
    }
    if (totalRow) {
      return table.columnTotal(c);
    }
    return totalColumn ? table.rowTotal(r) : table.cell(r, c);
  }
}
