package org.openneighbourhood.api.reporting.entity;

/**
 * The Index of Multiple Deprivation decile of where the person lives, as the reports count it: the
 * decile of the LSOA of the postcode on their record now (the English Indices of Deprivation rank
 * England's small areas; decile 1 is the most deprived tenth). Not known when the record has no
 * address, the postcode is not in the imported ONS Postcode Directory, or its area has no decile
 * (outside England, or no edition imported): counted, never left out, so each table still counts
 * every referral.
 */
public enum Deprivation {
  DECILE_1("1 (most deprived)"),
  DECILE_2("2"),
  DECILE_3("3"),
  DECILE_4("4"),
  DECILE_5("5"),
  DECILE_6("6"),
  DECILE_7("7"),
  DECILE_8("8"),
  DECILE_9("9"),
  DECILE_10("10 (least deprived)"),
  UNKNOWN("Not known");

  private final String label;

  Deprivation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * @param decile from 1 to 10, or null when not known
   */
  public static Deprivation of(Integer decile) {
    if (decile == null) {
      return UNKNOWN;
    }
    if (decile < 1 || decile > 10) {
      throw new IllegalArgumentException("A decile is from 1 to 10");
    }
    return values()[decile - 1];
  }

  /**
   * {@link #of} in SQL, from an expression giving the decile or null: written from the deciles
   * themselves, so that what the database keeps and what the service counts never differ.
   */
  public static String sql(String decile) {
    StringBuilder sql = new StringBuilder("case ").append(decile);
    for (int d = 1; d <= 10; d++) {
      sql.append(" when ").append(d).append(" then '").append(of(d).name()).append('\'');
    }
    return sql.append(" else '").append(UNKNOWN.name()).append("' end").toString();
  }
}
