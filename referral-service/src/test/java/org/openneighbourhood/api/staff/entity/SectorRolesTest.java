package org.openneighbourhood.api.staff.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class SectorRolesTest {

  @Test
  void aVcfseCannotHandOutGpStaff() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> SectorRoles.check(Sector.VCFSE, Set.of(Role.VCFSE_STAFF, Role.GP_STAFF)));
    assertEquals("roles", refused.fieldProblems().get(0).field());
    assertEquals("A VCFSE cannot give the gp-staff role", refused.getMessage());
  }

  @Test
  void aRoleNoOrganisationHasIsRefusedWithoutRepeatingIt() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> SectorRoles.check(Sector.VCFSE, Set.of("<script>alert(1)</script>")));
    assertEquals("roles", refused.fieldProblems().get(0).field());
    assertEquals("Choose roles from the list", refused.getMessage());
  }

  @Test
  void noOrganisationHandsOutPersonOrPlatformAdmin() {
    for (Sector sector : Sector.values()) {
      assertFalse(SectorRoles.of(sector).contains(Role.PERSON), sector::name);
      assertFalse(SectorRoles.of(sector).contains(Role.PLATFORM_ADMIN), sector::name);
      assertThrows(
          InvalidInputException.class,
          () -> SectorRoles.check(sector, Set.of(Role.PLATFORM_ADMIN)));
    }
  }

  @Test
  void everyKindOfOrganisationCanHaveAnAdminAndMustChooseSomething() {
    for (Sector sector : Sector.values()) {
      SectorRoles.check(sector, Set.of(Role.ORG_ADMIN));
      assertThrows(InvalidInputException.class, () -> SectorRoles.check(sector, Set.of()));
    }
    SectorRoles.check(Sector.GP_PRACTICE, Set.of(Role.GP_STAFF, Role.LINK_WORKER));
  }
}
