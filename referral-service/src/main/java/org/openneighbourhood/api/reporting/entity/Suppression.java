package org.openneighbourhood.api.reporting.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Small-number suppression of tables published with their totals, so that no count from 1 to below
 * the threshold can be read or worked out.
 *
 * <p>Primary suppression hides every count (a cell, a row or column total, the whole) from 1 to
 * {@code threshold - 1}. That alone is not enough: a row with one hidden cell gives it away, its
 * total less the others. Secondary suppression hides more counts until none of the hidden ones is
 * fixed by the published ones.
 *
 * <p>Why the method is exact: a table with its totals is {@code rows + 1} by {@code columns + 1}
 * numbers in which every line (each row with its total, each column with its total, the row of
 * column totals with the whole, the column of row totals with the whole) sums to nothing once the
 * total is counted negative. Draw each row and each column as a point and each hidden number as a
 * line between its row and its column. The published numbers fix a hidden one exactly when that
 * line is a bridge: when no other chain of hidden numbers joins its row to its column. Were there
 * such a chain, the cycle it closes could be added to and taken from in turn, changing the hidden
 * numbers while every sum stays the same; without one, the hidden numbers either side of it are
 * fixed up to their own sums, which pins it. So, while a hidden number is a bridge, the cheapest
 * chain of other numbers that joins its row to its column is hidden too (small cells first, zeros
 * next, totals last, the whole only when nothing else will do). Hiding a number never makes another
 * a bridge, so this ends.
 *
 * <p>Tables that count the same referrals in different ways share their whole; the whole is hidden
 * in all of them or in none, and when they share only that, a hidden number in one table is no more
 * fixed by the others than by its own. Most share more: the referrals with each outcome are the row
 * totals of the table by outcome and first answer and the column totals of every table by outcome
 * (by deprivation, sex, ethnic group, age band, portal use), each answer's likewise, each age
 * band's in three tables. Such a total ({@link CountTable#sharing} names what it counts) is hidden
 * in all the tables that publish it or in none, as the whole is; and since a cycle in one table may
 * then lean on a total another table pins, while a shared total is hidden {@link Disclosure} checks
 * the tables together, exactly, and one more number is hidden while any hidden one is still fixed.
 * {@code SuppressionPropertyTest} checks all this by trying to work every hidden count out, with
 * Gaussian elimination over every published sum, knowing every total published twice.
 */
public final class Suppression {

  /** The number of referrals from which a count is shown, unless a setting says otherwise. */
  public static final int DEFAULT_THRESHOLD = 8;

  private static final long TOTAL_COST = 1_000_000_000L;
  private static final long WHOLE_COST = 1_000_000_000_000L;

  private final int threshold;

  /**
   * @param threshold the smallest count shown; counts from 1 to one less are hidden
   */
  public Suppression(int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("The threshold is a whole number from 1");
    }
    this.threshold = threshold;
  }

  public int threshold() {
    return threshold;
  }

  /** Whether a count is small enough to be hidden for itself (1 to below the threshold). */
  public boolean isSmall(long count) {
    return count > 0 && count < threshold;
  }

  /**
   * Whether a figure worked out from a published count's referrals or people (a median wait, a mean
   * change) may be shown beside it: the count is published, more than nobody and not small.
   */
  public boolean allowsFigureFrom(Cell count) {
    return !count.suppressed() && count.count() > 0 && !isSmall(count.count());
  }

  /** One table, alone. */
  public SuppressedTable apply(CountTable table) {
    return applyLinked(List.of(table)).get(0);
  }

  /**
   * Tables of the same referrals (the same whole), each published with its totals: their whole is
   * hidden in all or in none, and so is every row or column total that is the same figure in
   * several of them ({@link CountTable#sharing}: the referrals with each outcome, by deprivation
   * and by sex, and the outcomes' rows of the table by how quickly they were answered). Were it
   * hidden in one and shown in another, the one would lose the protection the hidden total gave its
   * small counts. While such a shared total is hidden, {@link Disclosure} checks every published
   * sum together and one more number is hidden while any hidden one is still fixed.
   */
  public List<SuppressedTable> applyLinked(List<CountTable> tables) {
    if (tables.isEmpty()) {
      return List.of();
    }
    long whole = tables.get(0).total();
    for (CountTable table : tables) {
      if (table.total() != whole) {
        throw new IllegalArgumentException("Linked tables count the same referrals");
      }
    }
    List<long[][]> grids = new ArrayList<>();
    List<Visibility[][]> visibilities = new ArrayList<>();
    List<String[][]> figures = new ArrayList<>();
    for (CountTable table : tables) {
      long[][] grid = table.withTotals();
      grids.add(grid);
      visibilities.add(primary(grid));
      figures.add(figures(table));
    }
    Set<String> shared = shared(figures);
    boolean wholeHidden = isSmall(whole);
    while (true) {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int t = 0; t < tables.size(); t++) {
          long[][] grid = grids.get(t);
          Visibility[][] visibility = visibilities.get(t);
          int corner = grid.length - 1;
          int cornerColumn = grid[0].length - 1;
          if (!wholeHidden && visibility[corner][cornerColumn].suppressed()) {
            wholeHidden = true;
            changed = true;
          }
          if (wholeHidden && !visibility[corner][cornerColumn].suppressed()) {
            visibility[corner][cornerColumn] = Visibility.PROTECTS_SMALL;
          }
          protect(grid, visibility);
          if (!wholeHidden && visibility[corner][cornerColumn].suppressed()) {
            wholeHidden = true;
            changed = true;
          }
        }
        if (hideSharedTotals(shared, figures, visibilities)) {
          changed = true;
        }
      }
      if (!anySharedTotalHidden(shared, figures, visibilities)) {
        break; // the tables share only their whole, or shown totals: the bridges alone are exact
      }
      int[] determined = Disclosure.firstDetermined(visibilities, figures);
      if (determined == null || !hideBeside(grids, visibilities, determined)) {
        break;
      }
    }
    List<SuppressedTable> published = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      published.add(published(tables.get(t), grids.get(t), visibilities.get(t)));
    }
    return published;
  }

  /**
   * The figure each total of a table is, on the grid with totals: {@code figure:heading} for a row
   * or column total that {@link CountTable#sharing} names, null elsewhere.
   */
  private static String[][] figures(CountTable table) {
    int height = table.rows().size();
    int width = table.columns().size();
    String[][] figures = new String[height + 1][width + 1];
    table
        .rowFigure()
        .ifPresent(
            figure -> {
              for (int r = 0; r < height; r++) {
                figures[r][width] = figure + ":" + table.rows().get(r).code();
              }
            });
    table
        .columnFigure()
        .ifPresent(
            figure -> {
              for (int c = 0; c < width; c++) {
                figures[height][c] = figure + ":" + table.columns().get(c).code();
              }
            });
    return figures;
  }

  /** The figures published in more than one table. */
  private static Set<String> shared(List<String[][]> figures) {
    Set<String> seen = new HashSet<>();
    Set<String> shared = new HashSet<>();
    for (String[][] table : figures) {
      for (String[] row : table) {
        for (String figure : row) {
          if (figure != null && !seen.add(figure)) {
            shared.add(figure);
          }
        }
      }
    }
    return shared;
  }

  /**
   * Hides one more number beside a hidden one that the tables together still fix (see {@link
   * Disclosure}): the cheapest shown one in its row or column, else in its table, else in another
   * table (whose shown numbers may be what fixes it).
   *
   * @param determined the table, row and column of the number fixed
   * @return whether there was one to hide
   */
  private static boolean hideBeside(
      List<long[][]> grids, List<Visibility[][]> visibilities, int[] determined) {
    for (int reach = 0; reach < 3; reach++) {
      int[] cheapest = null;
      for (int t = 0; t < grids.size(); t++) {
        long[][] grid = grids.get(t);
        Visibility[][] visibility = visibilities.get(t);
        for (int r = 0; r < grid.length; r++) {
          for (int c = 0; c < grid[r].length; c++) {
            boolean near =
                switch (reach) {
                  case 0 -> t == determined[0] && (r == determined[1] || c == determined[2]);
                  case 1 -> t == determined[0];
                  default -> true;
                };
            if (!near
                || visibility[r][c].suppressed()
                || grid[r][c] == 0
                || (cheapest != null
                    && price(grid, r, c)
                        >= price(grids.get(cheapest[0]), cheapest[1], cheapest[2]))) {
              continue;
            }
            cheapest = new int[] {t, r, c};
          }
        }
      }
      if (cheapest != null) {
        visibilities.get(cheapest[0])[cheapest[1]][cheapest[2]] = Visibility.PROTECTS_SMALL;
        return true;
      }
    }
    return false;
  }

  /** Whether any table hides a total that is a figure other tables publish too. */
  private static boolean anySharedTotalHidden(
      Set<String> shared, List<String[][]> figures, List<Visibility[][]> visibilities) {
    for (int t = 0; t < figures.size(); t++) {
      String[][] figure = figures.get(t);
      Visibility[][] visibility = visibilities.get(t);
      for (int r = 0; r < figure.length; r++) {
        for (int c = 0; c < figure[r].length; c++) {
          if (figure[r][c] != null
              && shared.contains(figure[r][c])
              && visibility[r][c].suppressed()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Hides, in every table that publishes it, a shared total hidden in any of them.
   *
   * @return whether any was hidden
   */
  private static boolean hideSharedTotals(
      Set<String> shared, List<String[][]> figures, List<Visibility[][]> visibilities) {
    if (shared.isEmpty()) {
      return false;
    }
    Set<String> hidden = new HashSet<>();
    for (int t = 0; t < figures.size(); t++) {
      String[][] figure = figures.get(t);
      Visibility[][] visibility = visibilities.get(t);
      for (int r = 0; r < figure.length; r++) {
        for (int c = 0; c < figure[r].length; c++) {
          if (figure[r][c] != null && visibility[r][c].suppressed()) {
            hidden.add(figure[r][c]);
          }
        }
      }
    }
    boolean changed = false;
    for (int t = 0; t < figures.size(); t++) {
      String[][] figure = figures.get(t);
      Visibility[][] visibility = visibilities.get(t);
      for (int r = 0; r < figure.length; r++) {
        for (int c = 0; c < figure[r].length; c++) {
          if (figure[r][c] != null
              && !visibility[r][c].suppressed()
              && hidden.contains(figure[r][c])) {
            visibility[r][c] = Visibility.PROTECTS_SMALL;
            changed = true;
          }
        }
      }
    }
    return changed;
  }

  private Visibility[][] primary(long[][] grid) {
    Visibility[][] visibility = new Visibility[grid.length][grid[0].length];
    for (int r = 0; r < grid.length; r++) {
      for (int c = 0; c < grid[r].length; c++) {
        visibility[r][c] = isSmall(grid[r][c]) ? Visibility.SMALL : Visibility.SHOWN;
      }
    }
    return visibility;
  }

  /** Hides the cheapest detour around each hidden number that is a bridge, until none is. */
  private static void protect(long[][] grid, Visibility[][] visibility) {
    int[] bridge = bridge(visibility);
    while (bridge != null) {
      for (int[] cell : cheapestDetour(grid, visibility, bridge[0], bridge[1])) {
        if (!visibility[cell[0]][cell[1]].suppressed()) {
          visibility[cell[0]][cell[1]] = Visibility.PROTECTS_SMALL;
        }
      }
      bridge = bridge(visibility);
    }
  }

  /** A hidden number whose row and column no other chain of hidden numbers joins, or null. */
  private static int[] bridge(Visibility[][] visibility) {
    for (int r = 0; r < visibility.length; r++) {
      for (int c = 0; c < visibility[r].length; c++) {
        if (visibility[r][c].suppressed() && !joinedWithout(visibility, r, c)) {
          return new int[] {r, c};
        }
      }
    }
    return null;
  }

  /**
   * Whether row {@code row} reaches column {@code column} through hidden numbers other than the one
   * where they cross. Points: rows are {@code 0..height-1}, columns follow.
   */
  private static boolean joinedWithout(Visibility[][] visibility, int row, int column) {
    int height = visibility.length;
    int width = visibility[0].length;
    boolean[] reached = new boolean[height + width];
    int[] queue = new int[height + width];
    int head = 0;
    int tail = 0;
    queue[tail++] = row;
    reached[row] = true;
    while (head < tail) {
      int point = queue[head++];
      if (point == height + column) {
        return true;
      }
      for (int other = 0; other < (point < height ? width : height); other++) {
        int r = point < height ? point : other;
        int c = point < height ? other : point - height;
        int next = point < height ? height + other : other;
        if (reached[next] || (r == row && c == column) || !visibility[r][c].suppressed()) {
          continue;
        }
        reached[next] = true;
        queue[tail++] = next;
      }
    }
    return false;
  }

  /**
   * The numbers to hide so that another chain joins the row and the column of a bridge: the
   * cheapest such chain (Dijkstra's shortest path), hidden numbers costing nothing.
   */
  private static List<int[]> cheapestDetour(
      long[][] grid, Visibility[][] visibility, int row, int column) {
    int height = grid.length;
    int width = grid[0].length;
    int points = height + width;
    long[] cost = new long[points];
    int[] previous = new int[points];
    boolean[] done = new boolean[points];
    Arrays.fill(cost, Long.MAX_VALUE);
    Arrays.fill(previous, -1);
    cost[row] = 0;
    for (int round = 0; round < points; round++) {
      int point = -1;
      for (int p = 0; p < points; p++) {
        if (!done[p] && cost[p] != Long.MAX_VALUE && (point < 0 || cost[p] < cost[point])) {
          point = p;
        }
      }
      if (point < 0) {
        break;
      }
      done[point] = true;
      for (int other = 0; other < (point < height ? width : height); other++) {
        int r = point < height ? point : other;
        int c = point < height ? other : point - height;
        int next = point < height ? height + other : other;
        if (done[next] || (r == row && c == column)) {
          continue;
        }
        if (!visibility[r][c].suppressed() && grid[r][c] == 0) {
          continue;
        }
        long step = visibility[r][c].suppressed() ? 0 : price(grid, r, c);
        if (cost[point] + step < cost[next]) {
          cost[next] = cost[point] + step;
          previous[next] = point;
        }
      }
    }
    List<int[]> detour = new ArrayList<>();
    int point = height + column;
    while (previous[point] >= 0) {
      int from = previous[point];
      detour.add(
          point < height ? new int[] {point, from - height} : new int[] {from, point - height});
      point = from;
    }
    return detour;
  }

  /** What hiding a shown number (never a zero) costs the reader: small cells first, totals last. */
  private static long price(long[][] grid, int row, int column) {
    boolean totalRow = row == grid.length - 1;
    boolean totalColumn = column == grid[0].length - 1;
    long count = grid[row][column];
    if (totalRow && totalColumn) {
      return WHOLE_COST;
    }
    if (totalRow || totalColumn) {
      return TOTAL_COST + count;
    }
    return count;
  }

  private static SuppressedTable published(
      CountTable table, long[][] grid, Visibility[][] visibility) {
    Cell[][] cells = new Cell[grid.length][grid[0].length];
    for (int r = 0; r < grid.length; r++) {
      for (int c = 0; c < grid[r].length; c++) {
        cells[r][c] = new Cell(grid[r][c], visibility[r][c]);
      }
    }
    return new SuppressedTable(table.rows(), table.columns(), cells);
  }
}
