package org.openneighbourhood.api.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationReportTest {

  private final Period period = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
  private final Suppression suppression = new Suppression(8);

  private static ReceivedTally tally(
      int month, String service, ReferringSector sector, Result result, long n) {
    return new ReceivedTally(
        YearMonth.of(2026, month),
        service,
        service + " name",
        sector,
        result,
        month == 1 ? Deprivation.DECILE_1 : Deprivation.UNKNOWN,
        n);
  }

  private static List<Optional<Integer>> percents(OrganisationReport report) {
    return report.shares().stream().map(ReferralReport.Share::percent).toList();
  }

  @Test
  void countsWhatTheOrganisationWasSentByMonthServiceResultAndReferrer() {
    OrganisationReport report =
        OrganisationReport.of(
            period,
            List.of(
                tally(1, "walk", ReferringSector.GP_PRACTICE, Result.COMPLETED, 12),
                tally(2, "walk", ReferringSector.PCN, Result.DECLINED_NOT_ELIGIBLE, 10),
                tally(2, "allot", ReferringSector.PCN, Result.ACCEPTED, 8)),
            17,
            new TimeInService(12, 20.0, 24.5),
            300,
            suppression);
    SuppressedTable byMonth = report.tables().get(0).counts();
    assertEquals(
        List.of("allot name", "walk name"),
        byMonth.columns().stream().map(Heading::label).toList());
    assertEquals(Optional.of(12L), byMonth.cell(0, 1).published());
    assertEquals(Optional.of(18L), byMonth.rowTotal(1).published());
    assertEquals(Optional.of(30L), report.referrals().published());
    SuppressedTable results = report.tables().get(1).counts();
    assertEquals(Result.values().length, results.rows().size(), "every result, zeros too");
    assertEquals(
        Optional.of(10L), results.rowTotal(Result.DECLINED_NOT_ELIGIBLE.ordinal()).published());
    assertEquals(Optional.of(17L), report.peopleTakenOn().published());
    SuppressedTable deprivation = report.tables().get(3).counts();
    assertEquals("deprivation", report.tables().get(3).id());
    assertEquals(Deprivation.values().length, deprivation.rows().size(), "every decile, zeros too");
    assertEquals(
        Optional.of(12L), deprivation.rowTotal(Deprivation.DECILE_1.ordinal()).published());
    assertEquals(Optional.of(18L), deprivation.rowTotal(Deprivation.UNKNOWN.ordinal()).published());
    assertEquals(Optional.of(20.0), report.timeInService().medianDays());
    assertEquals(Optional.of(24.5), report.timeInService().meanDays());
    assertEquals(
        List.of(Optional.of(67), Optional.of(33), Optional.of(10)),
        percents(report),
        "20 of 30 taken on, 10 of 30 declined, 30 of the area's 300");
  }

  @Test
  void aSmallFigureIsHiddenAndSoIsEveryShareOrTimeThatRestsOnIt() {
    OrganisationReport report =
        OrganisationReport.of(
            period,
            List.of(
                tally(1, "walk", ReferringSector.GP_PRACTICE, Result.COMPLETED, 5),
                tally(1, "walk", ReferringSector.GP_PRACTICE, Result.DECLINED_NO_CAPACITY, 9),
                tally(2, "walk", ReferringSector.SELF, Result.DECLINED_OTHER, 10)),
            5,
            new TimeInService(5, 3.0, 4.0),
            6,
            suppression);
    SuppressedTable results = report.tables().get(1).counts();
    assertTrue(results.rowTotal(Result.COMPLETED.ordinal()).suppressed(), "5 completed");
    assertTrue(report.peopleTakenOn().suppressed(), "5 people");
    assertEquals(Optional.empty(), report.timeInService().medianDays(), "over 5 people");
    assertEquals(Optional.empty(), report.timeInService().meanDays());
    assertEquals(
        List.of(Optional.empty(), Optional.empty(), Optional.empty()),
        percents(report),
        "taken on: 5, hidden; declined: 9 + 10 with one held back to protect the 5; the area: 6");
  }

  @Test
  void aPeriodWithoutReferralsHasOneColumnOfZerosAndNoTime() {
    OrganisationReport report =
        OrganisationReport.of(period, List.of(), 0, TimeInService.NONE, 0, suppression);
    assertEquals(
        List.of("All services"),
        report.tables().get(0).counts().columns().stream().map(Heading::label).toList());
    assertEquals(Optional.of(0L), report.referrals().published());
    assertEquals(Optional.empty(), report.timeInService().meanDays());
    assertEquals(
        List.of(Optional.empty(), Optional.empty(), Optional.empty()),
        percents(report),
        "no share of nothing");
  }
}
