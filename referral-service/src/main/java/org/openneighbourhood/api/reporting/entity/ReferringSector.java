package org.openneighbourhood.api.reporting.entity;

/** Who a referral came from: the sector of the referring organisation, or the person themselves. */
public enum ReferringSector {
  GP_PRACTICE("GP practice"),
  PCN("Primary care network"),
  SOCIAL_CARE("Social care"),
  VCFSE("VCFSE organisation"),
  COMMISSIONER("Commissioner"),
  SELF("Self-referral");

  private final String label;

  ReferringSector(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The sector as stored for the referring organisation; none for a self-referral. */
  public static ReferringSector of(String organisationSector) {
    return organisationSector == null ? SELF : valueOf(organisationSector);
  }
}
