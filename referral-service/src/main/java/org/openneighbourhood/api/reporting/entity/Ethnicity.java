package org.openneighbourhood.api.reporting.entity;

import org.openneighbourhood.api.person.entity.EthnicCategory;
import org.openneighbourhood.api.person.entity.EthnicCategory.EthnicGroup;

/**
 * The person's ethnic group as the reports count it: the high-level group of the NHS ethnic
 * category on their record now ({@link EthnicGroup}: counts by the 17 categories of one
 * neighbourhood would mostly be too small to show), "Not stated" when the person was asked and
 * chose not to say, and "Not recorded" when nobody asked. The two are shown apart, as the Data
 * Dictionary does: a large "not recorded" says the question is not being asked, which is a finding
 * of its own. Counted, never left out, so each table still counts every referral.
 */
public enum Ethnicity {
  WHITE(EthnicGroup.WHITE),
  MIXED(EthnicGroup.MIXED),
  ASIAN(EthnicGroup.ASIAN),
  BLACK(EthnicGroup.BLACK),
  OTHER(EthnicGroup.OTHER),
  NOT_STATED(EthnicGroup.NOT_STATED),
  NOT_RECORDED(null);

  private final EthnicGroup group;

  Ethnicity(EthnicGroup group) {
    this.group = group;
  }

  public String label() {
    return group == null ? "Not recorded" : group.label();
  }

  /**
   * @param category the Data Dictionary code on the person's record, or null when none is
   */
  public static Ethnicity of(String category) {
    if (category == null) {
      return NOT_RECORDED;
    }
    return ofGroup(EthnicCategory.parse(category).group());
  }

  private static Ethnicity ofGroup(EthnicGroup group) {
    for (Ethnicity ethnicity : values()) {
      if (ethnicity.group == group) {
        return ethnicity;
      }
    }
    throw new IllegalArgumentException("An ethnic group the reports do not count: " + group);
  }

  /**
   * This mapping in SQL, from a column holding the category's code: written from the categories
   * themselves, so that what the database keeps and what {@link #of(String)} says never differ.
   */
  public static String sql(String column) {
    StringBuilder sql = new StringBuilder("case ").append(column);
    for (EthnicCategory category : EthnicCategory.values()) {
      sql.append(" when '")
          .append(category.code())
          .append("' then '")
          .append(ofGroup(category.group()).name())
          .append('\'');
    }
    return sql.append(" else '").append(NOT_RECORDED.name()).append("' end").toString();
  }
}
