package org.openneighbourhood.identity.vocabulary;

/** The kind of organisation, stored as the Keycloak organisation attribute {@code sector}. */
public enum Sector {
  GP_PRACTICE,
  PCN,
  SOCIAL_CARE,
  VCFSE,
  COMMISSIONER
}
