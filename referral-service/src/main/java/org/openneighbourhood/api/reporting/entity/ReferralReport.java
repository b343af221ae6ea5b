package org.openneighbourhood.api.reporting.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The commissioner's report on the referrals sent in a period: the same referrals counted in
 * several tables, each suppressed so that nobody can be picked out, all sharing one whole and the
 * totals along each dimension (the referrals with each outcome are a row total of the table by
 * outcome and first answer and a column total of every table by outcome), which are hidden in all
 * of them or in none (see {@link Suppression}).
 */
public final class ReferralReport {

  /** A table of the report: what it counts, by which dimensions, and its suppressed counts. */
  public record Table(
      String id, String title, Dimension rows, Dimension columns, SuppressedTable counts) {}

  /** A share worth a sentence, or empty where a count it needs is hidden. */
  public record Share(String id, String label, Optional<Integer> percent) {}

  /** The tables every report has, in the order they are read. */
  static final List<Layout> LAYOUTS =
      List.of(
          new Layout(
              "month-category",
              "Referrals by month and service category",
              Dimension.MONTH,
              Dimension.CATEGORY),
          new Layout("sector", "Referrals by who referred", Dimension.SECTOR, Dimension.ALL),
          new Layout(
              "outcome-answer",
              "What happened to referrals, and how quickly they were first answered",
              Dimension.OUTCOME,
              Dimension.ANSWER),
          new Layout(
              "age-band",
              "Referrals by the person's age when referred",
              Dimension.AGE_BAND,
              Dimension.ALL),
          new Layout(
              "portal",
              "Referrals by whether the person has used the portal themselves",
              Dimension.PORTAL,
              Dimension.ALL),
          new Layout(
              "deprivation-outcome",
              "What happened to referrals, by the deprivation of where the person lives",
              Dimension.DEPRIVATION,
              Dimension.OUTCOME),
          new Layout(
              "deprivation-answer",
              "How quickly referrals were first answered, by the deprivation of where the person"
                  + " lives",
              Dimension.DEPRIVATION,
              Dimension.ANSWER),
          new Layout(
              "ethnicity-outcome",
              "What happened to referrals, by the person's ethnic group",
              Dimension.ETHNICITY,
              Dimension.OUTCOME),
          new Layout(
              "ethnicity-answer",
              "How quickly referrals were first answered, by the person's ethnic group",
              Dimension.ETHNICITY,
              Dimension.ANSWER),
          new Layout(
              "sex-outcome",
              "What happened to referrals, by the person's sex",
              Dimension.SEX,
              Dimension.OUTCOME),
          new Layout(
              "sex-answer",
              "How quickly referrals were first answered, by the person's sex",
              Dimension.SEX,
              Dimension.ANSWER),
          new Layout(
              "age-band-outcome",
              "What happened to referrals, by the person's age when referred",
              Dimension.AGE_BAND,
              Dimension.OUTCOME),
          new Layout(
              "age-band-answer",
              "How quickly referrals were first answered, by the person's age when referred",
              Dimension.AGE_BAND,
              Dimension.ANSWER),
          new Layout(
              "portal-outcome",
              "What happened to referrals, by whether the person has used the portal themselves",
              Dimension.PORTAL,
              Dimension.OUTCOME),
          new Layout(
              "portal-answer",
              "How quickly referrals were first answered, by whether the person has used the"
                  + " portal themselves",
              Dimension.PORTAL,
              Dimension.ANSWER));

  record Layout(String id, String title, Dimension rows, Dimension columns) {}

  private final Period period;
  private final int threshold;
  private final List<Table> tables;

  private ReferralReport(Period period, int threshold, List<Table> tables) {
    this.period = period;
    this.threshold = threshold;
    this.tables = tables;
  }

  /** Counts the tallies into every table, then suppresses them together. */
  public static ReferralReport of(Period period, List<Tally> tallies, Suppression suppression) {
    return ofCells(period, cells(tallies), suppression);
  }

  /**
   * Counts the cells into every table, then suppresses them together.
   *
   * @param cells of the tables of {@link #tableIds()}, each heading at most once in a table
   */
  public static ReferralReport ofCells(
      Period period, List<CellCount> cells, Suppression suppression) {
    List<SuppressedTable> suppressed = suppression.applyLinked(countsOf(period, cells));
    List<Table> tables = new ArrayList<>();
    for (int t = 0; t < LAYOUTS.size(); t++) {
      Layout layout = LAYOUTS.get(t);
      tables.add(
          new Table(
              layout.id(), layout.title(), layout.rows(), layout.columns(), suppressed.get(t)));
    }
    return new ReferralReport(period, suppression.threshold(), tables);
  }

  /** The ids of the tables every report has, in the order they are read. */
  public static List<String> tableIds() {
    return LAYOUTS.stream().map(Layout::id).toList();
  }

  /** The dimensions of the table with this id: its rows, then its columns. */
  public static List<Dimension> dimensions(String tableId) {
    Layout layout = layout(tableId);
    return List.of(layout.rows(), layout.columns());
  }

  private static Layout layout(String tableId) {
    return LAYOUTS.stream()
        .filter(layout -> layout.id().equals(tableId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No report table " + tableId));
  }

  /**
   * The cells of every table the tallies count into: each tally once in every table, those under
   * the same headings added up. What the kept cells must always equal.
   */
  public static List<CellCount> cells(List<Tally> tallies) {
    Map<List<String>, CellCount> cells = new LinkedHashMap<>();
    for (Layout layout : LAYOUTS) {
      for (Tally tally : tallies) {
        Heading row = layout.rows().of(tally);
        Heading column = layout.columns().of(tally);
        cells.merge(
            List.of(layout.id(), row.code(), column.code()),
            new CellCount(layout.id(), row, column, tally.count()),
            (a, b) -> new CellCount(a.table(), a.row(), a.column(), a.count() + b.count()));
      }
    }
    return new ArrayList<>(cells.values());
  }

  /** Every table of the report before suppression, in {@link #LAYOUTS}' order. */
  static List<CountTable> counts(Period period, List<Tally> tallies) {
    return countsOf(period, cells(tallies));
  }

  private static List<CountTable> countsOf(Period period, List<CellCount> cells) {
    Map<String, List<CellCount>> byTable = new HashMap<>();
    for (CellCount cell : cells) {
      byTable.computeIfAbsent(cell.table(), id -> new ArrayList<>()).add(cell);
    }
    for (String id : byTable.keySet()) {
      layout(id);
    }
    List<CountTable> counts = new ArrayList<>();
    for (Layout layout : LAYOUTS) {
      counts.add(
          count(layout, period, byTable.getOrDefault(layout.id(), List.of()))
              .sharing(figure(layout.rows()), figure(layout.columns())));
    }
    return counts;
  }

  /**
   * What a table's totals along a dimension count, the same in every table with that dimension down
   * or across (the referrals with each outcome): its name; none for {@link Dimension#ALL}, whose
   * one total is the whole.
   */
  static String figure(Dimension dimension) {
    return dimension == Dimension.ALL ? null : dimension.name();
  }

  private static CountTable count(Layout layout, Period period, List<CellCount> cells) {
    List<Heading> rows = layout.rows().headings(period, counted(cells, CellCount::row));
    List<Heading> columns = layout.columns().headings(period, counted(cells, CellCount::column));
    Map<String, Integer> rowIndex = index(rows);
    Map<String, Integer> columnIndex = index(columns);
    long[][] grid = new long[rows.size()][columns.size()];
    for (CellCount cell : cells) {
      Integer r = rowIndex.get(cell.row().code());
      Integer c = columnIndex.get(cell.column().code());
      if (r == null || c == null) {
        throw new IllegalArgumentException("A cell outside the report's headings: " + cell);
      }
      grid[r][c] += cell.count();
    }
    return new CountTable(rows, columns, grid);
  }

  /** The headings some referral is counted under: those of the cells counting any. */
  private static List<Heading> counted(
      List<CellCount> cells, Function<CellCount, Heading> heading) {
    return cells.stream().filter(cell -> cell.count() > 0).map(heading).toList();
  }

  private static Map<String, Integer> index(List<Heading> headings) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < headings.size(); i++) {
      index.put(headings.get(i).code(), i);
    }
    return index;
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

  /** The table of what happened to referrals by this equity heading ({@code ...-outcome}). */
  public Table outcomesBy(Dimension rows) {
    String id = outcomesTableId(rows);
    return tables.stream().filter(table -> table.id().equals(id)).findFirst().orElseThrow();
  }

  /** The id of the table of what happened to referrals by this dimension ({@code ...-outcome}). */
  public static String outcomesTableId(Dimension rows) {
    return LAYOUTS.stream()
        .filter(layout -> layout.rows() == rows && layout.columns() == Dimension.OUTCOME)
        .findFirst()
        .map(Layout::id)
        .orElseThrow(() -> new IllegalArgumentException("No table of outcomes by " + rows));
  }

  /**
   * The end of a table's title that says what it is broken down by ({@code "by the person's sex"}),
   * for a figure beside it that is broken down the same way.
   */
  public static String byWhat(Table table) {
    int by = table.title().lastIndexOf(", by ");
    if (by < 0) {
      throw new IllegalArgumentException("Not broken down by anything: " + table.id());
    }
    return table.title().substring(by + 2);
  }

  /** The whole: how many referrals were sent in the period (hidden when small). */
  public Cell referrals() {
    return tables.get(0).counts().total();
  }

  /**
   * Of the referrals sent, the share answered on time, the share declined for no capacity and the
   * share that expired with no answer by the deadline.
   */
  public List<Share> shares() {
    SuppressedTable outcomes = tables.get(2).counts();
    Cell whole = outcomes.total();
    return List.of(
        new Share(
            "answered-on-time",
            "Answered on time",
            Rate.percent(outcomes.columnTotal(Answer.ON_TIME.ordinal()), whole)),
        new Share(
            "declined-no-capacity",
            "Declined for no capacity",
            Rate.percent(outcomes.rowTotal(Outcome.DECLINED_NO_CAPACITY.ordinal()), whole)),
        new Share(
            "expired",
            "No answer by the deadline",
            Rate.percent(outcomes.rowTotal(Outcome.EXPIRED.ordinal()), whole)));
  }
}
