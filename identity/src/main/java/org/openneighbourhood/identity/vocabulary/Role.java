package org.openneighbourhood.identity.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of the neighbourhood realm, as they appear in tokens' {@code groups} claim. */
public enum Role {
  LINK_WORKER("link-worker"),
  GP_STAFF("gp-staff"),
  SOCIAL_CARE("social-care"),
  VCFSE_STAFF("vcfse-staff"),
  ORG_ADMIN("org-admin"),
  COMMISSIONER("commissioner"),
  PERSON("person"),
  PLATFORM_ADMIN("platform-admin"),
  PARTNER_SYSTEM("partner-system");

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }

  public static Optional<Role> fromRoleName(String name) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
  }
}
