package org.openneighbourhood.api.staff.entity;

import org.openneighbourhood.api.organisation.entity.Sector;

/** How messages name a kind of organisation. */
final class SectorWords {

  private SectorWords() {}

  static String of(Sector sector) {
    return switch (sector) {
      case GP_PRACTICE -> "GP practice";
      case PCN -> "primary care network";
      case SOCIAL_CARE -> "social care team";
      case VCFSE -> "VCFSE";
      case COMMISSIONER -> "commissioner";
    };
  }
}
