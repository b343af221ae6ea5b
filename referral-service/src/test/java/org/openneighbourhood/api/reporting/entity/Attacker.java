package org.openneighbourhood.api.reporting.entity;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Someone who reads published tables and tries to work out each hidden count exactly. They know
 * every published number and how the tables add up: each row to its row total, each column to its
 * column total, the totals to the whole, linked tables to one and the same whole, and every total
 * that is the same figure in several tables as one number (the referrals with each outcome are the
 * row totals of one table and the column totals of five others). Each hidden number is an unknown;
 * every sum is a linear equation. A hidden number is worked out exactly when its unit vector lies
 * in the row space of the equations restricted to the unknowns: Gaussian elimination to reduced row
 * echelon form, in exact fractions, shows it as a row with a single non-zero entry, and the
 * equation's right-hand side is then its value.
 *
 * <p>A method of its own (linear algebra), unlike {@link Suppression}'s (bridges in a graph), so
 * that each checks the other.
 */
final class Attacker {

  /**
   * A published table as the attacker sees it: counts, and which of them are hidden; {@code rows}
   * and {@code columns} name, for each row total and each column total, the figure it is where the
   * attacker knows that the same figure is published in other tables too (the referrals with each
   * outcome: the row totals of one table, the column totals of others), else null.
   */
  record Published(long[][] grid, boolean[][] hidden, List<String> rows, List<String> columns) {

    Published(long[][] grid, boolean[][] hidden) {
      this(grid, hidden, null, null);
    }
  }

  /** A hidden number worked out: which table, row and column of the grid with totals, and value. */
  record Recovered(int table, int row, int column, long value) {}

  private Attacker() {}

  /**
   * Reads a table made by {@link Suppression}, knowing which figures its totals are: {@code rows}
   * names what its row totals count (the same name and heading in another table, the same number),
   * {@code columns} what its column totals count; null for totals published nowhere else.
   */
  static Published of(SuppressedTable table, String rows, String columns) {
    Published published = of(table);
    return new Published(
        published.grid(),
        published.hidden(),
        figures(rows, table.rows()),
        figures(columns, table.columns()));
  }

  private static List<String> figures(String figure, List<Heading> headings) {
    return figure == null
        ? null
        : headings.stream().map(heading -> figure + ":" + heading.code()).toList();
  }

  /** Reads tables made by {@link Suppression}: the counts it hid, with the ones it showed. */
  static Published of(SuppressedTable table) {
    int height = table.rows().size() + 1;
    int width = table.columns().size() + 1;
    long[][] grid = new long[height][width];
    boolean[][] hidden = new boolean[height][width];
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        Cell cell = at(table, r, c);
        grid[r][c] = cell.count();
        hidden[r][c] = cell.suppressed();
      }
    }
    return new Published(grid, hidden);
  }

  private static Cell at(SuppressedTable table, int r, int c) {
    int rows = table.rows().size();
    int columns = table.columns().size();
    if (r == rows && c == columns) {
      return table.total();
    }
    if (r == rows) {
      return table.columnTotal(c);
    }
    if (c == columns) {
      return table.rowTotal(r);
    }
    return table.cell(r, c);
  }

  /**
   * Every hidden number of these tables (linked: one whole) that the published ones fix, with the
   * value they fix it to. The attacker reads hidden values only to put published ones on the
   * right-hand side: an unknown's own value is never used.
   */
  static List<Recovered> recover(List<Published> given) {
    List<Recovered> recovered = new ArrayList<>();
    List<Published> tables = knownShared(given, recovered);
    Map<String, Integer> unknowns = new HashMap<>();
    List<int[]> places = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      Published table = tables.get(t);
      int height = table.grid().length;
      int width = table.grid()[0].length;
      for (int r = 0; r < height; r++) {
        for (int c = 0; c < width; c++) {
          if (table.hidden()[r][c]) {
            String key = key(table, t, r, c, height, width);
            if (!unknowns.containsKey(key)) {
              unknowns.put(key, places.size());
              places.add(new int[] {t, r, c});
            }
          }
        }
      }
    }
    int n = places.size();
    List<BigInteger[]> numerators = new ArrayList<>();
    List<BigInteger[]> denominators = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      Published table = tables.get(t);
      int height = table.grid().length;
      int width = table.grid()[0].length;
      for (int r = 0; r < height; r++) {
        List<int[]> line = new ArrayList<>();
        for (int c = 0; c < width; c++) {
          line.add(new int[] {r, c, c == width - 1 ? -1 : 1});
        }
        addEquation(t, table, line, unknowns, n, numerators, denominators);
      }
      for (int c = 0; c < width; c++) {
        List<int[]> line = new ArrayList<>();
        for (int r = 0; r < height; r++) {
          line.add(new int[] {r, c, r == height - 1 ? -1 : 1});
        }
        addEquation(t, table, line, unknowns, n, numerators, denominators);
      }
    }
    Fraction[][] matrix = new Fraction[numerators.size()][n + 1];
    for (int e = 0; e < numerators.size(); e++) {
      for (int v = 0; v <= n; v++) {
        matrix[e][v] = new Fraction(numerators.get(e)[v], denominators.get(e)[v]);
      }
    }
    reduce(matrix, n);
    for (Fraction[] row : matrix) {
      int only = -1;
      int nonZero = 0;
      for (int v = 0; v < n; v++) {
        if (!row[v].isZero()) {
          nonZero++;
          only = v;
        }
      }
      if (nonZero == 1) {
        Fraction value = row[n].divide(row[only]);
        int[] place = places.get(only);
        recovered.add(new Recovered(place[0], place[1], place[2], value.longValueExact()));
      }
    }
    return recovered;
  }

  /**
   * The whole shown in any linked table is known in all, and so is a row or column total that is a
   * figure other tables publish too: a table that hides it gives it away (recorded as recovered
   * there).
   */
  private static List<Published> knownShared(List<Published> tables, List<Recovered> recovered) {
    Map<String, Long> shown = new HashMap<>();
    for (Published table : tables) {
      int height = table.grid().length;
      int width = table.grid()[0].length;
      for (int r = 0; r < height; r++) {
        for (int c = 0; c < width; c++) {
          String key = key(table, -1, r, c, height, width);
          if (key != null && !table.hidden()[r][c]) {
            shown.put(key, table.grid()[r][c]);
          }
        }
      }
    }
    List<Published> known = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      Published table = tables.get(t);
      int height = table.grid().length;
      int width = table.grid()[0].length;
      boolean[][] hidden = new boolean[height][];
      for (int row = 0; row < height; row++) {
        hidden[row] = table.hidden()[row].clone();
      }
      for (int r = 0; r < height; r++) {
        for (int c = 0; c < width; c++) {
          String key = key(table, -1, r, c, height, width);
          if (hidden[r][c] && key != null && shown.containsKey(key)) {
            recovered.add(new Recovered(t, r, c, shown.get(key)));
            hidden[r][c] = false;
          }
        }
      }
      known.add(new Published(table.grid(), hidden, table.rows(), table.columns()));
    }
    return known;
  }

  /**
   * The whole of every linked table is one unknown: the same number, published once; so is a row or
   * column total that is a figure published in other tables too, wherever it is. Else each number
   * is its own: with {@code t < 0}, null.
   */
  private static String key(Published table, int t, int r, int c, int height, int width) {
    if (r == height - 1 && c == width - 1) {
      return "whole";
    }
    if (r == height - 1 && table.columns() != null && table.columns().get(c) != null) {
      return "figure:" + table.columns().get(c);
    }
    if (c == width - 1 && table.rows() != null && table.rows().get(r) != null) {
      return "figure:" + table.rows().get(r);
    }
    return t < 0 ? null : t + ":" + r + ":" + c;
  }

  private static void addEquation(
      int t,
      Published table,
      List<int[]> line,
      Map<String, Integer> unknowns,
      int n,
      List<BigInteger[]> numerators,
      List<BigInteger[]> denominators) {
    int height = table.grid().length;
    int width = table.grid()[0].length;
    long[] coefficients = new long[n];
    long rightHandSide = 0;
    for (int[] term : line) {
      int r = term[0];
      int c = term[1];
      if (table.hidden()[r][c]) {
        coefficients[unknowns.get(key(table, t, r, c, height, width))] += term[2];
      } else {
        rightHandSide -= term[2] * table.grid()[r][c];
      }
    }
    BigInteger[] numerator = new BigInteger[n + 1];
    BigInteger[] denominator = new BigInteger[n + 1];
    for (int v = 0; v < n; v++) {
      numerator[v] = BigInteger.valueOf(coefficients[v]);
      denominator[v] = BigInteger.ONE;
    }
    numerator[n] = BigInteger.valueOf(rightHandSide);
    denominator[n] = BigInteger.ONE;
    numerators.add(numerator);
    denominators.add(denominator);
  }

  /** Gauss-Jordan elimination to reduced row echelon form over the first {@code n} columns. */
  private static void reduce(Fraction[][] matrix, int n) {
    int pivotRow = 0;
    for (int column = 0; column < n && pivotRow < matrix.length; column++) {
      int found = -1;
      for (int r = pivotRow; r < matrix.length; r++) {
        if (!matrix[r][column].isZero()) {
          found = r;
          break;
        }
      }
      if (found < 0) {
        continue;
      }
      Fraction[] swap = matrix[found];
      matrix[found] = matrix[pivotRow];
      matrix[pivotRow] = swap;
      Fraction pivot = matrix[pivotRow][column];
      for (int v = 0; v <= n; v++) {
        matrix[pivotRow][v] = matrix[pivotRow][v].divide(pivot);
      }
      for (int r = 0; r < matrix.length; r++) {
        if (r != pivotRow && !matrix[r][column].isZero()) {
          Fraction factor = matrix[r][column];
          for (int v = 0; v <= n; v++) {
            matrix[r][v] = matrix[r][v].subtract(factor.multiply(matrix[pivotRow][v]));
          }
        }
      }
      pivotRow++;
    }
  }

  /** An exact rational number. */
  private record Fraction(BigInteger numerator, BigInteger denominator) {

    Fraction {
      if (denominator.signum() < 0) {
        numerator = numerator.negate();
        denominator = denominator.negate();
      }
      BigInteger gcd = numerator.gcd(denominator);
      if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
        numerator = numerator.divide(gcd);
        denominator = denominator.divide(gcd);
      }
    }

    boolean isZero() {
      return numerator.signum() == 0;
    }

    Fraction subtract(Fraction other) {
      return new Fraction(
          numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)),
          denominator.multiply(other.denominator));
    }

    Fraction multiply(Fraction other) {
      return new Fraction(
          numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    Fraction divide(Fraction other) {
      return new Fraction(
          numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    long longValueExact() {
      return numerator.divide(denominator).longValueExact();
    }
  }
}
