package org.openneighbourhood.portal.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How pages name roles and kinds of organisation. */
@Named("roleWords")
@ApplicationScoped
public class RoleWords {

  private static final Map<String, String> ROLES =
      Map.of(
          "link-worker", "Link worker",
          "gp-staff", "GP practice staff",
          "social-care", "Social care practitioner",
          "vcfse-staff", "VCFSE staff",
          "org-admin", "Organisation admin",
          "commissioner", "Commissioner");

  private static final Map<String, String> HINTS =
      Map.of(
          "link-worker", "Finds services, refers people and builds their plan with them",
          "gp-staff", "Refers patients and answers referrals to the practice",
          "social-care", "Refers people and answers referrals to the team",
          "vcfse-staff", "Answers referrals to your organisation and updates the actions you own",
          "org-admin", "Invites and deactivates staff, and sees your organisation's access log",
          "commissioner", "Sees figures for the neighbourhood, never a person's record");

  private static final Map<String, String> SECTORS =
      Map.of(
          "GP_PRACTICE", "GP practice",
          "PCN", "Primary care network",
          "SOCIAL_CARE", "Council social care team",
          "VCFSE", "Voluntary, community, faith or social enterprise (VCFSE)",
          "COMMISSIONER", "Commissioner");

  public String role(String role) {
    return ROLES.getOrDefault(role, role);
  }

  public String hint(String role) {
    return HINTS.getOrDefault(role, "");
  }

  public String roles(List<String> roles) {
    return roles.stream().map(this::role).collect(Collectors.joining(", "));
  }

  public String sector(String sector) {
    return SECTORS.getOrDefault(sector, sector);
  }
}
