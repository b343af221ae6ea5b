package org.openneighbourhood.api.reporting.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Capacity and response beside the commissioner's report: the services taking referrals now by
 * their declared capacity; of the report's referrals, those on a waiting list now (the outcome
 * table's own count, hidden where it is) and the median days they have waited so far, shown only
 * with that count; and how many had their service reminded to answer before the deadline. Declines
 * for no capacity and expired referrals are rows of the outcome table.
 *
 * <p>Both by every equity heading ({@link PersonHeadings#DIMENSIONS}): the median wait under each
 * heading is shown only where the table of what happened by that heading shows the heading's count
 * on a waiting list (a statistic, not a count: it adds no sum to work a hidden count out from), and
 * the referrals reminded are a table per dimension ({@code reminded-by-...}). The five count the
 * same referrals, so they are suppressed together and their whole, the one figure of reminders
 * beside the report, is hidden in all or in none; they share no total with the tables of referrals.
 */
public record CapacityFigures(
    ServicesNow services,
    double daysPaused,
    List<CategoryDemand> byCategory,
    Cell waitlisted,
    Optional<Double> medianDaysWaiting,
    Cell reminded,
    List<ReferralReport.Table> remindedTables,
    List<MedianWait> medianWaits) {

  /**
   * The median days on a waiting list so far of a heading's referrals, beside the table of what
   * happened to referrals by its dimension ({@code table}, the row {@code heading}), or empty where
   * that table hides the heading's count on a waiting list or nobody under it is on one.
   */
  public record MedianWait(String table, Heading heading, Optional<Double> days) {}

  /**
   * Demand against declared capacity in one service category: the report's referrals to its
   * services (the column total of the table by month and category, hidden where it is; 0 where no
   * referral was sent), beside what its services declared.
   */
  public record CategoryDemand(Heading category, Cell referrals, CategoryCapacity capacity) {}

  private static final String REMINDED = "Referrals whose service was reminded to answer";

  public CapacityFigures {
    byCategory = List.copyOf(byCategory);
    remindedTables = List.copyOf(remindedTables);
    medianWaits = List.copyOf(medianWaits);
  }

  /**
   * @param categories the services taking referrals now, by first category, with the filters of the
   *     report
   */
  public static CapacityFigures of(
      ReferralReport report,
      List<CategoryCapacity> categories,
      Waiting waiting,
      Suppression suppression) {
    Cell waitlisted = report.tables().get(2).counts().rowTotal(Outcome.WAITLISTED.ordinal());
    boolean shown =
        !waitlisted.suppressed()
            && waiting.medianDays() != null
            && waiting.waitlisted() > 0
            && !suppression.isSmall(waiting.waitlisted());
    List<CountTable> counts = new ArrayList<>();
    for (Dimension dimension : PersonHeadings.DIMENSIONS) {
      counts.add(remindedBy(dimension, report.period(), waiting));
    }
    List<SuppressedTable> suppressed = suppression.applyLinked(counts);
    List<ReferralReport.Table> tables = new ArrayList<>();
    List<MedianWait> medians = new ArrayList<>();
    for (int d = 0; d < PersonHeadings.DIMENSIONS.size(); d++) {
      Dimension dimension = PersonHeadings.DIMENSIONS.get(d);
      ReferralReport.Table outcomes = report.outcomesBy(dimension);
      tables.add(
          new ReferralReport.Table(
              "reminded-by-" + PersonalOutcomes.id(dimension),
              REMINDED + " before the deadline, " + ReferralReport.byWhat(outcomes),
              dimension,
              Dimension.ALL,
              suppressed.get(d)));
      medians.addAll(medianWaits(outcomes, waiting, suppression));
    }
    return new CapacityFigures(
        CategoryCapacity.servicesNow(categories),
        CategoryCapacity.daysPaused(categories),
        demand(report, categories),
        waitlisted,
        shown ? Optional.of(waiting.medianDays()) : Optional.empty(),
        suppressed.get(0).total(),
        tables,
        medians);
  }

  /**
   * Every category with services taking referrals now or with referrals in the report, by name, "No
   * category" last: its referrals (the report's own published count) and its services.
   */
  private static List<CategoryDemand> demand(
      ReferralReport report, List<CategoryCapacity> categories) {
    SuppressedTable byCategory = report.tables().get(0).counts();
    Map<String, CategoryDemand> rows = new java.util.HashMap<>();
    for (int c = 0; c < byCategory.columns().size(); c++) {
      Heading category = byCategory.columns().get(c);
      Cell referrals = byCategory.columnTotal(c);
      if (referrals.count() > 0) {
        rows.put(
            category.code(),
            new CategoryDemand(
                category,
                referrals,
                new CategoryCapacity(category, new ServicesNow(0, 0, 0, 0), 0, 0, 0)));
      }
    }
    for (CategoryCapacity capacity : categories) {
      CategoryDemand demanded = rows.get(capacity.category().code());
      rows.put(
          capacity.category().code(),
          new CategoryDemand(
              demanded == null ? capacity.category() : demanded.category(),
              demanded == null ? new Cell(0, Visibility.SHOWN) : demanded.referrals(),
              capacity));
    }
    List<CategoryDemand> ordered = new ArrayList<>(rows.values());
    ordered.sort(
        java.util.Comparator.comparing(
                (CategoryDemand d) -> Dimension.NO_CATEGORY_CODE.equals(d.category().code()))
            .thenComparing(d -> d.category().label())
            .thenComparing(d -> d.category().code()));
    return ordered;
  }

  /** The referrals reminded by the headings of one dimension: one column, every heading a row. */
  private static CountTable remindedBy(Dimension dimension, Period period, Waiting waiting) {
    List<Heading> rows = dimension.headings(period, List.of());
    Map<String, Long> reminded = waiting.remindedByHeading().getOrDefault(dimension, Map.of());
    long[][] grid = new long[rows.size()][1];
    for (int r = 0; r < rows.size(); r++) {
      grid[r][0] = reminded.getOrDefault(rows.get(r).code(), 0L);
    }
    long counted = 0;
    for (long[] row : grid) {
      counted += row[0];
    }
    if (counted != waiting.reminded()) {
      throw new IllegalArgumentException("Reminders outside the headings of " + dimension);
    }
    return new CountTable(rows, Dimension.ALL.headings(period, List.of()), grid);
  }

  /** A median wait for every row of a table of outcomes by an equity heading. */
  private static List<MedianWait> medianWaits(
      ReferralReport.Table outcomes, Waiting waiting, Suppression suppression) {
    Map<String, Double> medians =
        waiting.medianDaysByHeading().getOrDefault(outcomes.rows(), Map.of());
    SuppressedTable counts = outcomes.counts();
    int column = Outcome.WAITLISTED.ordinal();
    List<MedianWait> waits = new ArrayList<>();
    for (int r = 0; r < counts.rows().size(); r++) {
      Heading heading = counts.rows().get(r);
      Cell onTheList = counts.cell(r, column);
      Double days = medians.get(heading.code());
      boolean shown = days != null && suppression.allowsFigureFrom(onTheList);
      waits.add(
          new MedianWait(outcomes.id(), heading, shown ? Optional.of(days) : Optional.empty()));
    }
    return waits;
  }
}
