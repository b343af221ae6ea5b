package org.openneighbourhood.api.problem.entity;

/**
 * The bound every paged endpoint puts on a page number, so that page times size always fits the
 * database's offset and a huge number is a field error, not an overflow.
 */
public final class Pages {

  /** The highest page number any list accepts (100,000 pages of 100 is 10 million rows). */
  public static final int LAST = 100_000;

  private Pages() {}
}
