package org.openneighbourhood.api.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapacityFiguresTest {

  private final Period period = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 1));
  private final Suppression suppression = new Suppression(8);
  private final ServicesNow services = new ServicesNow(4, 2, 1, 1);

  /** Category c's services (the report's referrals are to c's), and a category with none sent. */
  private final List<CategoryCapacity> categories =
      List.of(
          new CategoryCapacity(new Heading("c", "C"), new ServicesNow(3, 2, 0, 1), 12, 1, 2.5),
          new CategoryCapacity(
              new Heading("b", "Befriending"), new ServicesNow(1, 0, 1, 0), 0, 2, 7));

  private ReferralReport report(long waitlisted, long waiting) {
    return ReferralReport.of(
        period,
        List.of(
            new Tally(
                YearMonth.of(2026, 1),
                "c",
                "C",
                ReferringSector.PCN,
                Outcome.WAITLISTED,
                Answer.ON_TIME,
                AgeBand.AGE_75_PLUS,
                true,
                Deprivation.DECILE_3,
                Ethnicity.ASIAN,
                ReportedSex.FEMALE,
                waitlisted),
            new Tally(
                YearMonth.of(2026, 1),
                "c",
                "C",
                ReferringSector.PCN,
                Outcome.AWAITING_ANSWER,
                Answer.NONE,
                AgeBand.AGE_18_24,
                false,
                Deprivation.UNKNOWN,
                Ethnicity.NOT_RECORDED,
                ReportedSex.NOT_RECORDED,
                waiting)),
        suppression);
  }

  /** Every heading of the report's second tally (the 10 waiting for an answer), with a count. */
  private static Map<Dimension, Map<String, Long>> remindedUnder(
      long onePortion, String ageBand, long otherPortion, String otherAgeBand) {
    long all = onePortion + otherPortion;
    Map<Dimension, Map<String, Long>> reminded = new EnumMap<>(Dimension.class);
    reminded.put(Dimension.DEPRIVATION, Map.of(Deprivation.UNKNOWN.name(), all));
    reminded.put(Dimension.SEX, Map.of(ReportedSex.NOT_RECORDED.name(), all));
    reminded.put(Dimension.ETHNICITY, Map.of(Ethnicity.NOT_RECORDED.name(), all));
    reminded.put(Dimension.PORTAL, Map.of(Dimension.NOT_PORTAL_CODE, all));
    reminded.put(Dimension.AGE_BAND, Map.of(ageBand, onePortion, otherAgeBand, otherPortion));
    return reminded;
  }

  /** The median wait of the report's first tally (those on the list) under each of its headings. */
  private static Map<Dimension, Map<String, Double>> mediansOfTheWaitlisted(double days) {
    return Map.of(
        Dimension.DEPRIVATION, Map.of(Deprivation.DECILE_3.name(), days),
        Dimension.AGE_BAND, Map.of(AgeBand.AGE_75_PLUS.name(), days),
        Dimension.SEX, Map.of(ReportedSex.FEMALE.name(), days),
        Dimension.ETHNICITY, Map.of(Ethnicity.ASIAN.name(), days),
        Dimension.PORTAL, Map.of(Dimension.USES_PORTAL_CODE, days));
  }

  /**
   * The capacity figures of {@link #report} beside {@link #categories}: those on the list waited a
   * median of {@code median} days under each of their headings, and the referrals waiting for an
   * answer were reminded, some aged 18 to 24 and some 25 to 34.
   */
  private CapacityFigures figures(
      long waitlisted, long waiting, double median, long reminded18To24, long reminded25To34) {
    return CapacityFigures.of(
        report(waitlisted, waiting),
        categories,
        new Waiting(
            waitlisted,
            median,
            reminded18To24 + reminded25To34,
            mediansOfTheWaitlisted(median),
            remindedUnder(
                reminded18To24,
                AgeBand.AGE_18_24.name(),
                reminded25To34,
                AgeBand.AGE_25_34.name())),
        suppression);
  }

  private static Optional<Double> medianBeside(
      CapacityFigures figures, String table, String heading) {
    return figures.medianWaits().stream()
        .filter(wait -> wait.table().equals(table) && wait.heading().code().equals(heading))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no median wait for " + table + " " + heading))
        .days();
  }

  private static SuppressedTable remindedBy(CapacityFigures figures, String id) {
    return figures.remindedTables().stream()
        .filter(table -> table.id().equals(id))
        .findFirst()
        .orElseThrow()
        .counts();
  }

  private static int row(SuppressedTable table, String code) {
    for (int r = 0; r < table.rows().size(); r++) {
      if (table.rows().get(r).code().equals(code)) {
        return r;
      }
    }
    throw new AssertionError("no row " + code);
  }

  @Test
  void theWaitingListIsTheOutcomeTablesOwnCountWithTheMedianWaitBesideIt() {
    CapacityFigures figures = figures(9, 10, 12.5, 10, 0);
    assertEquals(Optional.of(9L), figures.waitlisted().published());
    assertEquals(Optional.of(12.5), figures.medianDaysWaiting());
    assertEquals(Optional.of(10L), figures.reminded().published());
    assertEquals(services, figures.services(), "services, not people: shown as they are");
    assertEquals(9.5, figures.daysPaused(), 1e-9, "2.5 days in c and 7 in b: service-days");
  }

  @Test
  void demandIsBesideTheCapacityDeclaredInEachCategory() {
    CapacityFigures figures = figures(9, 10, 12.5, 0, 0);
    assertEquals(
        List.of("Befriending", "C"),
        figures.byCategory().stream().map(d -> d.category().label()).toList(),
        "by name");
    CapacityFigures.CategoryDemand befriending = figures.byCategory().get(0);
    assertEquals(Optional.of(0L), befriending.referrals().published(), "none sent: 0, shown");
    assertEquals(7.0, befriending.capacity().daysPaused(), 1e-9);
    CapacityFigures.CategoryDemand c = figures.byCategory().get(1);
    assertEquals(Optional.of(19L), c.referrals().published(), "the 9 waitlisted and 10 waiting");
    assertEquals(12, c.capacity().mostOpenDeclared());

    CapacityFigures few =
        CapacityFigures.of(
            report(2, 3),
            List.of(),
            new Waiting(
                2,
                null,
                0,
                Map.of(),
                remindedUnder(0, AgeBand.AGE_18_24.name(), 0, AgeBand.AGE_25_34.name())),
            suppression);
    CapacityFigures.CategoryDemand unserved = few.byCategory().get(0);
    assertEquals("c", unserved.category().code(), "referrals sent, but no service now");
    assertEquals(Visibility.SMALL, unserved.referrals().visibility(), "5 referrals");
    assertEquals(new ServicesNow(0, 0, 0, 0), unserved.capacity().now());
  }

  @Test
  void eachHeadingsMedianWaitIsBesideItsCountOnTheListAndShownOnlyWithIt() {
    CapacityFigures shown = figures(9, 10, 12.5, 0, 0);
    assertEquals(Optional.of(12.5), medianBeside(shown, "age-band-outcome", "AGE_75_PLUS"));
    assertEquals(Optional.of(12.5), medianBeside(shown, "deprivation-outcome", "DECILE_3"));
    assertEquals(Optional.of(12.5), medianBeside(shown, "portal-outcome", "YES"));
    assertEquals(
        Optional.empty(), medianBeside(shown, "age-band-outcome", "AGE_18_24"), "nobody waiting");
    assertEquals(
        shown.medianWaits().size(),
        report(9, 10).tables().stream()
            .filter(t -> t.columns() == Dimension.OUTCOME && t.rows() != Dimension.OUTCOME)
            .mapToInt(t -> t.counts().rows().size())
            .sum(),
        "one beside every row of the five tables of outcomes by equity heading");

    CapacityFigures hidden = figures(5, 10, 30.0, 0, 0);
    assertEquals(
        Optional.empty(),
        medianBeside(hidden, "sex-outcome", "FEMALE"),
        "5 on the list: their count is hidden, so is the median of their waits");
  }

  @Test
  void theRemindersByEachHeadingAreTablesSuppressedTogetherWithTheFigureOfAll() {
    CapacityFigures figures = figures(9, 10, 12.5, 3, 7);
    assertEquals(
        List.of(
            "reminded-by-deprivation",
            "reminded-by-age-band",
            "reminded-by-sex",
            "reminded-by-ethnicity",
            "reminded-by-portal"),
        figures.remindedTables().stream().map(ReferralReport.Table::id).toList());
    assertEquals(
        "Referrals whose service was reminded to answer before the deadline, by the person's sex",
        figures.remindedTables().get(2).title());
    SuppressedTable byAge = remindedBy(figures, "reminded-by-age-band");
    assertEquals(Visibility.SMALL, byAge.cell(row(byAge, "AGE_18_24"), 0).visibility(), "3");
    assertEquals(Visibility.SMALL, byAge.cell(row(byAge, "AGE_25_34"), 0).visibility(), "7");
    assertEquals(Optional.of(10L), byAge.total().published(), "two hidden: neither worked out");
    SuppressedTable bySex = remindedBy(figures, "reminded-by-sex");
    assertEquals(
        Optional.of(10L), bySex.cell(row(bySex, ReportedSex.NOT_RECORDED.name()), 0).published());
    assertEquals(Optional.of(10L), figures.reminded().published(), "the whole of all five");

    CapacityFigures few = figures(9, 10, 12.5, 3, 0);
    assertEquals(Visibility.SMALL, few.reminded().visibility(), "3 reminded");
    few.remindedTables()
        .forEach(
            table ->
                assertTrue(table.counts().total().suppressed(), "hidden in all: " + table.id()));
  }

  @Test
  void remindersByAHeadingThatDoNotAddUpToTheWholeAreRefused() {
    Map<Dimension, Map<String, Long>> reminded =
        new EnumMap<>(remindedUnder(10, AgeBand.AGE_18_24.name(), 0, AgeBand.AGE_25_34.name()));
    reminded.put(Dimension.SEX, Map.of(ReportedSex.NOT_RECORDED.name(), 4L));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Waiting(9, 12.5, 10, Map.of(), reminded),
        "4 by sex of 10 reminded");
  }

  @Test
  void noMedianWaitOverAHiddenWaitingListAndFewRemindersAreHidden() {
    CapacityFigures figures = figures(5, 10, 30.0, 3, 0);
    assertTrue(figures.waitlisted().suppressed(), "5 on the list");
    assertEquals(Optional.empty(), figures.medianDaysWaiting(), "a median of 5 people's waits");
    assertEquals(Visibility.SMALL, figures.reminded().visibility(), "3 reminded");
  }
}
