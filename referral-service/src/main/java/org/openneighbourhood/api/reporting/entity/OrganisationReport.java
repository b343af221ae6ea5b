package org.openneighbourhood.api.reporting.entity;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One organisation's report on the referrals it was sent in a period, a report it can take to a
 * funder: what it was sent, by month and service and by who referred; what happened to them,
 * declines by their coded reason; how many people it took on; how long the completed ones were with
 * it; by the deprivation of where the people referred live; and its share of the neighbourhood's
 * referrals. The tables count the same referrals and are suppressed together (see {@link
 * Suppression}); each figure outside them is hidden when small, and a share or a time whenever a
 * count it rests on is hidden.
 */
public final class OrganisationReport {

  /** A table of the report: what it counts, the words for its two headings, its counts. */
  public record Table(
      String id, String title, String rowHeading, String columnHeading, SuppressedTable counts) {}

  /** The time in service where it may be shown: hidden with the completed referrals it rests on. */
  public record Time(Cell completed, Optional<Double> medianDays, Optional<Double> meanDays) {}

  private static final DateTimeFormatter MONTH_LABEL =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final Heading ANY_SERVICE = new Heading("all", "All services");
  private static final Heading ALL = new Heading("all", "Referrals");

  private final Period period;
  private final int threshold;
  private final List<Table> tables;
  private final Cell peopleTakenOn;
  private final Time timeInService;
  private final Cell areaReferrals;

  private OrganisationReport(
      Period period,
      int threshold,
      List<Table> tables,
      Cell peopleTakenOn,
      Time timeInService,
      Cell areaReferrals) {
    this.period = period;
    this.threshold = threshold;
    this.tables = tables;
    this.peopleTakenOn = peopleTakenOn;
    this.timeInService = timeInService;
    this.areaReferrals = areaReferrals;
  }

  /**
   * @param tallies the organisation's referrals sent in the period, counted
   * @param peopleTakenOn how many different people those taken on and not let go were (accepted, in
   *     progress or completed)
   * @param time accepted to completed, over the completed ones
   * @param areaReferrals how many referrals were sent in the period to any organisation
   */
  public static OrganisationReport of(
      Period period,
      List<ReceivedTally> tallies,
      long peopleTakenOn,
      TimeInService time,
      long areaReferrals,
      Suppression suppression) {
    List<Heading> months = period.months().stream().map(OrganisationReport::month).toList();
    List<Heading> services = services(tallies);
    List<Heading> sectors =
        Arrays.stream(ReferringSector.values())
            .filter(
                sector ->
                    sector != ReferringSector.COMMISSIONER
                        || tallies.stream().anyMatch(t -> t.sector() == sector))
            .map(sector -> new Heading(sector.name(), sector.label()))
            .toList();
    List<Heading> results =
        Arrays.stream(Result.values()).map(r -> new Heading(r.name(), r.label())).toList();
    List<Heading> deciles =
        Arrays.stream(Deprivation.values()).map(d -> new Heading(d.name(), d.label())).toList();
    List<CountTable> counts =
        List.of(
            CountTable.counting(
                months,
                services,
                tallies,
                t -> t.month().toString(),
                ReceivedTally::service,
                ReceivedTally::count),
            CountTable.counting(
                results,
                List.of(ALL),
                tallies,
                t -> t.result().name(),
                t -> ALL.code(),
                ReceivedTally::count),
            CountTable.counting(
                sectors,
                List.of(ALL),
                tallies,
                t -> t.sector().name(),
                t -> ALL.code(),
                ReceivedTally::count),
            CountTable.counting(
                deciles,
                List.of(ALL),
                tallies,
                t -> t.deprivation().name(),
                t -> ALL.code(),
                ReceivedTally::count));
    List<SuppressedTable> suppressed = suppression.applyLinked(counts);
    List<Table> tables =
        List.of(
            new Table(
                "month-service",
                "Referrals sent to us by month and service",
                "Month",
                "Service",
                suppressed.get(0)),
            new Table(
                "result",
                "What happened to the referrals, and why any were declined",
                "What happened",
                "Referrals",
                suppressed.get(1)),
            new Table("sector", "Who referred them", "Referred by", "Referrals", suppressed.get(2)),
            new Table(
                "deprivation",
                "The deprivation of where the people referred live",
                "Deprivation decile (IMD)",
                "Referrals",
                suppressed.get(3)));
    Cell completed = suppressed.get(1).rowTotal(Result.COMPLETED.ordinal());
    boolean timeShown =
        !completed.suppressed() && time.completed() > 0 && !suppression.isSmall(time.completed());
    Time shownTime =
        new Time(
            completed,
            timeShown ? Optional.of(time.medianDays()) : Optional.empty(),
            timeShown ? Optional.of(time.meanDays()) : Optional.empty());
    return new OrganisationReport(
        period,
        suppression.threshold(),
        tables,
        alone(peopleTakenOn, suppression),
        shownTime,
        alone(areaReferrals, suppression));
  }

  /** A figure published on its own: hidden when it is small. */
  private static Cell alone(long count, Suppression suppression) {
    return new Cell(count, suppression.isSmall(count) ? Visibility.SMALL : Visibility.SHOWN);
  }

  private static Heading month(YearMonth month) {
    return new Heading(month.toString(), month.format(MONTH_LABEL));
  }

  /** The services referrals were sent to, by name; one column of zeros when there were none. */
  private static List<Heading> services(List<ReceivedTally> tallies) {
    Map<String, Heading> named = new LinkedHashMap<>();
    for (ReceivedTally tally : tallies) {
      named.putIfAbsent(tally.service(), new Heading(tally.service(), tally.serviceName()));
    }
    List<Heading> headings = new ArrayList<>(named.values());
    headings.sort(Comparator.comparing(Heading::label).thenComparing(Heading::code));
    return headings.isEmpty() ? List.of(ANY_SERVICE) : headings;
  }

  public Period period() {
    return period;
  }

  public int threshold() {
    return threshold;
  }

  public List<Table> tables() {
    return tables;
  }

  /** How many referrals the organisation was sent in the period (hidden when small). */
  public Cell referrals() {
    return tables.get(0).counts().total();
  }

  /** How many different people it took on and kept: accepted, in progress or completed. */
  public Cell peopleTakenOn() {
    return peopleTakenOn;
  }

  public Time timeInService() {
    return timeInService;
  }

  /**
   * Of the referrals sent to it, the share taken on and the share declined; and its share of all
   * the referrals sent in the neighbourhood in the period. Each empty where a count it needs is
   * hidden.
   */
  public List<ReferralReport.Share> shares() {
    SuppressedTable results = tables.get(1).counts();
    Cell whole = results.total();
    return List.of(
        new ReferralReport.Share(
            "taken-on",
            "Taken on (waiting list, accepted, completed or did not engage)",
            Rate.percent(sum(results, Result::takenOn), whole)),
        new ReferralReport.Share(
            "declined", "Declined", Rate.percent(sum(results, Result::declined), whole)),
        new ReferralReport.Share(
            "share-of-area",
            "Share of all the referrals sent in the neighbourhood",
            Rate.percent(whole, areaReferrals)));
  }

  /** The sum of some rows: shown only when every one of them is. */
  private static Cell sum(SuppressedTable table, Predicate<Result> which) {
    long sum = 0;
    boolean hidden = false;
    for (Result result : Result.values()) {
      if (which.test(result)) {
        Cell row = table.rowTotal(result.ordinal());
        sum += row.count();
        hidden |= row.suppressed();
      }
    }
    return new Cell(sum, hidden ? Visibility.PROTECTS_SMALL : Visibility.SHOWN);
  }
}
