package org.openneighbourhood.api.staff.boundary;

import java.util.List;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.identity.entity.KeycloakUser;

/**
 * Someone who works for the organisation, as its admin sees them. {@code invited}: they have not
 * set their password yet. {@code active}: their account is enabled.
 */
public record StaffMemberView(
    String id, String name, String email, List<String> roles, boolean active, boolean invited) {

  static StaffMemberView of(KeycloakUser user, List<String> realmRoles) {
    String name =
        String.join(
                " ",
                user.firstName() == null ? "" : user.firstName(),
                user.lastName() == null ? "" : user.lastName())
            .strip();
    return new StaffMemberView(
        user.id(),
        name.isEmpty() ? user.username() : name,
        user.email(),
        realmRoles.stream().filter(Role.ORGANISATION_ROLES::contains).sorted().toList(),
        user.active(),
        user.requiredActions() != null && user.requiredActions().contains("UPDATE_PASSWORD"));
  }
}
