package org.openneighbourhood.api.reporting.entity;

/**
 * The person's age when the referral was sent, in the bands the ONS publishes adults in: from their
 * date of birth on their record (always held) and the day it was sent in London.
 */
public enum AgeBand {
  AGE_0_17("0 to 17", 18),
  AGE_18_24("18 to 24", 25),
  AGE_25_34("25 to 34", 35),
  AGE_35_44("35 to 44", 45),
  AGE_45_54("45 to 54", 55),
  AGE_55_64("55 to 64", 65),
  AGE_65_74("65 to 74", 75),
  AGE_75_PLUS("75 and over", Integer.MAX_VALUE);

  private final String label;
  private final int below;

  AgeBand(String label, int below) {
    this.label = label;
    this.below = below;
  }

  public String label() {
    return label;
  }

  /** The first age past the band (the last band has none: {@link Integer#MAX_VALUE}). */
  public int below() {
    return below;
  }

  /** The band of an age in whole years. */
  public static AgeBand of(int years) {
    if (years < 0) {
      throw new IllegalArgumentException("An age is never negative");
    }
    for (AgeBand band : values()) {
      if (years < band.below) {
        return band;
      }
    }
    return AGE_75_PLUS;
  }
}
