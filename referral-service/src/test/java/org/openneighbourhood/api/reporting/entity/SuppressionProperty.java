package org.openneighbourhood.api.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/**
 * What suppressed tables must keep, whatever their counts: every small count hidden, the whole
 * hidden in all linked tables or in none, and no hidden count worked out by {@link Attacker}, who
 * knows every total any table publishes and which are the same figure.
 */
final class SuppressionProperty {

  private SuppressionProperty() {}

  /** What an attacker knows a table's row and column totals to be (see {@link Attacker#of}). */
  record Figures(String rows, String columns) {

    static final Figures NONE = new Figures(null, null);
  }

  /** Tables linked by their whole only. */
  static void holds(Suppression suppression, List<CountTable> tables) {
    holds(suppression, tables, tables.stream().map(table -> Figures.NONE).toList());
  }

  /**
   * Suppresses the tables together and checks what they publish, read by an attacker who knows
   * which of their totals are the same figures ({@code figures}, one per table).
   */
  static void holds(Suppression suppression, List<CountTable> tables, List<Figures> figures) {
    List<SuppressedTable> published = suppression.applyLinked(tables);
    for (int t = 0; t < tables.size(); t++) {
      long[][] truth = tables.get(t).withTotals();
      Attacker.Published view = Attacker.of(published.get(t));
      for (int r = 0; r < truth.length; r++) {
        for (int c = 0; c < truth[r].length; c++) {
          assertEquals(truth[r][c], view.grid()[r][c], "the true count, kept");
        }
      }
    }
    holdsPublished(suppression, published, figures);
  }

  /**
   * What published tables (as a report made them) must keep: every small count hidden, no zero
   * hidden, the whole and every total published in several tables hidden in all of them or in none,
   * and nothing hidden worked out by an attacker who knows every total that any table fixes and
   * which of them are the same figure ({@code figures}, one per table).
   */
  static void holdsPublished(
      Suppression suppression, List<SuppressedTable> published, List<Figures> figures) {
    List<Attacker.Published> seen = new ArrayList<>();
    for (int t = 0; t < published.size(); t++) {
      SuppressedTable table = published.get(t);
      Attacker.Published view = Attacker.of(table, figures.get(t).rows(), figures.get(t).columns());
      long[][] grid = view.grid();
      for (int r = 0; r < grid.length; r++) {
        for (int c = 0; c < grid[r].length; c++) {
          if (grid[r][c] == 0) {
            assertTrue(!view.hidden()[r][c], "a zero is never hidden, at " + r + "," + c);
          }
          if (suppression.isSmall(grid[r][c])) {
            assertTrue(view.hidden()[r][c], "count " + grid[r][c] + " at " + r + "," + c);
          }
        }
      }
      assertEquals(
          published.get(0).total().suppressed(),
          table.total().suppressed(),
          "the whole hidden in every linked table or in none");
      seen.add(view);
    }
    List<Attacker.Recovered> recovered = Attacker.recover(seen);
    assertTrue(recovered.isEmpty(), () -> "worked out: " + recovered + " from " + describe(seen));
  }

  /** The same tables with only their small counts hidden, as a naive report would publish them. */
  static List<Attacker.Published> primaryOnly(Suppression suppression, List<CountTable> tables) {
    List<Attacker.Published> naive = new ArrayList<>();
    for (CountTable table : tables) {
      long[][] grid = table.withTotals();
      boolean[][] hidden = new boolean[grid.length][grid[0].length];
      for (int r = 0; r < grid.length; r++) {
        for (int c = 0; c < grid[r].length; c++) {
          hidden[r][c] = suppression.isSmall(grid[r][c]);
        }
      }
      naive.add(new Attacker.Published(grid, hidden));
    }
    return naive;
  }

  static CountTable table(long[][] counts) {
    List<Heading> rows = new ArrayList<>();
    for (int r = 0; r < counts.length; r++) {
      rows.add(new Heading("r" + r, "Row " + r));
    }
    List<Heading> columns = new ArrayList<>();
    for (int c = 0; c < counts[0].length; c++) {
      columns.add(new Heading("c" + c, "Column " + c));
    }
    return new CountTable(rows, columns, counts);
  }

  private static String describe(List<Attacker.Published> tables) {
    StringBuilder text = new StringBuilder();
    for (Attacker.Published table : tables) {
      text.append('\n');
      for (int r = 0; r < table.grid().length; r++) {
        for (int c = 0; c < table.grid()[r].length; c++) {
          text.append(table.grid()[r][c]).append(table.hidden()[r][c] ? "* " : "  ");
        }
        text.append('\n');
      }
    }
    return text.toString();
  }
}
