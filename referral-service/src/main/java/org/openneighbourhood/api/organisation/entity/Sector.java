package org.openneighbourhood.api.organisation.entity;

public enum Sector {
  GP_PRACTICE,
  PCN,
  SOCIAL_CARE,
  VCFSE,
  COMMISSIONER
}
