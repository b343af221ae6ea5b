package org.openneighbourhood.api.reporting.entity;

import java.util.Objects;

/**
 * How many referrals of a report fall in one row and one column of one of its tables: what a table
 * is counted from. Kept by month for the whole area and for each category (V34's {@code
 * report_cell}), so that a report of years of referrals reads a few hundred of them a month; or
 * counted from {@link Tally tallies} (see {@link ReferralReport#cells}). Not a {@link Cell}, which
 * is one count of a table once suppressed.
 *
 * @param table the table's id (see {@link ReferralReport#tableIds()})
 */
public record CellCount(String table, Heading row, Heading column, long count) {

  public CellCount {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    if (count < 0) {
      throw new IllegalArgumentException("A cell counts no fewer than no referrals");
    }
  }
}
