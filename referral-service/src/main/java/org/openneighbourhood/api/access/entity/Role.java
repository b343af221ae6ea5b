package org.openneighbourhood.api.access.entity;

import java.util.Set;

/** The realm roles, as they arrive in the token's {@code groups} claim. */
public final class Role {

  public static final String LINK_WORKER = "link-worker";
  public static final String GP_STAFF = "gp-staff";
  public static final String SOCIAL_CARE = "social-care";
  public static final String VCFSE_STAFF = "vcfse-staff";
  public static final String ORG_ADMIN = "org-admin";
  public static final String COMMISSIONER = "commissioner";
  public static final String PERSON = "person";
  public static final String PLATFORM_ADMIN = "platform-admin";

  /**
   * A partner organisation's own system, signed in as a Keycloak client's service account: it acts
   * for the one organisation its token names ({@code partner_organisation}), never as a person.
   */
  public static final String PARTNER_SYSTEM = "partner-system";

  public static final Set<String> ALL =
      Set.of(
          LINK_WORKER,
          GP_STAFF,
          SOCIAL_CARE,
          VCFSE_STAFF,
          ORG_ADMIN,
          COMMISSIONER,
          PERSON,
          PLATFORM_ADMIN,
          PARTNER_SYSTEM);

  /**
   * Not a realm role: everyone holds it, signed in or not. The policy table may give it only
   * operations about no one person (the public Open Referral API), and never a sensitive field.
   */
  public static final String ANYONE = "anyone";

  /** Roles that act for an organisation. */
  public static final Set<String> ORGANISATION_ROLES =
      Set.of(
          LINK_WORKER, GP_STAFF, SOCIAL_CARE, VCFSE_STAFF, ORG_ADMIN, COMMISSIONER, PARTNER_SYSTEM);

  private Role() {}
}
