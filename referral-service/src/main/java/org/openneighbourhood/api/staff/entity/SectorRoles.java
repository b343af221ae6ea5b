package org.openneighbourhood.api.staff.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * The roles each kind of organisation may give its staff. A VCFSE cannot hand out gp-staff; nobody
 * hands out person or platform-admin through an organisation.
 */
public final class SectorRoles {

  private static final Map<Sector, List<String>> ROLES =
      Map.of(
          Sector.GP_PRACTICE, List.of(Role.GP_STAFF, Role.LINK_WORKER, Role.ORG_ADMIN),
          Sector.PCN, List.of(Role.LINK_WORKER, Role.GP_STAFF, Role.ORG_ADMIN),
          Sector.SOCIAL_CARE, List.of(Role.SOCIAL_CARE, Role.LINK_WORKER, Role.ORG_ADMIN),
          Sector.VCFSE, List.of(Role.VCFSE_STAFF, Role.LINK_WORKER, Role.ORG_ADMIN),
          Sector.COMMISSIONER, List.of(Role.COMMISSIONER, Role.ORG_ADMIN));

  private SectorRoles() {}

  /** The roles an organisation of this sector may give, most usual first. */
  public static List<String> of(Sector sector) {
    return ROLES.get(sector);
  }

  /** Refuses, on the {@code roles} field, any role the sector may not give, and an empty choice. */
  public static void check(Sector sector, Set<String> wanted) {
    if (wanted == null || wanted.isEmpty()) {
      throw new InvalidInputException("roles", "Choose at least one role");
    }
    for (String role : wanted) {
      if (!of(sector).contains(role)) {
        // Only a role the realm has is named: anything else is the caller's own text, which a
        // refusal never repeats.
        boolean known = ROLES.values().stream().anyMatch(roles -> roles.contains(role));
        throw new InvalidInputException(
            "roles",
            known
                ? "A " + SectorWords.of(sector) + " cannot give the " + role + " role"
                : "Choose roles from the list");
      }
    }
  }
}
