package org.openneighbourhood.portal.security;

import java.util.List;

/** The realm roles, spelled as they arrive in the token's groups claim. */
public final class Roles {
  public static final String LINK_WORKER = "link-worker";
  public static final String GP_STAFF = "gp-staff";
  public static final String SOCIAL_CARE = "social-care";
  public static final String VCFSE_STAFF = "vcfse-staff";
  public static final String ORG_ADMIN = "org-admin";
  public static final String COMMISSIONER = "commissioner";
  public static final String PERSON = "person";
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** A partner organisation's system (a service account): it never signs in to the portal. */
  public static final String PARTNER_SYSTEM = "partner-system";

  /** Roles that act for an organisation, and so need one to act for. */
  public static final List<String> ORGANISATION =
      List.of(LINK_WORKER, GP_STAFF, SOCIAL_CARE, VCFSE_STAFF, ORG_ADMIN, COMMISSIONER);

  public static final List<String> ALL =
      List.of(
          LINK_WORKER,
          GP_STAFF,
          SOCIAL_CARE,
          VCFSE_STAFF,
          ORG_ADMIN,
          COMMISSIONER,
          PERSON,
          PLATFORM_ADMIN,
          PARTNER_SYSTEM);

  private Roles() {}
}
