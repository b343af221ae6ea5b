package org.openneighbourhood.api.reporting.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Counts of referrals by two headings (a month and a service category; a way of answering and how
 * quickly), with every row, column and the whole counted once: each referral is in exactly one
 * cell. Not yet fit to publish: {@link Suppression} makes it so.
 */
public final class CountTable {

  private final List<Heading> rows;
  private final List<Heading> columns;
  private final long[][] counts;
  private final String rowFigure;
  private final String columnFigure;

  /**
   * @param counts one array per row, one count per column
   */
  public CountTable(List<Heading> rows, List<Heading> columns, long[][] counts) {
    this(rows, columns, counts, null, null);
  }

  private CountTable(
      List<Heading> rows,
      List<Heading> columns,
      long[][] counts,
      String rowFigure,
      String columnFigure) {
    this.rowFigure = rowFigure;
    this.columnFigure = columnFigure;
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    if (this.rows.isEmpty() || this.columns.isEmpty()) {
      throw new IllegalArgumentException("A table has at least one row and one column");
    }
    Objects.requireNonNull(counts, "counts");
    if (counts.length != this.rows.size()) {
      throw new IllegalArgumentException("One array of counts per row");
    }
    this.counts = new long[counts.length][];
    for (int r = 0; r < counts.length; r++) {
      if (counts[r].length != this.columns.size()) {
        throw new IllegalArgumentException("One count per column in row " + r);
      }
      for (long count : counts[r]) {
        if (count < 0) {
          throw new IllegalArgumentException("A count is never negative");
        }
      }
      this.counts[r] = counts[r].clone();
    }
  }

  /**
   * Counts tallies into a table: each tally adds its count to the cell of its row and column.
   *
   * @throws IllegalArgumentException for a tally whose row or column is not among the headings
   */
  static <T> CountTable counting(
      List<Heading> rows,
      List<Heading> columns,
      List<T> tallies,
      Function<T, String> rowOf,
      Function<T, String> columnOf,
      ToLongFunction<T> countOf) {
    Map<String, Integer> rowIndex = index(rows);
    Map<String, Integer> columnIndex = index(columns);
    long[][] grid = new long[rows.size()][columns.size()];
    for (T tally : tallies) {
      Integer r = rowIndex.get(rowOf.apply(tally));
      Integer c = columnIndex.get(columnOf.apply(tally));
      if (r == null || c == null) {
        throw new IllegalArgumentException("A tally outside the table's headings: " + tally);
      }
      grid[r][c] += countOf.applyAsLong(tally);
    }
    return new CountTable(rows, columns, grid);
  }

  private static Map<String, Integer> index(List<Heading> headings) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < headings.size(); i++) {
      index.put(headings.get(i).code(), i);
    }
    return index;
  }

  /**
   * The same table, saying what its totals count where other tables suppressed with it publish the
   * same figures: tables whose row (or column) totals have the same name count the same referrals
   * by the same headings down (or across), so the total under a heading is one number in all of
   * them, whether it is a row total in one table and a column total in another (the referrals with
   * each outcome: the rows of one table, the columns of five others). {@link Suppression} hides
   * such a total in all of them or in none.
   *
   * @param rowFigure what the row totals count (a dimension's name), or null when no other table
   *     publishes them
   * @param columnFigure what the column totals count, or null likewise
   */
  public CountTable sharing(String rowFigure, String columnFigure) {
    return new CountTable(rows, columns, counts, rowFigure, columnFigure);
  }

  /** What the row totals count, where other tables publish them too; else empty. */
  public Optional<String> rowFigure() {
    return Optional.ofNullable(rowFigure);
  }

  /** What the column totals count, where other tables publish them too; else empty. */
  public Optional<String> columnFigure() {
    return Optional.ofNullable(columnFigure);
  }

  public List<Heading> rows() {
    return rows;
  }

  public List<Heading> columns() {
    return columns;
  }

  public long count(int row, int column) {
    return counts[row][column];
  }

  public long rowTotal(int row) {
    long sum = 0;
    for (long count : counts[row]) {
      sum += count;
    }
    return sum;
  }

  public long columnTotal(int column) {
    long sum = 0;
    for (long[] row : counts) {
      sum += row[column];
    }
    return sum;
  }

  public long total() {
    long sum = 0;
    for (int r = 0; r < counts.length; r++) {
      sum += rowTotal(r);
    }
    return sum;
  }

  /**
   * The table with its totals as one grid of {@code rows + 1} by {@code columns + 1}: the last
   * column holds the row totals, the last row the column totals, the corner the whole.
   */
  long[][] withTotals() {
    int height = rows.size();
    int width = columns.size();
    long[][] grid = new long[height + 1][width + 1];
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        grid[r][c] = counts[r][c];
        grid[r][width] += counts[r][c];
        grid[height][c] += counts[r][c];
        grid[height][width] += counts[r][c];
      }
    }
    return grid;
  }
}
