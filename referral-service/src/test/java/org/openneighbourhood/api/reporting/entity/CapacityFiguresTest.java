package org.openneighbourhood.api.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapacityFiguresTest {

  private final Period period = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 1));
  private final Suppression suppression = new Suppression(8);
  private final ServicesNow services = new ServicesNow(4, 2, 1, 1);

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

  @Test
  void theWaitingListIsTheOutcomeTablesOwnCountWithTheMedianWaitBesideIt() {
    CapacityFigures figures =
        CapacityFigures.of(report(9, 10), services, new Waiting(9, 12.5, 10), suppression);
    assertEquals(Optional.of(9L), figures.waitlisted().published());
    assertEquals(Optional.of(12.5), figures.medianDaysWaiting());
    assertEquals(Optional.of(10L), figures.reminded().published());
    assertEquals(services, figures.services(), "services, not people: shown as they are");
  }

  @Test
  void noMedianWaitOverAHiddenWaitingListAndFewRemindersAreHidden() {
    CapacityFigures figures =
        CapacityFigures.of(report(5, 10), services, new Waiting(5, 30.0, 3), suppression);
    assertTrue(figures.waitlisted().suppressed(), "5 on the list");
    assertEquals(Optional.empty(), figures.medianDaysWaiting(), "a median of 5 people's waits");
    assertEquals(Visibility.SMALL, figures.reminded().visibility(), "3 reminded");
  }
}
