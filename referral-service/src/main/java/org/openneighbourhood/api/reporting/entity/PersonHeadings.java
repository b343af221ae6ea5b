package org.openneighbourhood.api.reporting.entity;

import java.util.List;

/**
 * The equity headings one person is counted under in the tables of outcomes by equity heading: the
 * codes of {@link Dimension#DEPRIVATION}, {@link Dimension#AGE_BAND}, {@link Dimension#SEX}, {@link
 * Dimension#ETHNICITY} and {@link Dimension#PORTAL}, the same headings (codes, words, order, "not
 * known" and "not recorded") as the referral tables use. The person's own, as for their referrals:
 * deprivation from the postcode on their record now, sex and ethnic group as recorded (with the
 * person's agreement; none recorded is "Not recorded"), portal use as the kept counts define it;
 * the age band is their age on the day the figures name (see {@code OutcomeFigures}). Never a
 * person.
 */
public record PersonHeadings(
    String deprivation, String ageBand, String sex, String ethnicity, String portal) {

  /** The equity dimensions, in the order their tables are read. */
  public static final List<Dimension> DIMENSIONS =
      List.of(
          Dimension.DEPRIVATION,
          Dimension.AGE_BAND,
          Dimension.SEX,
          Dimension.ETHNICITY,
          Dimension.PORTAL);

  /**
   * @throws IllegalArgumentException for a code that is not one of its dimension's headings
   */
  public PersonHeadings {
    for (Dimension dimension : DIMENSIONS) {
      String code =
          switch (dimension) {
            case DEPRIVATION -> deprivation;
            case AGE_BAND -> ageBand;
            case SEX -> sex;
            case ETHNICITY -> ethnicity;
            default -> portal;
          };
      if (code == null) {
        throw new IllegalArgumentException("No heading of " + dimension);
      }
      dimension.heading(code, null);
    }
  }

  /** The code of this person's heading of an equity dimension. */
  public String code(Dimension dimension) {
    return switch (dimension) {
      case DEPRIVATION -> deprivation;
      case AGE_BAND -> ageBand;
      case SEX -> sex;
      case ETHNICITY -> ethnicity;
      case PORTAL -> portal;
      default -> throw new IllegalArgumentException("Not an equity heading: " + dimension);
    };
  }
}
