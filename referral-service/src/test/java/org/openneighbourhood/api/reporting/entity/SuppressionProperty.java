package org.openneighbourhood.api.reporting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/**
 * What suppressed tables must keep, whatever their counts: every small count hidden, the whole
 * hidden in all linked tables or in none, and no hidden count worked out by {@link Attacker}.
 */
final class SuppressionProperty {

  private SuppressionProperty() {}

  static void holds(Suppression suppression, List<CountTable> tables) {
    holds(suppression, tables, false);
  }

  /**
   * As {@link #holds}, for tables suppressed by {@link Suppression#applyLinkedSharingColumns}, read
   * by an attacker who knows that tables with the same columns have the same column totals.
   */
  static void holdsSharingColumns(Suppression suppression, List<CountTable> tables) {
    holds(suppression, tables, true);
  }

  private static void holds(
      Suppression suppression, List<CountTable> tables, boolean sharingColumns) {
    List<SuppressedTable> published =
        sharingColumns
            ? suppression.applyLinkedSharingColumns(tables)
            : suppression.applyLinked(tables);
    List<Attacker.Published> seen = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      CountTable counts = tables.get(t);
      SuppressedTable table = published.get(t);
      Attacker.Published view =
          sharingColumns ? Attacker.sharingColumns(table) : Attacker.of(table);
      long[][] truth = counts.withTotals();
      for (int r = 0; r < truth.length; r++) {
        for (int c = 0; c < truth[r].length; c++) {
          assertEquals(truth[r][c], view.grid()[r][c], "the true count, kept");
          if (truth[r][c] == 0) {
            assertTrue(!view.hidden()[r][c], "a zero is never hidden, at " + r + "," + c);
          }
          if (suppression.isSmall(truth[r][c])) {
            assertTrue(view.hidden()[r][c], "count " + truth[r][c] + " at " + r + "," + c);
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
