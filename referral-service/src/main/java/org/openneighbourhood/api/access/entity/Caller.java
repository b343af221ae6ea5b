package org.openneighbourhood.api.access.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, as far as access decisions go: roles, the organisations they belong to, the
 * organisation they asked to act for (X-Acting-Organisation) and, for a person, their NHS number.
 */
public record Caller(
    String username,
    String displayName,
    Set<String> roles,
    List<String> organisations,
    String requestedOrganisation,
    String nhsNumber) {

  public Caller {
    roles = Set.copyOf(roles);
    organisations = List.copyOf(organisations);
  }

  public boolean hasAnyRole(Set<String> wanted) {
    return roles.stream().anyMatch(wanted::contains);
  }

  public Optional<String> requestedOrganisationAlias() {
    return Optional.ofNullable(requestedOrganisation).filter(alias -> !alias.isBlank());
  }

  public Optional<String> nhsNumberClaim() {
    return Optional.ofNullable(nhsNumber).filter(number -> !number.isBlank());
  }
}
