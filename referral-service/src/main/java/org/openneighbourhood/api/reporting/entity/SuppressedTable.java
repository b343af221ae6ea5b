package org.openneighbourhood.api.reporting.entity;

import java.util.List;

/**
 * A {@link CountTable} fit to publish: each count, each row and column total and the whole, with
 * whether it may be shown. Made only by {@link Suppression}.
 */
public final class SuppressedTable {

  private final List<Heading> rows;
  private final List<Heading> columns;
  private final Cell[][] grid;

  SuppressedTable(List<Heading> rows, List<Heading> columns, Cell[][] grid) {
    this.rows = rows;
    this.columns = columns;
    this.grid = grid;
  }

  public List<Heading> rows() {
    return rows;
  }

  public List<Heading> columns() {
    return columns;
  }

  public Cell cell(int row, int column) {
    return grid[row][column];
  }

  public Cell rowTotal(int row) {
    return grid[row][columns.size()];
  }

  public Cell columnTotal(int column) {
    return grid[rows.size()][column];
  }

  public Cell total() {
    return grid[rows.size()][columns.size()];
  }
}
