package org.openneighbourhood.portal.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleHomeTest {

  @Test
  void referrersStartByFindingAPerson() {
    assertEquals("/people/find.xhtml", RoleHome.pathFor(List.of("link-worker")));
    assertEquals("/people/find.xhtml", RoleHome.pathFor(List.of("gp-staff")));
    assertEquals("/people/find.xhtml", RoleHome.pathFor(List.of("social-care")));
  }

  @Test
  void vcfseStaffStartAtTheirInbox() {
    assertEquals("/inbox/index.xhtml", RoleHome.pathFor(List.of("vcfse-staff")));
  }

  @Test
  void aPersonStartsAtTheirPlan() {
    assertEquals("/my/plan.xhtml", RoleHome.pathFor(List.of("person")));
  }

  @Test
  void anOrganisationAdminStartsAtTheirStaff() {
    assertEquals("/admin/staff.xhtml", RoleHome.pathFor(List.of("org-admin")));
  }

  @Test
  void aPlatformAdminStartsAtThePartnerOrganisations() {
    assertEquals("/platform/organisations.xhtml", RoleHome.pathFor(List.of("platform-admin")));
  }

  @Test
  void aCommissionerStartsAtTheReport() {
    assertEquals("/reports/index.xhtml", RoleHome.pathFor(List.of("commissioner")));
  }

  @Test
  void rolesWithoutPagesYetGetTheWelcome() {
    assertEquals("/home.xhtml", RoleHome.pathFor(List.of()));
  }

  @Test
  void referringWinsOverReceivingForMixedRoles() {
    assertEquals("/people/find.xhtml", RoleHome.pathFor(List.of("vcfse-staff", "gp-staff")));
    assertEquals("/inbox/index.xhtml", RoleHome.pathFor(List.of("org-admin", "vcfse-staff")));
  }
}
