package org.openneighbourhood.api.reporting.entity;

import org.openneighbourhood.api.person.entity.Sex;

/**
 * The person's sex as the reports count it: the NHS stated gender code on their record now ({@link
 * Sex}), "Not known" when the person was asked and chose not to say, and "Not recorded" when nobody
 * asked. The two are shown apart, as for the ethnic group: a large "not recorded" says the question
 * is not being asked, which is a finding of its own. Counted, never left out, so each table still
 * counts every referral.
 */
public enum ReportedSex {
  MALE(Sex.MALE),
  FEMALE(Sex.FEMALE),
  INDETERMINATE(Sex.INDETERMINATE),
  NOT_KNOWN(Sex.NOT_KNOWN),
  NOT_RECORDED(null);

  private final Sex sex;

  ReportedSex(Sex sex) {
    this.sex = sex;
  }

  public String label() {
    return sex == null ? "Not recorded" : sex.label();
  }

  /**
   * @param code the Data Dictionary code on the person's record, or null when none is
   */
  public static ReportedSex of(String code) {
    return code == null ? NOT_RECORDED : of(Sex.parse(code));
  }

  private static ReportedSex of(Sex sex) {
    for (ReportedSex reported : values()) {
      if (reported.sex == sex) {
        return reported;
      }
    }
    throw new IllegalArgumentException("A sex the reports do not count: " + sex);
  }

  /**
   * This mapping in SQL, from a column holding the code: written from the codes themselves, so that
   * what the database keeps and what {@link #of(String)} says never differ.
   */
  public static String sql(String column) {
    StringBuilder sql = new StringBuilder("case ").append(column);
    for (Sex sex : Sex.values()) {
      sql.append(" when '")
          .append(sex.code())
          .append("' then '")
          .append(of(sex).name())
          .append('\'');
    }
    return sql.append(" else '").append(NOT_RECORDED.name()).append("' end").toString();
  }
}
